/**
 * A cache-friendly scorer for the NER
 * ===================================
 *
 * `LinearModel` (perceptron.ts) finds a feature's weights through five
 * arrays (slot → row → key, offsets, labels, weights); on a model of a few
 * megabytes each is a cache miss, and scoring ~50 features a token for two
 * passes made lookups most of the tagger's time. This scorer holds the same
 * weights in two arrays built at load: an open-addressing table of
 * (key, packed offset and length) pairs, so a probe reads one cache line,
 * and the entries of a row as adjacent (class, weight) pairs, or, for a row
 * with weights for most classes (bias, shapes, label history: the features
 * every token has), all its weights densely, read without class lookups.
 * Same scores as LinearModel (classes are added in the same order; a dense
 * row's missing classes add an exact 0).
 */
import type { LinearModelData, LinearScorer } from "./perceptron.js";

/** Rows with weights for this many classes or more are stored densely. */
const DENSE_FROM = 8;

export class PackedScorer implements LinearScorer {
  readonly classes: number;
  /** Slot s: table[2s] is the key (0 empty), table[2s+1] is offset << 5 | length, length 31 marking a dense row. */
  private readonly table: Uint32Array;
  /** Sparse rows: (class as a float, weight) pairs; dense rows: one weight a class. */
  private readonly entries: Float32Array;
  private readonly mask: number;

  constructor(data: LinearModelData) {
    this.classes = data.classes;
    const { keys, offsets, labels, weights } = data;
    let cap = 2;
    while (cap < keys.length * 2) cap *= 2;
    this.mask = cap - 1;
    this.table = new Uint32Array(cap * 2);
    const C = data.classes;
    if (C > 31) throw new Error("PackedScorer: at most 31 classes");
    const dense = Math.min(C, DENSE_FROM);
    let size = 0;
    for (let r = 0; r < keys.length; r++) {
      const length = offsets[r + 1]! - offsets[r]!;
      size += length >= dense ? C : 2 * length;
    }
    this.entries = new Float32Array(size);
    let at = 0;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]!;
      const from = offsets[r]!;
      const to = offsets[r + 1]!;
      const start = at;
      let length = to - from;
      if (length >= dense) {
        for (let e = from; e < to; e++) this.entries[at + labels[e]!] = weights[e]!;
        at += C;
        length = 31;
      } else {
        for (let e = from; e < to; e++) {
          this.entries[at++] = labels[e]!;
          this.entries[at++] = weights[e]!;
        }
      }
      if (start >= 1 << 27) throw new Error("PackedScorer: model too large");
      let s = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
      while (this.table[2 * s] !== 0) s = (s + 1) & this.mask;
      this.table[2 * s] = key;
      this.table[2 * s + 1] = ((start << 5) | length) >>> 0;
    }
  }

  score(features: Uint32Array, count: number, out: Float64Array): void {
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
          if (length === 31) {
            for (let c = 0; c < classes; c++) out[c]! += entries[e + c]!;
          } else {
            const end = e + length * 2;
            for (; e < end; e += 2) out[entries[e]! | 0]! += entries[e + 1]!;
          }
          break;
        }
        if (k === 0) break;
        s = (s + 1) & mask;
      }
    }
  }
}
