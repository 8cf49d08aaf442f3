/**
 * Tagger features
 * ===============
 *
 * The templates of a greedy left-to-right POS tagger (after Collins 2002 and
 * Honnibal's averaged-perceptron tagger): the word and its neighbours within
 * two places, affixes, shape and flags, the casing style of the sentence, and
 * the two tags already chosen to the left. Written into a caller's buffer;
 * nothing is allocated per token.
 *
 * The words to the right are seen through their forms, affixes, shapes and
 * ambiguity classes (the tags they may take), the words to the left through
 * the tags chosen for them as well.
 */
import { FLAG_ALL_CAPS, FLAG_CAPITALISED, FLAG_NO_LETTER, type TokenHashes } from "./word-shape.js";

export const TAGGER_FEATURES_MAX = 72;

// The feature hashes of hash.ts (feature1/2/3), bit for bit, as signed 32-bit
// integers: a value that fits a small integer needs no heap number when a
// call is not inlined, and a Uint32Array stores the same bits either way.
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** feature1 of hash.ts as an int32. */
export function feature1(template: number, a: number): number {
  return mix(Math.imul(template + 1, 0x9e3779b1) ^ a) || 1;
}

/** feature2 of hash.ts as an int32. */
export function feature2(template: number, a: number, b: number): number {
  return mix(Math.imul(mix(Math.imul(template + 1, 0x9e3779b1) ^ a), 0x85ebca77) ^ b) || 1;
}

/** feature3 of hash.ts as an int32. */
export function feature3(template: number, a: number, b: number, c: number): number {
  return mix(Math.imul(mix(Math.imul(mix(Math.imul(template + 1, 0x9e3779b1) ^ a), 0x85ebca77) ^ b), 0xc2b2ae3d) ^ c) || 1;
}

/** Hashes standing for positions before the sentence and after it. */
const START = 0x5354_4152;
const END = 0x454e_4421;

/** One sentence as the feature templates read it. */
export interface TaggerSentence {
  h: TokenHashes;
  /**
   * Each token's ambiguity class: a hash of the set of tags the training data
   * gives the word (0 for a word seen too rarely). For the words to the right
   * it stands in for the tags not yet chosen.
   */
  amb: Uint32Array;
  /** The casing style of the whole sentence (see `casingStyle`). */
  style: number;
  /**
   * The index of the sentence's first word as written: 0, or the last index
   * for a tagger that reads the sentence from its end (the words reversed).
   */
  first?: number;
  /** Each token's class in the tag dictionary, -1 for a word not in it (the tagger's, not the features'). */
  dict?: Int32Array;
}

/**
 * The casing of a sentence: 0 ordinary, 1 headline (most words after the
 * first capitalised), 2 shouted (most words all capitals), 3 no capital
 * letter at all. A capital letter says "name" only in an ordinary sentence.
 */
export function casingStyle(h: TokenHashes, first = 0): number {
  let words = 0;
  let caps = 0;
  let upper = 0;
  let any = 0;
  for (let i = 0; i < h.length; i++) {
    const f = h.flags[i]!;
    if (f & FLAG_NO_LETTER) continue;
    words++;
    if (f & FLAG_ALL_CAPS) upper++;
    if (f & FLAG_CAPITALISED) {
      any++;
      if (i !== first) caps++;
    }
  }
  if (words >= 3 && upper * 5 >= words * 4) return 2;
  if (words >= 4 && caps * 3 >= (words - 1) * 2) return 1;
  if (words >= 3 && any === 0) return 3;
  return 0;
}

/**
 * The features of token `i`, written into `out` from 0; returns their count.
 * `prev1`/`prev2` are the classes chosen for tokens i-1 and i-2 (-1 before
 * the sentence). They come in groups by what they read: the word alone, each
 * neighbour alone, and the rest. The tagger caches the summed weights of the
 * first five groups per word (tagger.ts), so their order is part of the model.
 */
export function taggerFeatures(s: TaggerSentence, i: number, prev1: number, prev2: number, out: Uint32Array): number {
  let k = wordFeatures(s, i, out, 0);
  k = left1Features(s, i - 1, out, k);
  k = left2Features(s, i - 2, out, k);
  k = right1Features(s, i + 1, out, k);
  k = right2Features(s, i + 2, out, k);
  k = tagFeatures(prev1, prev2, out, k);
  k = wordTagFeatures(s, i, prev1, out, k);
  k = nextTagFeatures(s, i, prev1, out, k);
  return contextFeatures(s, i, prev1, prev2, out, k);
}

/** Features of the tag chosen before the word with the word itself. */
export function wordTagFeatures(s: TaggerSentence, i: number, prev1: number, out: Uint32Array, k: number): number {
  const h = s.h;
  const t1 = prev1 + 2;
  out[k++] = feature2(14, t1, h.lower[i]!);
  out[k++] = feature2(28, t1, h.suffix3[i]!);
  out[k++] = feature2(44, t1, h.shape[i]!);
  return k;
}

/** Features of the tag chosen before the word with the word after it. */
export function nextTagFeatures(s: TaggerSentence, i: number, prev1: number, out: Uint32Array, k: number): number {
  const inside = i + 1 < s.h.length;
  const t1 = prev1 + 2;
  out[k++] = feature2(27, t1, inside ? s.h.lower[i + 1]! : END);
  out[k++] = feature2(37, t1, inside ? s.amb[i + 1]! : END);
  return k;
}

/** Features of the two tags chosen before the word alone. */
export function tagFeatures(prev1: number, prev2: number, out: Uint32Array, k: number): number {
  const t1 = prev1 + 2;
  out[k++] = feature1(12, t1);
  out[k++] = feature1(13, (prev2 + 2) * 1024 + t1);
  return k;
}

