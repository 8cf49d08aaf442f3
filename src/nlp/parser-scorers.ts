/**
 * Compact, cache-friendly scorers for the parser
 * ==============================================
 *
 * The parser looks up about two hundred features per word in tables of
 * hundreds of thousands of rows, so nearly every lookup misses the cache, and
 * `LinearModel` pays several misses per feature (slot, key, offsets, then
 * labels and weights). These scorers pay about one, in few bytes, and their
 * rows are also what the model file stores (half the size of f32 rows):
 * - `PackedScorer` (few classes: the four moves). A row holds the weights of
 *   classes 1..C-1 minus that of class 0, quantised to 16 bits: only
 *   differences between class scores matter to an argmax, so class 0 always
 *   scores 0. At load the rows go into an open-addressing table of 16-bit
 *   records [fingerprint, C-1 weights]: 8 bytes a feature for four moves. The
 *   fingerprint is 16 bits of the feature id, so about one lookup in 30 000
 *   that should find nothing finds a stranger's weights: noise far below the
 *   model's own.
 * - `SparseScorer` (many classes: the labels) keeps [key, start, end] records
 *   pointing into 8-bit class ids and 16-bit quantised weights.
 * Both first touch every feature's slot in a branch-free loop, so that the
 * cache misses overlap instead of waiting for each other in the probing loop.
 */
import type { LinearModelData, LinearScorer } from "./perceptron.js";

/** Rows of a dense few-class model, relative to class 0 (or, `full`, every class) and quantised. */
export interface PackedRows {
  classes: number;
  keys: Uint32Array;
  /**
   * Row r's classes 1..C-1 are values[r·(C-1) …]; a value v means v · scale.
   * With `full`, row r's classes 0..C-1 are values[r·C …].
   */
  values: Int16Array;
  scale: number;
  /**
   * Every class's own weight, not its difference from class 0: a beam
   * compares scores of different states, where class 0's weights do not
   * cancel out (parser-beam.ts).
   */
  full?: boolean;
}

/** Values a row holds. */
export function rowWidth(packed: { classes: number; full?: boolean }): number {
  return packed.full ? packed.classes : packed.classes - 1;
}

/** A sparse many-class model with 8-bit class ids and quantised weights. */
export interface QuantizedRows {
  classes: number;
  keys: Uint32Array;
  offsets: Uint32Array;
  labels: Uint8Array;
  values: Int16Array;
  scale: number;
}

export function packRows(data: LinearModelData, full = false): PackedRows {
  const C = data.classes;
  const { keys, offsets, labels, weights } = data;
  const row = new Float64Array(C);
  // Full rows keep every class; relative rows subtract class 0's weight.
  const first = full ? 0 : 1;
  const K = C - first;
  const value = (c: number) => (full ? row[c]! : row[c]! - row[0]!);
  let top = 0;
  for (let r = 0; r < keys.length; r++) {
    readRow(offsets, labels, weights, r, row);
    for (let c = first; c < C; c++) top = Math.max(top, Math.abs(value(c)));
  }
  const scale = top > 0 ? top / 32767 : 1;
  const values = new Int16Array(keys.length * K);
  for (let r = 0; r < keys.length; r++) {
    readRow(offsets, labels, weights, r, row);
    for (let c = first; c < C; c++) values[r * K + c - first] = Math.round(value(c) / scale);
  }
  return full ? { classes: C, keys: keys.slice(), values, scale, full: true } : { classes: C, keys: keys.slice(), values, scale };
}

/**
 * The `max` rows with the largest weight (largest |w| over their classes),
 * in their order; all of them when there are no more. A budget of rows
 * bounds the table the parser probes (and the file) better than a weight
 * threshold, and keeps the rows that decide most.
 */
export function limitRows(packed: PackedRows, max: number): PackedRows {
  const n = packed.keys.length;
  if (n <= max) return packed;
  const K = rowWidth(packed);
  const norm = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    let top = 0;
    for (let c = 0; c < K; c++) top = Math.max(top, Math.abs(packed.values[r * K + c]!));
    norm[r] = top;
  }
  const order = Array.from({ length: n }, (_, r) => r).sort((a, b) => norm[b]! - norm[a]! || a - b);
  const keep = order.slice(0, max).sort((a, b) => a - b);
  const keys = new Uint32Array(keep.length);
  const values = new Int16Array(keep.length * K);
  keep.forEach((r, i) => {
    keys[i] = packed.keys[r]!;
    for (let c = 0; c < K; c++) values[i * K + c] = packed.values[r * K + c]!;
  });
  return packed.full ? { classes: packed.classes, keys, values, scale: packed.scale, full: true } : { classes: packed.classes, keys, values, scale: packed.scale };
}

export function quantizeRows(data: LinearModelData): QuantizedRows {
  if (data.classes > 256) throw new Error(`a quantised sparse model takes at most 256 classes, not ${data.classes}`);
  let top = 0;
  for (const w of data.weights) top = Math.max(top, Math.abs(w));
  const scale = top > 0 ? top / 32767 : 1;
  const values = new Int16Array(data.weights.length);
  for (let e = 0; e < values.length; e++) values[e] = Math.round(data.weights[e]! / scale);
  return { classes: data.classes, keys: data.keys.slice(), offsets: data.offsets.slice(), labels: Uint8Array.from(data.labels), values, scale };
}

