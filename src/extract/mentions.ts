/**
 * Pass 1: mentions of people, places, forces and organizations
 * ============================================================
 *
 * Works sentence by sentence on tokens of the truecased text:
 *   1. demonym + force noun ("Russian troops", "Russia's armed forces") → a force;
 *   2. lexicon phrases (countries, cities, regions, known groups), longest first;
 *   3. runs of capitalised words, with titles and honorifics stripped off the
 *      front and kept as the role, classified by lexicons, head words
 *      ("… Ministry", "… Front") and context ("province of …", "… air base",
 *      "… said").
 * Sentence-initial words count as names only when something else says so:
 * a capital at the start of a sentence proves nothing.
 */
import type { SentenceTree } from "./syntax-relations.js";
import type { EntityKind } from "../schema/index.js";
import {
  AMBIGUOUS_CLUB_SUFFIXES,
  CASE_SENSITIVE_ALIASES,
  CLUB_PREFIXES,
  CLUB_SUFFIXES,
  COMPETITION_AFTER,
  EVENT_NAME_HEADS,
  FIRM_AFTER,
  FIRM_BEFORE,
  FIRM_DESCRIPTORS,
  FIRM_POSSESSIONS,
  COMPETITION_BEFORE,
  COMMON_ACRONYMS,
  FORCE_HEADS,
  FORCE_NOUNS,
  GIVEN_NAMES,
  HONORIFICS,
  isGivenName,
  KNOWN_GROUPS,
  MONTHS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NON_NAME_WORDS,
  ORGANIZATION_HEADS,
  PLACE_AFTER,
  PLACE_BEFORE,
  PLACE_HEADS,
  SPEECH_VERBS,
  STOPWORDS,
  TITLES_BY_FIRST,
  gazetteer,
  type KnownGroup,
} from "../lexicon/index.js";
import type { Token } from "../schema/index.js";

/** A mention while the extractor works on it: with token positions and the cue that typed it. */
export interface MentionSpan {
  sentence: number;
  t0: number;
  t1: number;
  start: number;
  end: number;
  name: string;
  kind: EntityKind;
  confidence: number;
  cue: string;
  role?: string;
  country?: string;
  canonical?: string;
  /** The name with the titles and honorifics stripped off it ("Mr Putin"). */
  surface?: string;
  /** Implied by a demonym, not a name in the text. */
  implicit?: boolean;
  /** Right after a locative preposition ("in Jordan"). */
  locative?: boolean;
  /** A pronoun or definite title standing for a named person ("he", "the president"). */
  anaphor?: boolean;
  /** Within-document key, set by the coreference pass. */
  ref?: string;
}

export interface SentenceTokens {
  index: number;
  tokens: Token[];
  caption: boolean;
  /** The sentence's dependency parse, where the core parsed it. */
  tree?: SentenceTree;
}

/** Head words of bodies that are also common surnames: after a given name, a person ("Charlotte Church", "David Steel"). */
const SURNAME_HEADS: ReadonlySet<string> = new Set(["church", "steel", "post", "power", "bank", "banks", "price"]);

/** Titles that, with one name after them, are how a royal is named: "Prince Charles", "Queen Rania". */
const ROYAL_STYLES: ReadonlySet<string> = new Set(["prince", "princess", "king", "queen", "crown prince", "emir", "sultan", "pope"]);

interface LexiconEntry {
  kind: Exclude<EntityKind, "event" | "person">;
  canonical: string;
  country?: string;
  caseSensitive: boolean;
  /** Places: a country, region or large city, the only ones trusted in an ALL-CAPS headline. */
  major?: boolean;
  /** Places: a state, province or county, which sports teams are named after. */
  division?: boolean;
  /** Places known only as a subdivision: not where the word is also a common word ("Reading"). */
  minor?: boolean;
}

let lexiconIndex: { byFirst: Map<string, Array<{ tokens: string[]; entry: LexiconEntry }>> } | undefined;

const PHRASE_TOKEN_RE = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*|\S/gu;

function phraseTokens(phrase: string): string[] {
  return (phrase.match(PHRASE_TOKEN_RE) ?? []).map((t) => t.toLowerCase());
}

