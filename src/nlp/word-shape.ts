/**
 * Word shapes and per-token hashes
 * ================================
 *
 * Every model reads a token through the same few views: its exact form, its
 * lower-case form, a shape ("Xxxxx", "dd.dd", "XX"), prefixes and suffixes.
 * They are hashed once per token here, so that feature templates only mix
 * integers. `hashTokens` reads plain ASCII words through char codes, without
 * building a string or running a regular expression (the tagger's own speed
 * hangs on it), and gives exactly the hashes of the general path, which every
 * other word takes.
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
  suffix5: Uint32Array;
  /** The lower-case part after the last hyphen of a hyphenated word ("well-known" → "known"), 0 for other words. */
  lastPart: Uint32Array;
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

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

// hash.ts's finaliser as an int32 (the same bits in a Uint32Array, and no heap number when not inlined).
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Affix and part hashes of one lower-case string, as hashSlice gives them. */
function setAffixes(h: TokenHashes, i: number, lower: string): void {
  const L = lower.length;
  h.prefix1[i] = hashSlice(lower, 0, Math.min(1, L));
  h.prefix2[i] = hashSlice(lower, 0, Math.min(2, L));
  h.prefix3[i] = hashSlice(lower, 0, Math.min(3, L));
  h.suffix1[i] = hashSlice(lower, Math.max(0, L - 1), L);
  h.suffix2[i] = hashSlice(lower, Math.max(0, L - 2), L);
  h.suffix3[i] = hashSlice(lower, Math.max(0, L - 3), L);
  h.suffix4[i] = hashSlice(lower, Math.max(0, L - 4), L);
  h.suffix5[i] = hashSlice(lower, Math.max(0, L - 5), L);
  const dash = lower.lastIndexOf("-");
  h.lastPart[i] = dash >= 0 && dash + 1 < L ? hashSlice(lower, dash + 1, L) : 0;
}

