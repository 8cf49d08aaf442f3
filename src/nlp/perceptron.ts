/**
 * The averaged perceptron
 * =======================
 *
 * One linear model serves the tagger, the parser and the NER: a sparse set of
 * 32-bit features (see hash.ts) scores every class, the best class wins.
 *
 * - `PerceptronTrainer` learns. A feature gets a row of per-class weights the
 *   first time an update touches it (an open-addressing table maps feature to
 *   row). Weights are averaged over every example seen (Collins 2002) with the
 *   usual trick: beside each weight `w` it keeps `u`, the sum of `c · Δw` at
 *   example counter `c`, so the average is `w − u / c`, computed once at the end.
 * - `LinearModel` predicts. It holds only the averaged weights that matter
 *   (|w| above a threshold), as a compressed sparse row per feature: class ids
 *   and weights in two typed arrays, indexed by a hash table built at load.
 *   Scoring a token allocates nothing.
 */

/** Anything that scores features for each class. */
export interface LinearScorer {
  readonly classes: number;
  /** Adds each feature's weights to `out` (length ≥ classes), which the caller zeroes. */
  score(features: Uint32Array, count: number, out: Float64Array): void;
}

/** The serialisable content of a trained linear model. */
export interface LinearModelData {
  classes: number;
  /** Feature hash of each row. */
  keys: Uint32Array;
  /** Row r's entries are offsets[r] .. offsets[r + 1]. */
  offsets: Uint32Array;
  /** Class of each entry. */
  labels: Uint16Array;
  /** Weight of each entry. */
  weights: Float32Array;
}

export class PerceptronTrainer implements LinearScorer {
  readonly classes: number;
  /** Open addressing, one slot a pair [row (-1: empty), key]: one cache miss a lookup, not two. */
  private slots: Int32Array;
  private mask: number;
  private rows = 0;
  private rowKeys: Uint32Array;
  /** Current weights: f64, or f32 when every update is a whole number (exact below 2^24, half the bytes to read when scoring). */
  private w: Float64Array | Float32Array;
  private readonly wholeUpdates: boolean;
  private u: Float64Array;
  /** Examples seen so far: the averaging clock. */
  private clock = 1;

  /**
   * `wholeUpdates`: every update amount is a whole number (the parser's ±1),
   * so the current weights are kept in f32 exactly, which makes scoring
   * cheaper and changes no result.
   */
  constructor(classes: number, initialRows = 1 << 14, wholeUpdates = false) {
    this.classes = classes;
    this.wholeUpdates = wholeUpdates;
    const cap = nextPowerOfTwo(initialRows * 2);
    this.slots = new Int32Array(2 * cap).fill(-1);
    this.mask = cap - 1;
    this.rowKeys = new Uint32Array(initialRows);
    this.w = wholeUpdates ? new Float32Array(initialRows * classes) : new Float64Array(initialRows * classes);
    this.u = new Float64Array(initialRows * classes);
  }

  get featureCount(): number {
    return this.rows;
  }

  /** Moves the averaging clock on by one example. */
  tick(): void {
    this.clock++;
  }

  score(features: Uint32Array, count: number, out: Float64Array): void {
    const C = this.classes;
    const w = this.w;
    for (let i = 0; i < count; i++) {
      const r = this.find(features[i]!);
      if (r < 0) continue;
      const base = r * C;
      for (let c = 0; c < C; c++) out[c]! += w[base + c]!;
    }
  }

  /** Rewards `gold` and penalises `guess` on these features (nothing when equal). */
  update(features: Uint32Array, count: number, gold: number, guess: number, amount = 1): void {
    if (gold === guess) return;
    if (this.wholeUpdates && !Number.isInteger(amount)) throw new Error(`update by ${amount}: this trainer takes whole amounts only`);
    const C = this.classes;
    const t = this.clock;
    for (let i = 0; i < count; i++) {
      const base = this.rowOf(features[i]!) * C;
      this.w[base + gold]! += amount;
      this.u[base + gold]! += t * amount;
      this.w[base + guess]! -= amount;
      this.u[base + guess]! -= t * amount;
    }
  }

  /** Adds `amount` to class `cls` of these features (the structured perceptron's updates, one side at a time). */
  add(features: Uint32Array, count: number, cls: number, amount: number): void {
    if (this.wholeUpdates && !Number.isInteger(amount)) throw new Error(`update by ${amount}: this trainer takes whole amounts only`);
    const C = this.classes;
    const t = this.clock;
    for (let i = 0; i < count; i++) {
      const k = this.rowOf(features[i]!) * C + cls;
      this.w[k]! += amount;
      this.u[k]! += t * amount;
    }
  }