/** Lexicon phrases indexed by first token, longest first. */
function lexicon() {
  if (lexiconIndex) return lexiconIndex;
  const byFirst = new Map<string, Array<{ tokens: string[]; entry: LexiconEntry }>>();
  const add = (phrase: string, entry: LexiconEntry) => {
    const tokens = phraseTokens(phrase);
    if (tokens.length === 0) return;
    if (tokens[0] === "the" && tokens.length > 1) tokens.shift();
    const list = byFirst.get(tokens[0]!) ?? [];
    if (!list.some((e) => e.tokens.join(" ") === tokens.join(" "))) list.push({ tokens, entry });
    byFirst.set(tokens[0]!, list);
  };
  for (const group of KNOWN_GROUPS as readonly KnownGroup[]) {
    for (const name of group.names) {
      add(name, {
        kind: group.kind,
        canonical: group.names[0]!,
        ...(group.country ? { country: group.country } : {}),
        caseSensitive: CASE_SENSITIVE_ALIASES.has(name) || (name.length <= 3 && name === name.toUpperCase()),
      });
    }
  }
  for (const [key, place] of gazetteer().places) {
    add(key, {
      kind: "place",
      canonical: place.name,
      ...(place.country ? { country: place.country } : {}),
      // "US" but not "us": short names and names that are English words match only in capitals.
      caseSensitive: key.length <= 3 || STOPWORDS.has(key),
      major: (place.type !== "city" && !place.minor) || (place.population ?? 0) >= 1_000_000,
      ...(place.division ? { division: true } : {}),
      ...(place.minor ? { minor: true } : {}),
    });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  lexiconIndex = { byFirst };
  return lexiconIndex;
}

/** The lexicon entry that starts at token i, if any, and how many tokens it spans. */
export function matchLexicon(tokens: Token[], i: number, common?: (lower: string) => boolean): { entry: LexiconEntry; length: number } | undefined {
  const first = tokens[i];
  if (!first || !first.cap) return undefined;
  const candidates = lexicon().byFirst.get(first.lower);
  if (!candidates) return undefined;
  for (const { tokens: phrase, entry } of candidates) {
    if (i + phrase.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) {
      const t = tokens[i + k]!;
      ok = t.lower === phrase[k];
      // Multi-word names are written with capitals, except particles.
      if (ok && k > 0 && !t.cap && !STOPWORDS.has(t.lower) && !NAME_PARTICLES.has(t.lower) && t.lower !== "-") ok = false;
    }
    if (!ok) continue;
    if (entry.minor && phrase.length === 1 && common?.(phrase[0]!)) continue;
    if (entry.caseSensitive) {
      const surface = tokens.slice(i, i + phrase.length).map((t) => t.text).join(" ");
      if (surface !== surface.toUpperCase()) continue;
    }
    // "Georgia Smith", "Jordan Peterson": a place name followed by a capitalised word is not the place.
    const next = tokens[i + phrase.length];
    if (entry.kind === "place" && next && next.cap && !next.possessive && phrase.length === 1 && isNameWord(next) && !(next.text === next.text.toUpperCase() && common?.(next.lower))) {
      continue;
    }
    return { entry, length: phrase.length };
  }
  return undefined;
}

function isNameWord(t: Token): boolean {
  return t.cap && !NON_NAME_WORDS.has(t.lower) && /\p{L}/u.test(t.text);
}

function matchPhrase(tokens: Token[], i: number, phrases: readonly string[][]): number {
  let best = 0;
  for (const phrase of phrases) {
    if (phrase.length <= best) continue;
    let ok = i + phrase.length <= tokens.length;
    for (let k = 0; k < phrase.length && ok; k++) ok = tokens[i + k]!.lower === phrase[k];
    if (ok) best = phrase.length;
  }
  return best;
}

function matchPhraseBefore(tokens: Token[], i: number, phrases: readonly string[][]): boolean {
  for (const phrase of phrases) {
    const from = i - phrase.length;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) ok = tokens[from + k]!.lower === phrase[k];
    if (ok) return true;
  }
  return false;
}

/** Title at token i ("Defence Minister", "Gen."), as its length in tokens and its normalized form. */
export function matchTitle(tokens: Token[], i: number, end = tokens.length): { length: number; title: string } | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  const key = first.lower.replace(/\.$/, "");
  const candidates = TITLES_BY_FIRST.get(key);
  if (!candidates) return undefined;
  for (const phrase of candidates) {
    if (i + phrase.length > end) continue;
    let ok = true;
    for (let k = 1; k < phrase.length && ok; k++) ok = tokens[i + k]!.lower.replace(/\.$/, "") === phrase[k];
    if (ok) return { length: phrase.length, title: phrase.join(" ") };
  }
  return undefined;
}

const FORCE_NOUN_BLOCKERS = new Set([
  "operations", "operation", "campaign", "commander", "commanders", "presence", "police", "field", "base",
  "bases", "facility", "intervention", "spending", "aid", "action", "officials", "exercises", "equipment",
  "advisers", "advisors", "sources", "experts", "hospital", "strikes", "strike", "raids", "jets", "budget",
  "contractors", "personnel", "leaders", "leadership", "analysts", "vehicles", "court", "service", "chief",
]);

export interface MentionContext {
  /** Lower-cased words the corpus writes with a capital mid-sentence. */
  capitalised: (lower: string) => boolean;
  /** Words the corpus also writes in lower case: common words, not names ("League", "Results"). */
  common: (lower: string) => boolean;
  /** The article is sports reporting: a place name standing for a side is a club ("Leeds beat Surrey"). */
  sports?: boolean;
}