/** The groups, in order; a neighbour index outside the sentence stands for its edge. */
export type FeatureGroup = (s: TaggerSentence, j: number, out: Uint32Array, k: number) => number;

/** Features of the word itself. */
export function wordFeatures(s: TaggerSentence, i: number, out: Uint32Array, k: number): number {
  const h = s.h;
  const w = h.lower[i]!;
  const a0 = s.amb[i]!;
  out[k++] = feature1(0, 0);
  out[k++] = feature1(1, w);
  out[k++] = feature1(2, h.form[i]!);
  out[k++] = feature1(3, h.shape[i]!);
  out[k++] = feature1(4, h.suffix1[i]!);
  out[k++] = feature1(5, h.suffix2[i]!);
  out[k++] = feature1(6, h.suffix3[i]!);
  out[k++] = feature1(7, h.suffix4[i]!);
  out[k++] = feature1(8, h.prefix1[i]!);
  out[k++] = feature1(9, h.prefix2[i]!);
  out[k++] = feature1(10, h.prefix3[i]!);
  out[k++] = feature1(11, h.flags[i]!);
  out[k++] = feature1(33, a0);
  out[k++] = feature1(40, h.suffix5[i]!);
  out[k++] = feature2(42, h.flags[i]!, a0);
  out[k++] = feature2(43, h.flags[i]!, h.suffix3[i]!);
  out[k++] = feature2(45, a0, w);
  if (h.lastPart[i] !== 0) out[k++] = feature1(41, h.lastPart[i]!);
  return k;
}

/** Features of the word before (j = i - 1). */
export function left1Features(s: TaggerSentence, j: number, out: Uint32Array, k: number): number {
  const h = s.h;
  const inside = j >= 0;
  out[k++] = feature1(15, inside ? h.lower[j]! : START);
  out[k++] = feature1(23, inside ? h.suffix3[j]! : START);
  out[k++] = feature1(26, inside ? h.shape[j]! : START);
  out[k++] = feature1(50, inside ? s.amb[j]! : START);
  out[k++] = feature1(51, inside ? h.suffix2[j]! : START);
  return k;
}

/** Features of the word two before (j = i - 2). */
export function left2Features(s: TaggerSentence, j: number, out: Uint32Array, k: number): number {
  out[k++] = feature1(16, j >= 0 ? s.h.lower[j]! : START);
  out[k++] = feature1(52, j >= 0 ? s.h.shape[j]! : START);
  out[k++] = feature1(53, j >= 0 ? s.h.suffix3[j]! : START);
  return k;
}

/** Features of the word after (j = i + 1). */
export function right1Features(s: TaggerSentence, j: number, out: Uint32Array, k: number): number {
  const h = s.h;
  const inside = j < h.length;
  out[k++] = feature1(17, inside ? h.lower[j]! : END);
  out[k++] = feature1(24, inside ? h.suffix3[j]! : END);
  out[k++] = feature1(25, inside ? h.shape[j]! : END);
  out[k++] = feature1(30, inside ? h.suffix2[j]! : END);
  out[k++] = feature1(32, inside ? h.suffix1[j]! : END);
  out[k++] = feature1(34, inside ? s.amb[j]! : END);
  out[k++] = feature1(54, inside ? h.prefix2[j]! : END);
  out[k++] = feature1(55, inside ? h.suffix4[j]! : END);
  return k;
}

/** Features of the word two after (j = i + 2). */
export function right2Features(s: TaggerSentence, j: number, out: Uint32Array, k: number): number {
  const inside = j < s.h.length;
  out[k++] = feature1(18, inside ? s.h.lower[j]! : END);
  out[k++] = feature1(35, inside ? s.amb[j]! : END);
  out[k++] = feature1(56, inside ? s.h.shape[j]! : END);
  out[k++] = feature1(57, inside ? s.h.suffix3[j]! : END);
  return k;
}

/** Features of the word with its neighbours, its place and the tags chosen before it (with the word). */
export function contextFeatures(s: TaggerSentence, i: number, prev1: number, prev2: number, out: Uint32Array, k: number): number {
  const h = s.h;
  const amb = s.amb;
  const n = h.length;
  const lower = h.lower;
  const w = lower[i]!;
  const wm1 = i > 0 ? lower[i - 1]! : START;
  const wp1 = i + 1 < n ? lower[i + 1]! : END;
  const wp2 = i + 2 < n ? lower[i + 2]! : END;
  const t1 = prev1 + 2;
  const t2 = prev2 + 2;
  const a0 = amb[i]!;
  const a1 = i + 1 < n ? amb[i + 1]! : END;
  const a2 = i + 2 < n ? amb[i + 2]! : END;
  const style = s.style;
  const first = s.first ?? 0;
  out[k++] = feature2(19, wm1, w);
  out[k++] = feature2(20, w, wp1);
  out[k++] = feature2(21, wp1, wp2);
  out[k++] = feature2(22, wm1, wp1);
  out[k++] = feature3(29, t2, t1, w);
  out[k++] = feature2(31, h.shape[i]!, i + 1 < n ? h.shape[i + 1]! : END);
  out[k++] = feature2(36, a0, a1);
  out[k++] = feature3(38, t1, a0, a1);
  out[k++] = feature2(39, a1, a2);
  // A capital letter says one thing first in a sentence, another in a headline, another in a shouted one.
  if (i === first || style !== 0) {
    const flags = style * 256 + (i === first ? 64 : 0) + h.flags[i]!;
    out[k++] = feature1(46, flags);
    out[k++] = feature2(47, flags, a0);
    out[k++] = feature2(48, flags, h.suffix3[i]!);
  }
  return k;
}