/** The general path: any word, through the string functions above. */
function hashWord(h: TokenHashes, i: number, w: string): void {
  const lower = normalizedLower(w);
  h.form[i] = hashString(w);
  h.lower[i] = hashString(lower);
  h.shape[i] = hashString(wordShape(w));
  setAffixes(h, i, lower);
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

// Character classes of ASCII codes: 1 upper, 2 lower, 3 digit, 4 one of . , : / - (a number's), 0 other.
const ASCII_CLASS = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 2;
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 3;
for (const ch of ".,:/-") ASCII_CLASS[ch.charCodeAt(0)] = 4;
const SHAPE_CODE = [0, 88 /* X */, 120 /* x */, 100 /* d */];
const LOWER_BUFFER = new Uint16Array(256);

/** The fast path for an ASCII word of at most 256 characters; false for any other word. */
function hashAsciiWord(h: TokenHashes, i: number, w: string): boolean {
  const L = w.length;
  if (L === 0 || L > LOWER_BUFFER.length) return false;
  const buf = LOWER_BUFFER;
  let form = FNV_OFFSET;
  let shape = FNV_OFFSET;
  let lastShape = -1;
  let run = 0;
  let letters = 0;
  let uppers = 0;
  let lowers = 0;
  let digits = 0;
  let numberish = 0;
  let hyphen = false;
  for (let j = 0; j < L; j++) {
    const c = w.charCodeAt(j);
    if (c >= 128) return false;
    form = Math.imul(form ^ c, FNV_PRIME);
    const k = ASCII_CLASS[c]!;
    let s = c;
    if (k === 1) {
      uppers++;
      letters++;
      buf[j] = c + 32;
    } else {
      buf[j] = c;
      if (k === 2) {
        lowers++;
        letters++;
      } else if (k === 3) digits++;
      else if (k === 4) {
        numberish++;
        if (c === 45) hyphen = true;
      }
    }
    if (k !== 0 && k !== 4) s = SHAPE_CODE[k]!;
    if (s === lastShape) {
      if (++run > 2) continue;
    } else {
      lastShape = s;
      run = 1;
    }
    shape = Math.imul(shape ^ s, FNV_PRIME);
  }
  h.form[i] = fmix(form);
  h.shape[i] = fmix(shape);
  let f = 0;
  if (letters > 0 && ASCII_CLASS[w.charCodeAt(0)] === 1) f |= FLAG_CAPITALISED;
  if (uppers > 0 && lowers === 0) f |= FLAG_ALL_CAPS;
  if (digits > 0) f |= FLAG_DIGIT;
  if (hyphen) f |= FLAG_HYPHEN;
  if (letters === 0) f |= FLAG_NO_LETTER;
  h.flags[i] = f;
  if (digits > 0 && digits + numberish === L) {
    // A number folds to a class (normalizedLower): its affixes are those of the class name.
    const cls = L === 4 && digits === 4 ? YEAR : NUMBER;
    h.lower[i] = cls.lower;
    h.prefix1[i] = cls.prefix1;
    h.prefix2[i] = cls.prefix2;
    h.prefix3[i] = cls.prefix3;
    h.suffix1[i] = cls.suffix1;
    h.suffix2[i] = cls.suffix2;
    h.suffix3[i] = cls.suffix3;
    h.suffix4[i] = cls.suffix4;
    h.suffix5[i] = cls.suffix5;
    h.lastPart[i] = 0;
    return true;
  }
  let lower = FNV_OFFSET;
  for (let j = 0; j < L; j++) {
    lower = Math.imul(lower ^ buf[j]!, FNV_PRIME);
    if (j === 0) h.prefix1[i] = fmix(lower);
    else if (j === 1) h.prefix2[i] = fmix(lower);
    else if (j === 2) h.prefix3[i] = fmix(lower);
  }
  h.lower[i] = fmix(lower);
  if (L < 2) h.prefix2[i] = h.prefix1[i]!;
  if (L < 3) h.prefix3[i] = h.prefix2[i]!;
  let suffix = FNV_OFFSET;
  // Suffixes read forwards from their first character, so each is its own short loop.
  for (let len = 1; len <= 5; len++) {
    suffix = FNV_OFFSET;
    for (let j = Math.max(0, L - len); j < L; j++) suffix = Math.imul(suffix ^ buf[j]!, FNV_PRIME);
    const v = fmix(suffix);
    if (len === 1) h.suffix1[i] = v;
    else if (len === 2) h.suffix2[i] = v;
    else if (len === 3) h.suffix3[i] = v;
    else if (len === 4) h.suffix4[i] = v;
    else h.suffix5[i] = v;
  }
  let part = 0;
  if (hyphen) {
    let dash = L - 1;
    while (buf[dash] !== 45) dash--;
    if (dash + 1 < L) {
      part = FNV_OFFSET;
      for (let j = dash + 1; j < L; j++) part = Math.imul(part ^ buf[j]!, FNV_PRIME);
      part = fmix(part);
    }
  }
  h.lastPart[i] = part;
  return true;
}

interface FoldedClass {
  lower: number;
  prefix1: number;
  prefix2: number;
  prefix3: number;
  suffix1: number;
  suffix2: number;
  suffix3: number;
  suffix4: number;
  suffix5: number;
}

function foldedClass(name: string): FoldedClass {
  const one: TokenHashes = emptyHashes(1);
  hashWord(one, 0, name === "!YEAR" ? "1996" : "1.5");
  return {
    lower: one.lower[0]!,
    prefix1: one.prefix1[0]!,
    prefix2: one.prefix2[0]!,
    prefix3: one.prefix3[0]!,
    suffix1: one.suffix1[0]!,
    suffix2: one.suffix2[0]!,
    suffix3: one.suffix3[0]!,
    suffix4: one.suffix4[0]!,
    suffix5: one.suffix5[0]!,
  };
}

/** Arrays for `n` tokens, all zero. */
export function emptyHashes(n: number): TokenHashes {
  return {
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
    suffix5: new Uint32Array(n),
    lastPart: new Uint32Array(n),
    flags: new Uint8Array(n),
  };
}

const YEAR = foldedClass("!YEAR");
const NUMBER = foldedClass("!NUM");

/** Hashes `word` into place `i` of `h` (as hashTokens would). */
export function hashTokenInto(h: TokenHashes, i: number, word: string): void {
  if (!hashAsciiWord(h, i, word)) hashWord(h, i, word);
}

export function hashTokens(words: readonly string[]): TokenHashes {
  const n = words.length;
  const h = emptyHashes(n);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    if (!hashAsciiWord(h, i, w)) hashWord(h, i, w);
  }
  return h;
}

/** The same hashes through the general path alone (for tests of the fast one). */
export function hashTokensSlowly(words: readonly string[]): TokenHashes {
  const h = emptyHashes(words.length);
  for (let i = 0; i < words.length; i++) hashWord(h, i, words[i]!);
  return h;
}