/** Finds the mentions of one sentence. */
export function findSentenceMentions(s: SentenceTokens, ctx: MentionContext): MentionSpan[] {
  const toks = s.tokens;
  const out: MentionSpan[] = [];
  const gaz = gazetteer();
  const firstWord = toks.findIndex((t) => /\p{L}/u.test(t.text));
  const titleCase = isTitleCase(toks);
  const allCaps = titleCase && toks.every((t) => t.text === t.text.toUpperCase());
  const nameAt = (k: number): boolean => {
    const t = toks[k];
    if (!t || !isNameWord(t) || t.possessive) return false;
    // A month name is a surname only after a first name ("Theresa May"), never before a day.
    if (MONTHS.includes(t.lower) && !(k > 0 && toks[k - 1]!.cap && isGivenName(toks[k - 1]!.lower) && !/^\d/.test(toks[k + 1]?.text ?? ""))) return false;
    if (STOPWORDS.has(t.lower) && t.text !== t.text.toUpperCase()) return false;
    if ((k !== firstWord && !titleCase) || /^\p{Lo}/u.test(t.text)) return true;
    // At the start of a sentence (or in a title-case headline) a capital proves nothing.
    // "Later Telmar's wife …": a common word ("later") starting a sentence is not the first word of the name after it.
    return known(t) || (toks[k + 1] !== undefined && toks[k + 1]!.cap && isNameWord(toks[k + 1]!) && !titleCase && !ctx.common(t.lower));
  };
  const known = (t: Token): boolean =>
    ctx.capitalised(t.lower) ||
    GIVEN_NAMES.has(t.lower) ||
    HONORIFICS.has(t.lower.replace(/\.$/, "")) ||
    TITLES_BY_FIRST.has(t.lower.replace(/\.$/, "")) ||
    gaz.demonyms.has(t.lower) ||
    (lexicon().byFirst.get(t.lower)?.some((e) => !e.entry.minor || !ctx.common(t.lower)) ?? false);

  let i = 0;
  while (i < toks.length) {
    // 1. Demonym (or country + possessive) followed by a force noun.
    const force = matchForce(s.index, toks, i);
    if (force) {
      out.push(force);
      i = force.t1;
      continue;
    }
    if (!nameAt(i)) {
      i++;
      continue;
    }
    // 2. Lexicon phrase (in an ALL-CAPS headline, only countries, regions and large cities: "SALE" is not Salé).
    let lex = matchLexicon(toks, i, ctx.common);
    // "Douglas & Lomason": a firm's name, even where a part of it is a place.
    if (lex && toks[i + lex.length]?.text === "&" && nameAt(i + lex.length + 1)) lex = undefined;
    // "Hong Kong Open", "Paris Peace Accords": a place naming an event or a title is not the place.
    const following = lex ? toks[i + lex.length] : undefined;
    if (lex && lex.entry.kind === "place" && following?.cap && EVENT_NAME_HEADS.has(following.lower) && !allCaps) {
      let e = i + lex.length;
      while (e < toks.length && toks[e]!.cap && !toks[e]!.possessive) e++;
      i = e;
      continue;
    }
    if (lex && allCaps && lex.entry.kind === "place" && !lex.entry.major) {
      i += lex.length;
      continue;
    }
    if (lex && ctx.sports && lex.entry.kind === "place") {
      const team = teamNamedAfterPlace(s.index, toks, i, lex.length, lex.entry, i === firstWord);
      if (team) {
        out.push(team);
        i = team.t1;
        continue;
      }
    }
    // "Spanish bank Santander", "carmaker Volvo": a firm's noun before a city's name makes it the firm's.
    const descriptor = toks[i - 1];
    if (lex && lex.entry.kind === "place" && lex.entry.canonical !== lex.entry.country && descriptor && !descriptor.cap && FIRM_DESCRIPTORS.has(descriptor.lower) && !continuesAsName(toks, i + lex.length, lex.entry.kind)) {
      out.push(span(s.index, toks, i, i + lex.length, "organization", 0.8, "firm-context", {}));
      i += lex.length;
      continue;
    }
    if (lex && !continuesAsName(toks, i + lex.length, lex.entry.kind)) {
      out.push(span(s.index, toks, i, i + lex.length, lex.entry.kind, 0.95, "lexicon", {
        canonical: lex.entry.canonical,
        ...(lex.entry.country ? { country: lex.entry.country } : {}),
      }));
      i += lex.length;
      continue;
    }
    // 3. A run of capitalised words.
    let e = i + 1;
    while (e < toks.length) {
      if (nameAt(e) && !toks[e - 1]!.possessive) {
        e++;
        continue;
      }
      const w = toks[e]!;
      const next = toks[e + 1];
      // "Douglas & Lomason", "Johnson & Johnson": an ampersand joins a firm's name.
      if (next && nameAt(e + 1) && (NAME_PARTICLES.has(w.lower) || w.text === "&" || (NAME_CONNECTORS.has(w.lower) && connectorFits(toks, i, e)))) {
        e += 2;
        continue;
      }
      break;
    }
    for (const m of classifyChunk(s.index, toks, i, e, ctx)) out.push(m);
    i = e;
  }
  return out;
}

/**
 * In a sports article, a city or a state that stands as a side is a club: "Leeds beat Surrey",
 * "Kansas City Royals", "Surrey captain". Countries stay places (national sides are named for
 * the country); so do places after a locative ("at Leeds"), datelines ("LEEDS 1996-08-30",
 * "LEEDS, England") and addresses.
 */