function readRow(offsets: Uint32Array, labels: Uint16Array, weights: Float32Array, r: number, row: Float64Array): void {
  row.fill(0);
  for (let e = offsets[r]!; e < offsets[r + 1]!; e++) row[labels[e]!] = weights[e]!;
}

// Feature ids are already mixed (hash.ts); the high bits of a multiply pick
// the slot and the low 16 bits of the id are its fingerprint.
function slotOf(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

function fingerprint(key: number): number {
  return key & 0xffff || 1;
}

/** log2 of a power-of-two table size keeping the load at or below 0.7. */
function tableBits(rows: number): number {
  let bits = 4;
  while ((1 << bits) * 0.7 < rows) bits++;
  return bits;
}

// Integer sums of quantised weights; move classes are few, one buffer serves all.
const SUMS = new Int32Array(64);

export class PackedScorer implements LinearScorer {
  readonly classes: number;
  readonly rows: number;
  /** Scores every class (full rows) rather than each class's difference from class 0. */
  readonly full: boolean;
  private readonly scale: number;
  private readonly table: Uint16Array;
  private readonly weights: Int16Array;
  private readonly shift: number;
  private readonly mask: number;
  /** Written so that the touching pass is not optimised away. */
  touched = 0;

  constructor(packed: PackedRows) {
    const C = packed.classes;
    if (C > SUMS.length) throw new Error(`PackedScorer takes at most ${SUMS.length} classes`);
    this.classes = C;
    this.full = packed.full === true;
    this.rows = packed.keys.length;
    this.scale = packed.scale;
    const bits = tableBits(packed.keys.length);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    // A record: the fingerprint, then the weights of classes 1..C-1 (or, full, 0..C-1).
    const stride = this.full ? C + 1 : C;
    const first = this.full ? 0 : 1;
    const K = C - first;
    const buffer = new ArrayBuffer((1 << bits) * stride * 2);
    this.table = new Uint16Array(buffer);
    this.weights = new Int16Array(buffer);
    const { keys, values } = packed;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]!;
      let s = slotOf(key, this.shift);
      while (this.table[s * stride] !== 0) s = (s + 1) & this.mask;
      const at = s * stride;
      this.table[at] = fingerprint(key);
      for (let c = first; c < C; c++) this.weights[at + 1 + c - first] = values[r * K + c - first]!;
    }
  }

  /** Adds, for each class, its score minus class 0's (so out[0] stays put); full rows: each class's score. */
  score(features: Uint32Array, count: number, out: Float64Array): void {
    if (this.full) {
      if (this.classes === 4) this.scoreFull4(features, count, out);
      else this.scoreFull(features, count, out);
      return;
    }
    if (this.classes === 4) {
      this.score4(features, count, out);
      return;
    }
    const table = this.table;
    const ws = this.weights;
    const shift = this.shift;
    const mask = this.mask;
    const C = this.classes;
    let touch = 0;
    for (let i = 0; i < count; i++) touch ^= table[slotOf(features[i]!, shift) * C]!;
    this.touched = touch;
    const sums = SUMS;
    sums.fill(0, 0, C);
    for (let i = 0; i < count; i++) {
      const key = features[i]!;
      const fp = fingerprint(key);
      let s = slotOf(key, shift);
      for (;;) {
        const at = s * C;
        const k = table[at]!;
        if (k === fp) {
          for (let c = 1; c < C; c++) sums[c]! += ws[at + c]!;
          break;
        }
        if (k === 0) break;
        s = (s + 1) & mask;
      }
    }
    for (let c = 1; c < C; c++) out[c]! += sums[c]! * this.scale;
  }

  // The parser's four moves, with the three sums in locals.
  private score4(features: Uint32Array, count: number, out: Float64Array): void {
    const table = this.table;
    const ws = this.weights;
    const shift = this.shift;
    const mask = this.mask;
    let touch = 0;
    for (let i = 0; i < count; i++) touch ^= table[(Math.imul(features[i]!, 0x9e3779b1) >>> shift) << 2]!;
    this.touched = touch;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let i = 0; i < count; i++) {
      const key = features[i]!;
      const fp = key & 0xffff || 1;
      let s = Math.imul(key, 0x9e3779b1) >>> shift;
      for (;;) {
        const at = s << 2;
        const k = table[at]!;
        if (k === fp) {
          s1 += ws[at + 1]!;
          s2 += ws[at + 2]!;
          s3 += ws[at + 3]!;
          break;
        }
        if (k === 0) break;
        s = (s + 1) & mask;
      }
    }
    const scale = this.scale;
    out[1]! += s1 * scale;
    out[2]! += s2 * scale;
    out[3]! += s3 * scale;
  }

  // Full rows of four classes: records of five 16-bit values.
  private scoreFull4(features: Uint32Array, count: number, out: Float64Array): void {
    const table = this.table;
    const ws = this.weights;
    const shift = this.shift;
    const mask = this.mask;
    let touch = 0;
    for (let i = 0; i < count; i++) touch ^= table[(Math.imul(features[i]!, 0x9e3779b1) >>> shift) * 5]!;
    this.touched = touch;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let i = 0; i < count; i++) {
      const key = features[i]!;
      const fp = key & 0xffff || 1;
      let s = Math.imul(key, 0x9e3779b1) >>> shift;
      for (;;) {
        const at = s * 5;
        const k = table[at]!;
        if (k === fp) {
          s0 += ws[at + 1]!;
          s1 += ws[at + 2]!;
          s2 += ws[at + 3]!;
          s3 += ws[at + 4]!;
          break;
        }
        if (k === 0) break;
        s = (s + 1) & mask;
      }
    }
    const scale = this.scale;
    out[0]! += s0 * scale;
    out[1]! += s1 * scale;
    out[2]! += s2 * scale;
    out[3]! += s3 * scale;
  }

  private scoreFull(features: Uint32Array, count: number, out: Float64Array): void {
    const table = this.table;
    const ws = this.weights;
    const shift = this.shift;
    const mask = this.mask;
    const C = this.classes;
    const stride = C + 1;
    const sums = SUMS;
    sums.fill(0, 0, C);
    for (let i = 0; i < count; i++) {
      const key = features[i]!;
      const fp = fingerprint(key);
      let s = slotOf(key, shift);
      for (;;) {
        const at = s * stride;
        const k = table[at]!;
        if (k === fp) {
          for (let c = 0; c < C; c++) sums[c]! += ws[at + 1 + c]!;
          break;
        }
        if (k === 0) break;
        s = (s + 1) & mask;
      }
    }
    for (let c = 0; c < C; c++) out[c]! += sums[c]! * this.scale;
  }
}

