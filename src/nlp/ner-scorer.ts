/**
 * A cache-friendly integer scorer for the NER
 * ===========================================
 *
 * `LinearModel` (perceptron.ts) finds a feature's weights through five
 * arrays (slot → row → key, offsets, labels, weights); on a model of a few
 * megabytes each is a cache miss, and scoring ~40 features a token for two
 * passes made lookups most of the tagger's time. This scorer holds the
 * model's weights as the file stores them, 16-bit integers of one scale
 * (linear-codec.ts), in two arrays built at load: an open-addressing table
 * of (key, packed offset and length) pairs, so a probe reads one cache line,
 * and the entries of a row as one int each (weight << 8 | class), or, for a
 * row with weights for most classes (bias, shapes, label history: the
 * features every token has), one weight a class, read without class lookups.
 *
 * Scores are integer sums, so they are exact and the order in which features
 * are added changes nothing: the tagger may add the sums of a word's features
 * once, cache them, and get the very argmax that adding each feature gives
 * (ner.ts). `score` (the LinearScorer interface) adds scale · sum.
 */
import type { QuantizedLinear } from "./linear-codec.js";
import type { LinearScorer } from "./perceptron.js";

/** Rows with weights for this many classes or more are stored densely. */
const DENSE_FROM = 8;
const DENSE = 31;

export class NerScorer implements LinearScorer {
  readonly classes: number;
  readonly scale: number;
  /** Slot s: table[2s] is the key (0 empty), table[2s+1] is offset << 5 | length, length 31 marking a dense row. */
  private readonly table: Uint32Array;
  /** Sparse rows: weight << 8 | class; dense rows: one weight a class. */
  private readonly entries: Int32Array;
  private readonly mask: number;
  private readonly sums: Int32Array;

  constructor(data: QuantizedLinear) {
    const C = data.classes;
    if (C >= DENSE) throw new Error(`NerScorer: at most ${DENSE - 1} classes`);
    this.classes = C;
    this.scale = data.scale;
    this.sums = new Int32Array(C);
    const { keys, offsets, labels, q } = data;
    let cap = 2;
    while (cap < keys.length * 2) cap *= 2;
    this.mask = cap - 1;
    this.table = new Uint32Array(cap * 2);
    const dense = Math.min(C, DENSE_FROM);
    let size = 0;
    for (let r = 0; r < keys.length; r++) {
      const length = offsets[r + 1]! - offsets[r]!;
      size += length >= dense ? C : length;
    }
    this.entries = new Int32Array(size);
    let at = 0;
    for (let r = 0; r < keys.length; r++) {
      const from = offsets[r]!;
      const to = offsets[r + 1]!;
      const start = at;
      let length = to - from;
      if (length >= dense) {
        for (let e = from; e < to; e++) this.entries[at + labels[e]!] = q[e]!;
        at += C;
        length = DENSE;
      } else {
        for (let e = from; e < to; e++) this.entries[at++] = (q[e]! << 8) | labels[e]!;
      }
      if (start >= 1 << 27) throw new Error("NerScorer: model too large");
      const key = keys[r]!;
      let s = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
      while (this.table[2 * s] !== 0) s = (s + 1) & this.mask;
      this.table[2 * s] = key;
      this.table[2 * s + 1] = ((start << 5) | length) >>> 0;
    }
  }

  /** Adds each feature's integer weights to out[at + class]. */
  addInts(features: Uint32Array, count: number, out: Int32Array, at: number): void {
    const table = this.table;
    const entries = this.entries;
    const mask = this.mask;
    const classes = this.classes;
    for (let i = 0; i < count; i++) {
      const key = features[i]!;
      let s = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      for (;;) {
        const k = table[2 * s]!;
        if (k === key) {
          const packed = table[2 * s + 1]!;
          let e = packed >>> 5;
          const length = packed & 31;
          if (length === DENSE) {
            for (let c = 0; c < classes; c++) out[at + c]! += entries[e + c]!;
          } else {
            const end = e + length;
            for (; e < end; e++) {
              const v = entries[e]!;
              out[at + (v & 0xff)]! += v >> 8;
            }
          }
          break;
        }
        if (k === 0) break;
        s = (s + 1) & mask;
      }
    }
  }

  score(features: Uint32Array, count: number, out: Float64Array): void {
    const sums = this.sums;
    sums.fill(0);
    this.addInts(features, count, sums, 0);
    for (let c = 0; c < this.classes; c++) out[c]! += sums[c]! * this.scale;
  }
}