function teamNamedAfterPlace(sentence: number, toks: Token[], i: number, length: number, entry: LexiconEntry, first: boolean): MentionSpan | undefined {
  const place = gazetteer().places.get(toks.slice(i, i + length).map((t) => t.lower).join(" "));
  if (!place || place.type === "country" || (place.type === "region" && !place.division)) return undefined;
  const before = toks[i - 1]?.lower;
  const after = toks[i + length];
  if (before && LOCATIVES.has(before) && !lostTo(toks, i)) return undefined;
  if (before === "of" || before === "near" || before === "outside") return undefined;
  // "at Lord's, London": the second part of an address.
  if (before === "," || before === "(") {
    let k = i - 2;
    while (k >= 0 && i - k < 7 && (toks[k]!.cap || toks[k]!.possessive || toks[k]!.text === "," || toks[k]!.lower === "the")) k--;
    if (k >= 0 && LOCATIVES.has(toks[k]!.lower) && toks[k]!.lower !== "to") return undefined;
  }
  // A dateline: "LEEDS 1996-08-30", "LEEDS, England", "LEEDS (Reuters)"; not a standings line ("LEEDS 12 4 …").
  if (first && after && (/^\d{1,4}[-/.]\d|^\d{4}$/.test(after.text) || after.text === "," || after.text === "(" || MONTHS.includes(after.lower))) return undefined;
  if (after?.text === "," && toks[i + length + 1] && gazetteer().places.get(toks[i + length + 1]!.lower)?.type === "country") return undefined;
  // "the Kansas City Royals", "Boston Red Sox": a nickname after the place, ending in a plural.
  let end = i + length;
  while (end < toks.length && end - (i + length) < 2 && toks[end]!.cap && !toks[end]!.possessive && /\p{Ll}/u.test(toks[end]!.text)) end++;
  if (end > i + length && !/s$/.test(toks[end - 1]!.lower)) end = i + length;
  if (end === i + length && after?.cap && !after.possessive && isNameWord(after) && !CLUB_SUFFIXES.has(after.lower) && !AMBIGUOUS_CLUB_SUFFIXES.has(after.lower)) return undefined;
  if (end === i + length && after && (CLUB_SUFFIXES.has(after.lower) || AMBIGUOUS_CLUB_SUFFIXES.has(after.lower)) && after.cap) end++;
  return span(sentence, toks, i, end, "organization", 0.6, "team", end === i + length ? { canonical: entry.canonical } : {});
}

/** "lost to Leeds", "losing to Surrey": "to" before a side, not a destination. */
function lostTo(toks: Token[], at: number): boolean {
  return toks[at - 1]?.lower === "to" && /^los[te]/.test(toks[at - 2]?.lower ?? "");
}

/** Whether the name at [a, b) stands as a side: "beat X", "X v Y", "X 3 Y 1". */
function competitorAt(toks: Token[], a: number, b: number): "verb" | "score" | undefined {
  const before = toks[a - 1]?.lower;
  const after = toks[b]?.lower;
  if (before && COMPETITION_BEFORE.has(before)) return "verb";
  if (lostTo(toks, a)) return "verb";
  if (before === "with" && /^(?:drew|draw|drawn|tied)$/.test(toks[a - 2]?.lower ?? "")) return "verb";
  if (after && COMPETITION_AFTER.has(after)) return "verb";
  // A score line: "Hyundai 6 Lotte 5", "Sale 31 Wasps 33".
  const n = toks[b];
  if (n && /^\d+$/.test(n.text) && toks[b + 1]?.cap) return "score";
  if (/^\d+$/.test(toks[a - 1]?.text ?? "") && toks[a - 2]?.cap && /^\d+$/.test(toks[b]?.text ?? "")) return "score";
  return undefined;
}

function firmContext(toks: Token[], a: number, b: number): boolean {
  const last = toks[b - 1]!;
  if (last.possessive || toks[b]?.possessive) {
    const noun = toks[b]?.possessive ? toks[b + 1] : toks[b];
    if (noun && FIRM_POSSESSIONS.has(noun.lower)) return true;
  }
  // "banking giant Citigroup", "carmaker Saab": a lower-case noun for a firm right before the name.
  const before = toks[a - 1];
  if (before && !before.cap && FIRM_DESCRIPTORS.has(before.lower)) return true;
  return matchPhrase(toks, b, FIRM_AFTER) > 0 || matchPhraseBefore(toks, a, FIRM_BEFORE);
}

/** "of"/"for" join a name only after an organization-like head ("Observatory for Human Rights"). */
function connectorFits(toks: Token[], from: number, at: number): boolean {
  const w = toks[at]!.lower;
  if (w !== "of" && w !== "for") return false;
  for (let k = from; k < at; k++) {
    const lower = toks[k]!.lower;
    if (ORGANIZATION_HEADS.has(lower) || FORCE_HEADS.has(lower) || lower === "bank" || lower === "university") return true;
  }
  return false;
}

function continuesAsName(toks: Token[], at: number, kind: EntityKind): boolean {
  // "Syrian Observatory", "New York Times": the lexicon match is only the start of a longer name
  // when the name goes on with a capitalised organization head word.
  const next = toks[at];
  if (!next || !next.cap || next.possessive) return false;
  let k = at;
  while (k < toks.length && toks[k]!.cap && !toks[k]!.possessive) k++;
  const last = toks[k - 1]!.lower;
  return kind === "place" && (ORGANIZATION_HEADS.has(last) || FORCE_HEADS.has(last));
}