  /**
   * The averaged model. Weights whose magnitude is below `minWeight` are
   * dropped (they change almost no decision and make up most of the rows).
   */
  finish(minWeight = 0): LinearModelData {
    const C = this.classes;
    const t = this.clock;
    const keys: number[] = [];
    const offsets: number[] = [0];
    const labels: number[] = [];
    const weights: number[] = [];
    for (let r = 0; r < this.rows; r++) {
      const before = labels.length;
      for (let c = 0; c < C; c++) {
        const k = r * C + c;
        const avg = Math.fround(this.w[k]! - this.u[k]! / t);
        if (avg !== 0 && Math.abs(avg) >= minWeight) {
          labels.push(c);
          weights.push(avg);
        }
      }
      if (labels.length > before) {
        keys.push(this.rowKeys[r]!);
        offsets.push(labels.length);
      }
    }
    return {
      classes: C,
      keys: Uint32Array.from(keys),
      offsets: Uint32Array.from(offsets),
      labels: Uint16Array.from(labels),
      weights: Float32Array.from(weights),
    };
  }

  private find(key: number): number {
    const slots = this.slots;
    const k = key | 0;
    let s = hashSlot(key) & this.mask;
    for (;;) {
      const r = slots[2 * s]!;
      if (r < 0) return -1;
      if (slots[2 * s + 1] === k) return r;
      s = (s + 1) & this.mask;
    }
  }

  private rowOf(key: number): number {
    const k = key | 0;
    let s = hashSlot(key) & this.mask;
    for (;;) {
      const r = this.slots[2 * s]!;
      if (r < 0) break;
      if (this.slots[2 * s + 1] === k) return r;
      s = (s + 1) & this.mask;
    }
    const row = this.rows++;
    if (row >= this.rowKeys.length) this.growRows();
    this.rowKeys[row] = key;
    this.slots[2 * s] = row;
    this.slots[2 * s + 1] = k;
    if (this.rows * 4 > this.slots.length) this.growSlots();
    return row;
  }

  private growRows(): void {
    const C = this.classes;
    const cap = this.rowKeys.length * 2;
    const keys = new Uint32Array(cap);
    keys.set(this.rowKeys);
    this.rowKeys = keys;
    const w = this.wholeUpdates ? new Float32Array(cap * C) : new Float64Array(cap * C);
    w.set(this.w);
    this.w = w;
    const u = new Float64Array(cap * C);
    u.set(this.u);
    this.u = u;
  }

  private growSlots(): void {
    const cap = this.slots.length; // slots doubled: twice the pairs
    this.slots = new Int32Array(2 * cap).fill(-1);
    this.mask = cap - 1;
    for (let r = 0; r < this.rows; r++) {
      const key = this.rowKeys[r]!;
      let s = hashSlot(key) & this.mask;
      while (this.slots[2 * s]! >= 0) s = (s + 1) & this.mask;
      this.slots[2 * s] = r;
      this.slots[2 * s + 1] = key | 0;
    }
  }
}

export class LinearModel implements LinearScorer {
  readonly classes: number;
  readonly data: LinearModelData;
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(data: LinearModelData) {
    this.classes = data.classes;
    this.data = data;
    const cap = nextPowerOfTwo(Math.max(2, data.keys.length * 2));
    this.slots = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    const keys = data.keys;
    for (let r = 0; r < keys.length; r++) {
      let s = hashSlot(keys[r]!) & this.mask;
      while (this.slots[s]! >= 0) s = (s + 1) & this.mask;
      this.slots[s] = r;
    }
  }

  get featureCount(): number {
    return this.data.keys.length;
  }

  score(features: Uint32Array, count: number, out: Float64Array): void {
    const { keys, offsets, labels, weights } = this.data;
    const slots = this.slots;
    const mask = this.mask;
    for (let i = 0; i < count; i++) {
      const key = features[i]!;
      let s = hashSlot(key) & mask;
      for (;;) {
        const r = slots[s]!;
        if (r < 0) break;
        if (keys[r] === key) {
          const end = offsets[r + 1]!;
          for (let e = offsets[r]!; e < end; e++) out[labels[e]!]! += weights[e]!;
          break;
        }
        s = (s + 1) & mask;
      }
    }
  }
}

/** The index of the highest score among the first `classes` (the lowest index on ties). */
export function argmax(scores: Float64Array, classes: number): number {
  let best = 0;
  let top = scores[0]!;
  for (let c = 1; c < classes; c++) {
    if (scores[c]! > top) {
      top = scores[c]!;
      best = c;
    }
  }
  return best;
}

// Feature hashes are already mixed; a multiply spreads their low bits over the table.
function hashSlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 0;
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
