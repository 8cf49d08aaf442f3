/**
 * Tagger features
 * ===============
 *
 * The templates of a greedy left-to-right POS tagger (after Collins 2002 and
 * Honnibal's averaged-perceptron tagger): the word and its neighbours within
 * two places, affixes, shape and flags, and the two tags already chosen to the
 * left. Written into a caller's buffer; nothing is allocated per token.
 */
import { feature1, feature2, feature3 } from "./hash.js";
import type { TokenHashes } from "./word-shape.js";

export const TAGGER_FEATURES_MAX = 48;

/** Hashes standing for positions before the sentence and after it. */
const START = 0x5354_4152;
const END = 0x454e_4421;

/**
 * Writes the features of token `i` into `out` and returns their count.
 * `prev1`/`prev2` are the classes chosen for tokens i-1 and i-2 (-1 before the sentence).
 * `amb` holds each token's ambiguity class: a hash of the set of tags the
 * training data gives the word (0 for a word seen too rarely). For the words
 * to the right it stands in for the tags not yet chosen.
 */
export function taggerFeatures(h: TokenHashes, amb: Uint32Array, i: number, prev1: number, prev2: number, out: Uint32Array): number {
  const n = h.length;
  const lower = h.lower;
  const w = lower[i]!;
  const wm1 = i > 0 ? lower[i - 1]! : START;
  const wm2 = i > 1 ? lower[i - 2]! : START;
  const wp1 = i + 1 < n ? lower[i + 1]! : END;
  const wp2 = i + 2 < n ? lower[i + 2]! : END;
  const t1 = prev1 + 2;
  const t2 = prev2 + 2;
  let k = 0;
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
  out[k++] = feature1(11, h.flags[i]! + (i === 0 ? 64 : 0));
  out[k++] = feature1(12, t1);
  out[k++] = feature1(13, t2 * 1024 + t1);
  out[k++] = feature2(14, t1, w);
  out[k++] = feature1(15, wm1);
  out[k++] = feature1(16, wm2);
  out[k++] = feature1(17, wp1);
  out[k++] = feature1(18, wp2);
  out[k++] = feature2(19, wm1, w);
  out[k++] = feature2(20, w, wp1);
  out[k++] = feature2(21, wp1, wp2);
  out[k++] = feature2(22, wm1, wp1);
  out[k++] = feature1(23, i > 0 ? h.suffix3[i - 1]! : START);
  out[k++] = feature1(24, i + 1 < n ? h.suffix3[i + 1]! : END);
  out[k++] = feature1(25, i + 1 < n ? h.shape[i + 1]! : END);
  out[k++] = feature1(26, i > 0 ? h.shape[i - 1]! : START);
  out[k++] = feature2(27, t1, wp1);
  out[k++] = feature2(28, t1, h.suffix3[i]!);
  out[k++] = feature3(29, t2, t1, w);
  out[k++] = feature1(30, i + 1 < n ? h.suffix2[i + 1]! : END);
  out[k++] = feature2(31, h.shape[i]!, i + 1 < n ? h.shape[i + 1]! : END);
  out[k++] = feature1(32, i + 1 < n ? h.suffix1[i + 1]! : END);
  const a0 = amb[i]!;
  const a1 = i + 1 < n ? amb[i + 1]! : END;
  const a2 = i + 2 < n ? amb[i + 2]! : END;
  out[k++] = feature1(33, a0);
  out[k++] = feature1(34, a1);
  out[k++] = feature1(35, a2);
  out[k++] = feature2(36, a0, a1);
  out[k++] = feature2(37, t1, a1);
  out[k++] = feature3(38, t1, a0, a1);
  out[k++] = feature2(39, a1, a2);
  return k;
}