function matchForce(sentence: number, toks: Token[], i: number): MentionSpan | undefined {
  const t = toks[i]!;
  const gaz = gazetteer();
  let country: string | undefined;
  let j = i + 1;
  if (t.cap && gaz.demonyms.has(t.lower)) country = gaz.demonyms.get(t.lower);
  else if (t.cap && toks[i + 1]?.possessive) {
    const place = gaz.places.get(t.lower);
    if (place?.type === "country") {
      country = place.name;
      j = i + 2;
    }
  }
  if (!country) return undefined;
  const n = matchPhrase(toks, j, FORCE_NOUNS);
  if (n === 0) return undefined;
  const nouns = toks.slice(j, j + n).map((x) => x.lower);
  const after = toks[j + n];
  if (after && FORCE_NOUN_BLOCKERS.has(after.lower)) return undefined;
  if (nouns.length === 1 && (nouns[0] === "military" || nouns[0] === "force") && after && /^\p{Ll}/u.test(after.text) && !STOPWORDS.has(after.lower) && !SPEECH_VERBS.has(after.lower) && !/(?:ed|s)$/.test(after.lower)) {
    return undefined;
  }
  const demonym = demonymOf(country);
  const branch = nouns.includes("air") ? "air force" : nouns.includes("navy") ? "navy" : "forces";
  return span(sentence, toks, i, j + n, "force", 0.85, "demonym+force", {
    canonical: `${demonym} ${branch}`,
    country,
  });
}

/** The adjective for a country ("Russia" → "Russian"). */
export function demonymOf(country: string): string {
  const c = gazetteer().countries.get(country);
  const d = c?.demonyms.find((x) => !x.endsWith("s") && x !== x.toUpperCase());
  return d ?? country;
}

function classifyChunk(sentence: number, toks: Token[], a: number, b: number, ctx: MentionContext): MentionSpan[] {
  const gaz = gazetteer();
  // A lone capital letter is an initial or a list marker, not a name; a bare title names no one.
  if (b - a === 1 && /^\p{Lu}\.?$/u.test(toks[a]!.text)) return [];
  const bare = matchTitle(toks, a, b);
  if (bare && a + bare.length === b) return [];
  // Post-nominal letters ("Margaret Moran MP") are not part of the name.
  while (b - a > 1 && POST_NOMINALS.has(toks[b - 1]!.text)) b--;
  // "Tory Treasurer Lord Ashcroft", "Labour leader": a known organization in front of a title is a name of its own.
  const lead = matchLexicon(toks, a, ctx.common);
  if (lead && a + lead.length < b && lead.entry.kind !== "place" && (matchTitle(toks, a + lead.length, b) || HONORIFICS.has(toks[a + lead.length]!.lower.replace(/\.$/, "")))) {
    const org = span(sentence, toks, a, a + lead.length, lead.entry.kind, 0.95, "lexicon", {
      canonical: lead.entry.canonical,
      ...(lead.entry.country ? { country: lead.entry.country } : {}),
    });
    return [org, ...classifyChunk(sentence, toks, a + lead.length, b, ctx)];
  }
  // "Former South Carolina Gov. Carroll Campbell": a title inside the run starts the person's name.
  for (let t = a + 1; t < b - 1; t++) {
    const inner = matchTitle(toks, t, b);
    if (!inner || t + inner.length >= b || !/\.$|^\p{Lu}/u.test(toks[t]!.text)) continue;
    if (gazetteer().demonyms.has(toks[t - 1]!.lower) && t - 1 === a) break; // "Syrian President X": handled below
    if (!isGivenName(toks[t + inner.length]!.lower) && !HONORIFICS.has(toks[t + inner.length]!.lower) && b - (t + inner.length) < 2) continue;
    return [...classifyChunk(sentence, toks, a, t, ctx), ...classifyChunk(sentence, toks, t, b, ctx)];
  }
  let k = a;
  let role: string | undefined;
  let honorific = false;
  let country: string | undefined;
  // Demonym in front of a title or a name: "Syrian President Bashar al-Assad".
  if (b - a >= 2 && gaz.demonyms.has(toks[k]!.lower)) {
    const rest = classifyName(toks, k + 1, b, false, undefined, ctx);
    // The demonym is part of an organization's name ("Syrian Observatory …"), not of a person's or a known name's.
    if (matchTitle(toks, k + 1, b) || HONORIFICS.has(toks[k + 1]!.lower.replace(/\.$/, "")) || (rest && ["lexicon", "given-name", "surname-head", "place-after", "place-before"].includes(rest.cue))) {
      country = gaz.demonyms.get(toks[k]!.lower);
      k++;
    }
  }
  // Titles and honorifics, possibly several: "Defence Minister Sergei Shoigu", "Gen. Sergei Surovikin".
  let styleAt = -1;
  for (;;) {
    const title = matchTitle(toks, k, b);
    if (title && k + title.length < b) {
      role = role ? `${role} ${title.title}` : title.title;
      styleAt = ROYAL_STYLES.has(title.title) ? k : -1;
      k += title.length;
      continue;
    }
    if (k + 1 < b && HONORIFICS.has(toks[k]!.lower.replace(/\.$/, ""))) {
      honorific = true;
      k++;
      continue;
    }
    break;
  }
  // A lower-case title just before the run: "led by president Bashar al-Assad", "spokesman Eric Pahon".
  const before = toks[a - 1];
  if (!role && !honorific && before && !before.cap) {
    // Longest first: "deputy leader", not "leader".
    for (let back = Math.min(3, a); back >= 1; back--) {
      const title = matchTitle(toks, a - back, a);
      if (title && a - back + title.length === a) {
        role = title.title;
        // "Turkish premier X": the demonym before the title says whose.
        const demonym = toks[a - back - 1];
        if (!country && demonym?.cap && gaz.demonyms.has(demonym.lower)) country = gaz.demonyms.get(demonym.lower);
        break;
      }
    }
  }
  if (k >= b) return [];
  // "Mr P.": a lone initial after a title names no one we could tell apart.
  if (b - k === 1 && /^\p{Lu}\.?$/u.test(toks[k]!.text)) return [];
  // "General Election", "Shadow Secretary of State": a title followed by a common word names no one.
  if (role && b - k === 1 && ctx.common(toks[k]!.lower) && !HONORIFICS.has(toks[k]!.lower)) return [];
  const personCue = honorific || role !== undefined;
  const result = classifyName(toks, k, b, personCue, role, ctx);
  if (!result) return subMentions(sentence, toks, a, b, ctx);
  // "Prince Charles", "Queen Rania": a royal style with one name is how the person is named, not a title before a surname.
  const styled = styleAt >= 0 && b - k === 1 && result.kind === "person";
  const from = styled ? styleAt : k;
  const m = span(sentence, toks, from, b, result.kind, result.confidence, result.cue, {
    ...(from > a && result.kind === "person" ? { surface: span(sentence, toks, a, b, "person", 0, "").name } : {}),
    ...(role ? { role: titleCase(role) } : {}),
    ...(country ?? result.country ? { country: (country ?? result.country)! } : {}),
    ...(result.canonical ? { canonical: result.canonical } : {}),
  });
  if (result.cue === "unknown") {
    const subs = subMentions(sentence, toks, a, b, ctx);
    if (subs.length > 0) return subs;
  }
  return [m];
}