export class SparseScorer implements LinearScorer {
  readonly classes: number;
  readonly rows: number;
  /**
   * Four int32 a slot, 16 bytes (four to a cache line): [key, n, e0, e1].
   * A row of n ≤ 2 entries (most rows) keeps them in e0 and e1; a longer one
   * starts at e0 in `entries`. An entry is weight (quantised) << 8 | class id.
   */
  private readonly table: Int32Array;
  private readonly entries: Int32Array;
  private readonly sums: Int32Array;
  private readonly scale: number;
  private readonly shift: number;
  private readonly mask: number;
  touched = 0;

  constructor(q: QuantizedRows) {
    this.classes = q.classes;
    this.rows = q.keys.length;
    this.scale = q.scale;
    this.sums = new Int32Array(q.classes);
    const bits = tableBits(q.keys.length);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.table = new Int32Array((1 << bits) * 4);
    const { keys, offsets, labels, values } = q;
    const entry = (e: number) => (values[e]! << 8) | labels[e]!;
    let long = 0;
    for (let r = 0; r < keys.length; r++) if (offsets[r + 1]! - offsets[r]! > 2) long += offsets[r + 1]! - offsets[r]!;
    this.entries = new Int32Array(long);
    let next = 0;
    for (let r = 0; r < keys.length; r++) {
      let s = slotOf(keys[r]!, this.shift);
      while (this.table[s * 4] !== 0) s = (s + 1) & this.mask;
      const at = s * 4;
      const from = offsets[r]!;
      const n = offsets[r + 1]! - from;
      this.table[at] = keys[r]! | 0;
      this.table[at + 1] = n;
      if (n <= 2) {
        if (n > 0) this.table[at + 2] = entry(from);
        if (n > 1) this.table[at + 3] = entry(from + 1);
      } else {
        this.table[at + 2] = next;
        for (let e = 0; e < n; e++) this.entries[next++] = entry(from + e);
      }
    }
  }

  score(features: Uint32Array, count: number, out: Float64Array): void {
    const table = this.table;
    const entries = this.entries;
    const shift = this.shift;
    const mask = this.mask;
    const sums = this.sums;
    sums.fill(0);
    let touch = 0;
    for (let i = 0; i < count; i++) touch ^= table[slotOf(features[i]!, shift) << 2]!;
    this.touched = touch;
    for (let i = 0; i < count; i++) {
      const key = features[i]! | 0;
      let s = slotOf(key, shift);
      for (;;) {
        const at = s << 2;
        const k = table[at]!;
        if (k === key) {
          const n = table[at + 1]!;
          if (n <= 2) {
            if (n > 0) {
              const v = table[at + 2]!;
              sums[v & 0xff]! += v >> 8;
              if (n > 1) {
                const w = table[at + 3]!;
                sums[w & 0xff]! += w >> 8;
              }
            }
          } else {
            const from = table[at + 2]!;
            for (let e = from; e < from + n; e++) {
              const v = entries[e]!;
              sums[v & 0xff]! += v >> 8;
            }
          }
          break;
        }
        if (k === 0) break;
        s = (s + 1) & mask;
      }
    }
    const scale = this.scale;
    for (let c = 0; c < this.classes; c++) out[c]! += sums[c]! * scale;
  }
}
