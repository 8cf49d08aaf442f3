/**
 * NER lexicon table
 * =================
 *
 * The general-knowledge lists of src/lexicon (gazetteer, given names, titles,
 * head words, known organizations) as NER features: which tokens of a
 * sentence fall inside a listed name, and where (B/I/L/U).
 *
 * The lists are not read at run time: building the gazetteer takes most of a
 * second, so training hashes every listed name (a chain of per-token
 * lower-case hashes) into an open-addressing table that the model file
 * carries. Each entry holds a bit per category, and a PREFIX bit when a
 * longer name starts with this sequence, so matching stops at the first
 * token sequence that no name starts with: one or two lookups a token.
 */
import { feature2 } from "./hash.js";

/** Categories of the lexicon. */
export const LEX_COUNTRY = 0;
export const LEX_CITY = 1;
export const LEX_REGION = 2;
export const LEX_DEMONYM = 3;
export const LEX_ORG = 4;
export const LEX_FORCE = 5;
export const LEX_GIVEN = 6;
export const LEX_GIVEN_EXTENDED = 7;
export const LEX_TITLE = 8;
export const LEX_ORG_HEAD = 9;
export const LEX_FORCE_HEAD = 10;
export const LEX_PLACE_HEAD = 11;
export const LEX_FUNCTION_WORD = 12;
export const LEX_CLUB_WORD = 13;
export const LEX_EVENT_HEAD = 14;
export const LEX_MINOR_REGION = 15;
export const LEX_CATEGORIES = 16;

/** Set on an entry when some longer name starts with its tokens. */
export const LEX_PREFIX = 1 << 31;

/** Longest name matched, in tokens. */
export const LEX_MAX_TOKENS = 6;

const CHAIN = 0x4c4558; // template number of the chain hash

/** Key of a token sequence: the first token's lower-case hash, then mixed with each next one. */
export function chainKey(previous: number, lowerHash: number): number {
  return previous === 0 ? lowerHash || 1 : feature2(CHAIN, previous, lowerHash);
}

export class LexiconTable {
  readonly keys: Uint32Array;
  readonly values: Uint32Array;
  private readonly mask: number;

  /** `keys.length` is a power of two; 0 marks an empty slot. */
  constructor(keys: Uint32Array, values: Uint32Array) {
    if (keys.length === 0 || (keys.length & (keys.length - 1)) !== 0 || values.length !== keys.length) {
      throw new Error("lexicon table: keys and values must have one power-of-two length");
    }
    this.keys = keys;
    this.values = values;
    this.mask = keys.length - 1;
  }

  /** Builds a table from key → category bits (values OR-ed on equal keys). */
  static build(entries: Iterable<readonly [number, number]>): LexiconTable {
    const merged = new Map<number, number>();
    for (const [k, v] of entries) merged.set(k, ((merged.get(k) ?? 0) | v) >>> 0);
    let cap = 2;
    while (cap < merged.size * 2) cap *= 2;
    const keys = new Uint32Array(cap);
    const values = new Uint32Array(cap);
    const mask = cap - 1;
    // Sorted insertion: the table's layout, and so the model bytes, do not depend on list order.
    for (const k of [...merged.keys()].sort((a, b) => a - b)) {
      let s = slot(k) & mask;
      while (keys[s] !== 0) s = (s + 1) & mask;
      keys[s] = k;
      values[s] = merged.get(k)!;
    }
    return new LexiconTable(keys, values);
  }

  get(key: number): number {
    const keys = this.keys;
    let s = slot(key) & this.mask;
    for (;;) {
      const k = keys[s]!;
      if (k === key) return this.values[s]!;
      if (k === 0) return 0;
      s = (s + 1) & this.mask;
    }
  }

  /**
   * Marks, for tokens `from` … `to`-1 with these lower-case hashes, the
   * leftmost-longest listed name of each category covering them:
   * `out[i * LEX_CATEGORIES + c]` becomes 1 B, 2 I, 3 L, 4 U (0 none).
   * `scratch` holds at least LEX_CATEGORIES entries.
   */
  match(lower: Uint32Array, from: number, to: number, out: Uint8Array, scratch: Int32Array): void {
    out.fill(0, from * LEX_CATEGORIES, to * LEX_CATEGORIES);
    // covered[c]: the first token not yet inside a name of category c; negative while the name
    // found at the current start may still grow.
    const covered = scratch;
    covered.fill(from, 0, LEX_CATEGORIES);
    for (let i = from; i < to; i++) {
      let key = 0;
      const limit = Math.min(to, i + LEX_MAX_TOKENS);
      for (let j = i; j < limit; j++) {
        key = chainKey(key, lower[j]!);
        const v = this.get(key);
        if (v === 0) break;
        let bits = v & 0xffff;
        while (bits !== 0) {
          const c = 31 - Math.clz32(bits);
          bits &= ~(1 << c);
          if (covered[c]! > i) continue;
          // A longer match from the same start replaces a shorter one (marks are rewritten below).
          mark(out, c, i, j + 1);
          covered[c] = -(j + 1); // negative: started at i, may still grow
        }
        if ((v & LEX_PREFIX) === 0) break;
      }
      for (let c = 0; c < LEX_CATEGORIES; c++) if (covered[c]! < 0) covered[c] = -covered[c]!;
    }
  }
}

function mark(out: Uint8Array, c: number, start: number, end: number): void {
  if (end - start === 1) {
    out[start * LEX_CATEGORIES + c] = 4;
    return;
  }
  out[start * LEX_CATEGORIES + c] = 1;
  for (let k = start + 1; k < end - 1; k++) out[k * LEX_CATEGORIES + c] = 2;
  out[(end - 1) * LEX_CATEGORIES + c] = 3;
}

function slot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 0;
}