interface Classification {
  kind: EntityKind;
  confidence: number;
  cue: string;
  canonical?: string;
  country?: string;
}

function classifyName(toks: Token[], k: number, b: number, personCue: boolean, role: string | undefined, ctx: MentionContext): Classification | undefined {
  const gaz = gazetteer();
  const words = toks.slice(k, b);
  const lowers = words.map((t) => t.lower.replace(/\.$/, ""));
  const last = lowers[lowers.length - 1]!;
  // A lone demonym is an adjective ("the Syrian port"), not a name.
  if (words.length === 1 && gaz.demonyms.has(lowers[0]!) && !gaz.places.has(lowers[0]!)) return undefined;
  const lex = matchLexicon(toks, k, ctx.common);
  const lexWhole = lex && k + lex.length === b ? lex : undefined;
  if (personCue && !(lexWhole && lexWhole.entry.kind !== "place" && !role)) {
    return { kind: "person", confidence: 0.9, cue: "title" };
  }
  if (lexWhole) {
    return {
      kind: lexWhole.entry.kind,
      confidence: 0.95,
      cue: "lexicon",
      canonical: lexWhole.entry.canonical,
      ...(lexWhole.entry.country ? { country: lexWhole.entry.country } : {}),
    };
  }
  // "World Cup", "Athens Games", "Camp David Accords": the name of an event or a title, none of our kinds.
  if (words.length >= 2 && EVENT_NAME_HEADS.has(last) && !isGivenName(lowers[0]!)) return undefined;
  // Club names: "Real Madrid", "FC Porto", "Bristol City" (in sports), "the Blue Jays" (in sports).
  if (words.length >= 2 && words.length <= 4 && (CLUB_PREFIXES.has(lowers[0]!) || CLUB_SUFFIXES.has(last) || (ctx.sports && AMBIGUOUS_CLUB_SUFFIXES.has(last)))) {
    if (!isGivenName(lowers[0]!) || CLUB_SUFFIXES.has(last)) return { kind: "organization", confidence: 0.65, cue: "club" };
  }
  if (ctx.sports && words.length >= 2 && words.length <= 4 && /s$/.test(last) && !gaz.demonyms.has(last) && (gaz.places.has(lowers[0]!) || gaz.places.has(lowers.slice(0, 2).join(" ")))) {
    return { kind: "organization", confidence: 0.65, cue: "club" };
  }
  // "Charlotte Church", "David Steel": a given name and a surname that is also a body's head word.
  if (words.length === 2 && SURNAME_HEADS.has(last) && GIVEN_NAMES.has(lowers[0]!)) return { kind: "person", confidence: 0.85, cue: "surname-head" };
  if (words.length >= 2 && ORGANIZATION_HEADS.has(last)) return { kind: "organization", confidence: 0.8, cue: "org-head" };
  if (words.length >= 2 && FORCE_HEADS.has(last)) return { kind: "force", confidence: 0.8, cue: "force-head" };
  if (words.length >= 2 && PLACE_HEADS.has(last) && last !== "state") return { kind: "place", confidence: 0.8, cue: "place-head" };
  for (let i = 0; i < lowers.length - 1; i++) {
    if (ORGANIZATION_HEADS.has(lowers[i]!) && (lowers[i + 1] === "of" || lowers[i + 1] === "for")) {
      return { kind: "organization", confidence: 0.75, cue: "org-head" };
    }
  }
  // "Douglas & Lomason", "Johnson & Johnson": an ampersand joins partners' names into a firm's.
  if (lowers.includes("&")) return { kind: "organization", confidence: 0.7, cue: "ampersand" };
  if (words.length >= 2 && words.length <= 4 && isGivenName(lowers[0]!) && !gaz.places.has(lowers.join(" "))) return { kind: "person", confidence: 0.85, cue: "given-name" };
  if (matchPhrase(toks, b, PLACE_AFTER) > 0) return { kind: "place", confidence: 0.8, cue: "place-after" };
  if (matchPhraseBefore(toks, k, PLACE_BEFORE)) return { kind: "place", confidence: 0.75, cue: "place-before" };
  // "the Cabinet", "the Army": an institution named by its head word alone.
  if (words.length === 1 && ORGANIZATION_HEADS.has(lowers[0]!) && !COMMON_ACRONYMS.has(words[0]!.text)) return { kind: "organization", confidence: 0.5, cue: "org-word" };
  if (words.length === 1 && FORCE_HEADS.has(lowers[0]!)) return { kind: "force", confidence: 0.5, cue: "force-word" };
  if (words.length === 1 && PLACE_HEADS.has(lowers[0]!)) return undefined;
  // A single common word ("Brown") is a name only if the article gives it in full elsewhere (coreference decides).
  if (words.length === 1 && ctx.common(lowers[0]!)) return { kind: "person", confidence: 0.3, cue: "unknown" };
  // "the South West", "North East": compass regions.
  if (words.length >= 2 && lowers.some((w) => COMPASS.has(w))) return { kind: "place", confidence: 0.5, cue: "compass" };
  // An unknown acronym ("KDP", "NLD") names an organization far more often than anything else.
  if (words.length === 1 && /^\p{Lu}{2,5}$/u.test(words[0]!.text) && !/^[IVXLC]+$/.test(words[0]!.text) && !COMMON_ACRONYMS.has(words[0]!.text)) {
    return { kind: "organization", confidence: 0.5, cue: "acronym" };
  }
  // "St James", "St Petersburg": a saint's name is a place (a church, a district, a city).
  if (words.length >= 2 && /^St\.?$/.test(words[0]!.text)) return { kind: "place", confidence: 0.6, cue: "saint" };
  // "Gibraltarians", "Congolese": a people, not a person.
  if (words.length === 1 && /(?:ians|ese)$/.test(lowers[0]!)) return undefined;
  // "Lebed, who …", "Hollioake, 25, …": a relative "who" or an age in apposition marks a person.
  if (words.length <= 4 && toks[b]?.text === "," && (/^(?:who|whose)$/.test(toks[b + 1]?.lower ?? "") || (/^\d{2}$/.test(toks[b + 1]?.text ?? "") && toks[b + 2]?.text === ","))) {
    if (!gaz.demonyms.has(lowers[0]!) && !gaz.places.has(lowers.join(" "))) return { kind: "person", confidence: 0.7, cue: "who" };
  }
  // "Wang's family", "Lebed's wife": kin and a life belong to a person.
  if (words.length <= 4 && toks[b]?.possessive && PERSON_POSSESSIONS.has(toks[b + 1]?.lower ?? "") && !gaz.places.has(lowers.join(" ")) && !gaz.demonyms.has(lowers[0]!)) {
    return { kind: "person", confidence: 0.7, cue: "kin" };
  }
  // A firm by what is said of it: "Pirelli shares", "Magna's profit", "a stake in Cofinec", "Ruch said it".
  if (words.length <= 4 && !(words.length >= 2 && isGivenName(lowers[0]!)) && !gaz.demonyms.has(lowers[0]!) && firmContext(toks, k, b)) {
    return { kind: "organization", confidence: 0.6, cue: "firm-context" };
  }
  // In sports reporting, a name that stands as a side ("beat Lotte", "Hyundai 6 Lotte 5") or a
  // capitalised plural after "the" ("the Braves") is a club; a player's surname is resolved later.
  if (ctx.sports && words.length <= 3 && !gaz.demonyms.has(lowers[0]!) && !words.some((w) => /^\p{Lu}\.$/u.test(w.text))) {
    const side = competitorAt(toks, k, b);
    // A first name standing alone as a side is a club only in a score line ("Lotte 5"); "beat Kim" is a player.
    if (side === "score") return { kind: "organization", confidence: 0.55, cue: "score-line" };
    if ((side === "verb" && !isGivenName(lowers[0]!)) || (toks[k - 1]?.lower === "the" && /s$/.test(last) && !ctx.common(last))) {
      return { kind: "organization", confidence: 0.55, cue: "team" };
    }
  }
  const next = toks[b];
  const prev = toks[k - 1];
  const prev2 = toks[k - 2];
  if (words.length <= 4 && ((next && SPEECH_VERBS.has(next.lower)) || (prev && SPEECH_VERBS.has(prev.lower) && prev2?.text === ","))) {
    if (!gaz.demonyms.has(lowers[0]!) && !lowers.includes("&") && !(words.length >= 2 && words.some((w) => gaz.places.has(w.lower)))) {
      return { kind: "person", confidence: 0.6, cue: "speech" };
    }
  }
  if (words.length === 1 && gaz.demonyms.has(lowers[0]!)) return undefined;
  if (lowers.includes("&")) return { kind: "organization", confidence: 0.7, cue: "ampersand" };
  // A name in a script without case ("بشار الأسد", "習近平"): a place after "in/at/to", else a person.
  if (words.every((w) => /^\p{Lo}/u.test(w.text))) {
    const before = toks[k - 1]?.lower ?? "";
    return ["in", "at", "to", "from", "near"].includes(before) ? { kind: "place", confidence: 0.5, cue: "caseless-script" } : { kind: "person", confidence: 0.5, cue: "caseless-script" };
  }
  // "S. Waugh", "J. Smith": an initial and a surname.
  if (words.length >= 2 && words.length <= 4 && /^\p{Lu}\.$/u.test(words[0]!.text)) return { kind: "person", confidence: 0.8, cue: "initial" };
  // Two or three capitalised words that nothing else explains are most often a person's name.
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w.text) || /^(?:al|el)-\p{Lu}/u.test(w.text)) &&
    !words.some((w) => ctx.common(w.lower) || gaz.places.has(w.lower) || gaz.demonyms.has(w.lower))
  ) {
    return { kind: "person", confidence: 0.5, cue: "name-shape" };
  }
  // "MaliVai Washington", "Gunhild Halle": an unknown first name before a surname that is also a place.
  if (words.length === 2 && /^\p{Lu}[\p{Ll}'’-]+$/u.test(words[0]!.text) && !ctx.common(lowers[0]!) && !gaz.places.has(lowers[0]!) && !FIRM_PREFIXES.has(lowers[0]!) && !gaz.demonyms.has(lowers[0]!) && gaz.places.get(lowers[1]!)?.type === "city" && !ORGANIZATION_HEADS.has(lowers[0]!)) {
    return { kind: "person", confidence: 0.5, cue: "name-shape" };
  }
  // "Air France", "China Daily", "Kansai Electric Power": a name built on a place name is a firm or a body, not the place.
  // Only when the name starts with the place or with a firm's word: "Gunhild Halle" is a person.
  if (words.length >= 2 && words.length <= 4 && (gaz.places.has(lowers[0]!) || FIRM_PREFIXES.has(lowers[0]!)) && words.some((w) => gaz.places.has(w.lower)) && !gaz.places.has(lowers.join(" "))) {
    return { kind: "organization", confidence: 0.55, cue: "place-name-firm" };
  }
  return { kind: "person", confidence: 0.3, cue: "unknown" };
}

