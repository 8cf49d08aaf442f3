/**
 * Word shapes and per-token hashes
 * ================================
 *
 * Every model reads a token through the same few views: its exact form, its
 * lower-case form, a shape ("Xxxxx", "dd.dd", "XX"), prefixes and suffixes.
 * They are hashed once per token here, so that feature templates only mix
 * integers.
 */
import { hashSlice, hashString } from "./hash.js";

/** Short shape: runs of one character class collapse to two (Xxxxxx → Xxx, 1996 → dd). */
export function wordShape(word: string): string {
  let out = "";
  let last = "";
  let run = 0;
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\p{N}/u.test(ch) ? "d" : /\p{L}/u.test(ch) ? "a" : ch;
    if (c === last) {
      run++;
      if (run > 2) continue;
    } else {
      last = c;
      run = 1;
    }
    out += c;
  }
  return out;
}

/** The hashed views of one sentence's tokens, in parallel typed arrays. */
export interface TokenHashes {
  length: number;
  form: Uint32Array;
  lower: Uint32Array;
  shape: Uint32Array;
  prefix1: Uint32Array;
  prefix2: Uint32Array;
  prefix3: Uint32Array;
  suffix1: Uint32Array;
  suffix2: Uint32Array;
  suffix3: Uint32Array;
  suffix4: Uint32Array;
  /** Bit flags: 1 capitalised, 2 all caps, 4 has digit, 8 has hyphen, 16 no letters. */
  flags: Uint8Array;
}

export const FLAG_CAPITALISED = 1;
export const FLAG_ALL_CAPS = 2;
export const FLAG_DIGIT = 4;
export const FLAG_HYPHEN = 8;
export const FLAG_NO_LETTER = 16;

/** Lower-case forms of numbers fold to one of a few classes: "1996", "3.5" and "12,000" say little apart. */
export function normalizedLower(word: string): string {
  const lower = word.toLowerCase();
  if (/^\d{4}$/.test(lower)) return "!YEAR";
  if (/^[\d.,:/-]+$/.test(lower) && /\d/.test(lower)) return "!NUM";
  return lower;
}

export function hashTokens(words: readonly string[]): TokenHashes {
  const n = words.length;
  const h: TokenHashes = {
    length: n,
    form: new Uint32Array(n),
    lower: new Uint32Array(n),
    shape: new Uint32Array(n),
    prefix1: new Uint32Array(n),
    prefix2: new Uint32Array(n),
    prefix3: new Uint32Array(n),
    suffix1: new Uint32Array(n),
    suffix2: new Uint32Array(n),
    suffix3: new Uint32Array(n),
    suffix4: new Uint32Array(n),
    flags: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const lower = normalizedLower(w);
    h.form[i] = hashString(w);
    h.lower[i] = hashString(lower);
    h.shape[i] = hashString(wordShape(w));
    const L = lower.length;
    h.prefix1[i] = hashSlice(lower, 0, Math.min(1, L));
    h.prefix2[i] = hashSlice(lower, 0, Math.min(2, L));
    h.prefix3[i] = hashSlice(lower, 0, Math.min(3, L));
    h.suffix1[i] = hashSlice(lower, Math.max(0, L - 1), L);
    h.suffix2[i] = hashSlice(lower, Math.max(0, L - 2), L);
    h.suffix3[i] = hashSlice(lower, Math.max(0, L - 3), L);
    h.suffix4[i] = hashSlice(lower, Math.max(0, L - 4), L);
    let f = 0;
    const first = w.charAt(0);
    const hasLetter = /\p{L}/u.test(w);
    if (hasLetter && first !== first.toLowerCase()) f |= FLAG_CAPITALISED;
    if (hasLetter && w === w.toUpperCase() && w !== w.toLowerCase()) f |= FLAG_ALL_CAPS;
    if (/\d/.test(w)) f |= FLAG_DIGIT;
    if (w.includes("-")) f |= FLAG_HYPHEN;
    if (!hasLetter) f |= FLAG_NO_LETTER;
    h.flags[i] = f;
  }
  return h;
}
