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
 * and the entries of a row as adjacent (class, weight) pairs. Same scores,
 * same summation order, as LinearModel.
 */
import type { LinearModelData, LinearScorer } from "./perceptron.js";

export class PackedScorer implements LinearScorer {
  readonly classes: number;
  /** Slot s: table[2s] is the key (0 empty), table[2s+1] is offset << 5 | length. */
  private readonly table: Uint32Array;
  /** Entry e: class at entries[2e] (as a float), weight at entries[2e+1]. */
  private readonly entries: Float32Array;
  private readonly mask: number;

  constructor(data: LinearModelData) {
    this.classes = data.classes;
    const { keys, offsets, labels, weights } = data;
    let cap = 2;
    while (cap < keys.length * 2) cap *= 2;
    this.mask = cap - 1;
    this.table = new Uint32Array(cap * 2);
    this.entries = new Float32Array(labels.length * 2);
    for (let e = 0; e < labels.length; e++) {
      this.entries[2 * e] = labels[e]!;
      this.entries[2 * e + 1] = weights[e]!;
    }
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]!;
      const start = offsets[r]!;
      const length = offsets[r + 1]! - start;
      if (length > 31 || start >= 1 << 27) throw new Error("PackedScorer: a row is too long or the model too large");
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
    for (let i = 0; i < count; i++) {
      const key = features[i]!;
      let s = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      for (;;) {
        const k = table[2 * s]!;
        if (k === key) {
          const packed = table[2 * s + 1]!;
          let e = (packed >>> 5) * 2;
          const end = e + (packed & 31) * 2;
          for (; e < end; e += 2) out[entries[e]! | 0]! += entries[e + 1]!;
          break;
        }
        if (k === 0) break;
        s = (s + 1) & mask;
      }
    }
  }
}