/** Lexicon names inside an unclassified run ("BBC Moscow correspondent" → BBC, Moscow). */
function subMentions(sentence: number, toks: Token[], a: number, b: number, ctx: MentionContext): MentionSpan[] {
  const out: MentionSpan[] = [];
  let i = a;
  while (i < b) {
    const lex = matchLexicon(toks, i, ctx.common);
    if (lex && i + lex.length <= b) {
      out.push(span(sentence, toks, i, i + lex.length, lex.entry.kind, 0.9, "lexicon", {
        canonical: lex.entry.canonical,
        ...(lex.entry.country ? { country: lex.entry.country } : {}),
      }));
      i += lex.length;
    } else i++;
  }
  return out;
}

function span(
  sentence: number,
  toks: Token[],
  t0: number,
  t1: number,
  kind: EntityKind,
  confidence: number,
  cue: string,
  extra: Partial<MentionSpan> = {},
): MentionSpan {
  const first = toks[t0]!;
  const last = toks[t1 - 1]!;
  const name = toks
    .slice(t0, t1)
    .map((t, n) => (n > 0 && t.start > toks[t0 + n - 1]!.end ? " " : "") + t.text)
    .join("");
  const before = toks[t0 - 1]?.lower;
  const locative = before !== undefined && LOCATIVES.has(before);
  return { sentence, t0, t1, start: first.start, end: last.end, name, kind, confidence, cue, ...(locative ? { locative } : {}), ...extra };
}

const PERSON_POSSESSIONS = new Set([
  "wife", "husband", "son", "sons", "daughter", "daughters", "father", "mother", "brother", "brothers", "sister",
  "sisters", "family", "widow", "widower", "parents", "children", "girlfriend", "boyfriend", "fiancee", "fiance",
  "funeral", "death", "birthday", "lawyer", "lawyers", "attorney", "biography", "memoirs", "career", "grandfather",
  "grandmother", "uncle", "aunt", "nephew", "niece", "cousin", "bodyguards", "health", "illness",
]);

const FIRM_PREFIXES = new Set(["air", "radio", "bank", "banco", "banque", "credit", "royal", "national", "trans", "united", "general"]);

const COMPASS = new Set(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"]);

const POST_NOMINALS = new Set(["MP", "MEP", "MSP", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "PhD", "Jr", "Jr.", "Sr", "Sr."]);

const LOCATIVES = new Set(["in", "at", "to", "from", "near", "into", "across", "inside", "outside", "toward", "towards"]);

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** A headline in Title Case: most words capitalised, so capitals say little. */
function isTitleCase(toks: Token[]): boolean {
  const words = toks.filter((t) => /^\p{L}/u.test(t.text) && !STOPWORDS.has(t.lower));
  if (words.length < 4) return false;
  return words.filter((t) => t.cap).length / words.length >= 0.8;
}
