/**
 * The arc-eager transition system, with a dynamic oracle
 * ======================================================
 *
 * Why arc-eager (Nivre 2003) rather than arc-hybrid: it attaches right
 * dependents as soon as it sees them, so when the parser decides about a word
 * its head, and the labels of its left siblings, are often already known and
 * serve as features; greedy perceptron parsers score a little higher with it
 * on English (Goldberg & Nivre 2012, Zhang & Nivre 2011). Its dynamic oracle
 * is exact and cheap for projective trees: every transition's cost is the
 * number of gold arcs it makes unreachable, counted on the stack and buffer.
 *
 * Words are numbered 1..n; 0 is the artificial root, at the bottom of the
 * stack. Moves: SHIFT, REDUCE, LEFT (s0 ← n0, pops s0), RIGHT (s0 → n0,
 * pushes n0). The label of an arc is chosen with the move (by a separate
 * classifier, see parser.ts) and passed to `apply`.
 *
 * The output is always a tree with exactly one word under the root, thanks to
 * the constraints of Nivre & Fernández-González (2014, "Arc-eager parsing with
 * the tree constraint"):
 * - RIGHT from the root only while the root has no dependent;
 * - REDUCE of the root's dependent only once the buffer is empty (until then
 *   every later word must end up below it);
 * - once the buffer runs empty, SHIFT is never legal again, and a stack top
 *   without a head is moved back to the buffer (UNSHIFT) so that LEFT or
 *   RIGHT must give it one. `normalize` does those forced moves.
 */

export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
export const MOVES = 4;
export const MOVE_NAMES = ["SHIFT", "REDUCE", "LEFT", "RIGHT"] as const;

/** Label id of "root"; the label inventory always puts it first. */
export const ROOT_LABEL = 0;

export class ParseState {
  /** Words in the sentence. */
  n = 0;
  /** Stack of word ids, bottom (the root, 0) at index 0. */
  stack: Int32Array;
  /** Number of items on the stack. */
  top = 0;
  /** Next word not yet read from the sentence (n + 1 when all are read). */
  next = 1;
  /** A word moved back to the buffer by UNSHIFT, or -1. */
  unshifted = -1;
  /** The buffer has run empty once: SHIFT is no longer legal. */
  exhausted = false;
  /** The root's dependent, or -1. */
  rootChild = -1;
  /** Head of each word (index 0..n), -1 while it has none. */
  heads: Int32Array;
  /** Label id of each word's arc, -1 while it has none. */
  labels: Int32Array;
  /** Leftmost, second leftmost, rightmost and second rightmost dependent, or -1. */
  left1: Int32Array;
  left2: Int32Array;
  right1: Int32Array;
  right2: Int32Array;
  leftCount: Int32Array;
  rightCount: Int32Array;
  /** Labels of the left and right dependents so far, as 64-bit sets (two words each). */
  leftSetLo: Uint32Array;
  leftSetHi: Uint32Array;
  rightSetLo: Uint32Array;
  rightSetHi: Uint32Array;
  /** 1 while the word is on the stack. */
  onStack: Uint8Array;

  constructor(capacity = 64) {
    const c = capacity + 2;
    this.stack = new Int32Array(c);
    this.heads = new Int32Array(c);
    this.labels = new Int32Array(c);
    this.left1 = new Int32Array(c);
    this.left2 = new Int32Array(c);
    this.right1 = new Int32Array(c);
    this.right2 = new Int32Array(c);
    this.leftCount = new Int32Array(c);
    this.rightCount = new Int32Array(c);
    this.leftSetLo = new Uint32Array(c);
    this.leftSetHi = new Uint32Array(c);
    this.rightSetLo = new Uint32Array(c);
    this.rightSetHi = new Uint32Array(c);
    this.onStack = new Uint8Array(c);
  }

  /** Starts a sentence of `n` words (arrays grow only when a longer sentence comes). */
  reset(n: number): void {
    if (n + 2 > this.stack.length) {
      const fresh = new ParseState(Math.max(n, this.stack.length * 2));
      Object.assign(this, fresh);
    }
    this.n = n;
    const m = n + 1;
    this.heads.fill(-1, 0, m);
    this.labels.fill(-1, 0, m);
    this.left1.fill(-1, 0, m);
    this.left2.fill(-1, 0, m);
    this.right1.fill(-1, 0, m);
    this.right2.fill(-1, 0, m);
    this.leftCount.fill(0, 0, m);
    this.rightCount.fill(0, 0, m);
    this.leftSetLo.fill(0, 0, m);
    this.leftSetHi.fill(0, 0, m);
    this.rightSetLo.fill(0, 0, m);
    this.rightSetHi.fill(0, 0, m);
    this.onStack.fill(0, 0, m);
    this.stack[0] = 0;
    this.onStack[0] = 1;
    this.top = 1;
    this.next = 1;
    this.unshifted = -1;
    this.exhausted = false;
    this.rootChild = -1;
    this.normalize();
  }

  /**
   * Makes this state a copy of `other` (the beam's successor states): one
   * block copy per array over the sentence's words, nothing allocated once
   * this state has the capacity.
   */
  copyFrom(other: ParseState): void {
    const m = other.n + 1;
    if (m + 1 > this.stack.length) Object.assign(this, new ParseState(Math.max(other.n, this.stack.length * 2)));
    this.n = other.n;
    this.top = other.top;
    this.next = other.next;
    this.unshifted = other.unshifted;
    this.exhausted = other.exhausted;
    this.rootChild = other.rootChild;
    this.stack.set(other.stack.subarray(0, other.top));
    this.heads.set(other.heads.subarray(0, m));
    this.labels.set(other.labels.subarray(0, m));
    this.left1.set(other.left1.subarray(0, m));
    this.left2.set(other.left2.subarray(0, m));
    this.right1.set(other.right1.subarray(0, m));
    this.right2.set(other.right2.subarray(0, m));
    this.leftCount.set(other.leftCount.subarray(0, m));
    this.rightCount.set(other.rightCount.subarray(0, m));
    this.leftSetLo.set(other.leftSetLo.subarray(0, m));
    this.leftSetHi.set(other.leftSetHi.subarray(0, m));
    this.rightSetLo.set(other.rightSetLo.subarray(0, m));
    this.rightSetHi.set(other.rightSetHi.subarray(0, m));
    this.onStack.set(other.onStack.subarray(0, m));
  }

  s0(): number {
    return this.stack[this.top - 1]!;
  }

  /** Second item of the stack, or -1. */
  s1(): number {
    return this.top >= 2 ? this.stack[this.top - 2]! : -1;
  }

  /** Front of the buffer, or -1 when it is empty. */
  n0(): number {
    if (this.unshifted >= 0) return this.unshifted;
    return this.next <= this.n ? this.next : -1;
  }

  /** The i-th buffer word after n0 (i ≥ 1), or -1. */
  nAt(i: number): number {
    if (this.unshifted >= 0) return -1;
    const k = this.next + i;
    return k <= this.n ? k : -1;
  }

  inBuffer(k: number): boolean {
    return k === this.unshifted || (k >= this.next && k <= this.n && k > 0);
  }

  isTerminal(): boolean {
    return this.top === 1 && this.n0() < 0;
  }

  /**
   * Does the forced moves: with an empty buffer, REDUCE a stack top that has
   * a head and UNSHIFT one that has none. After it, the state is terminal or
   * has a buffer word.
   */
  normalize(): void {
    while (this.n0() < 0 && this.top > 1) {
      this.exhausted = true;
      const s0 = this.s0();
      this.top--;
      this.onStack[s0] = 0;
      if (this.heads[s0]! < 0) this.unshifted = s0;
    }
    if (this.n0() < 0) this.exhausted = true;
  }

  /** Writes 1 into `out[m]` for each legal move m. Returns how many are legal. */
  legal(out: Uint8Array): number {
    const s0 = this.s0();
    const n0 = this.n0();
    const hasN0 = n0 >= 0;
    const sh = hasN0 && !this.exhausted ? 1 : 0;
    const re = s0 !== 0 && this.heads[s0]! > 0 ? 1 : 0;
    const la = hasN0 && s0 !== 0 && this.heads[s0]! < 0 ? 1 : 0;
    const ra = hasN0 && (s0 !== 0 || this.rootChild < 0) ? 1 : 0;
    out[SHIFT] = sh;
    out[REDUCE] = re;
    out[LEFT] = la;
    out[RIGHT] = ra;
    return sh + re + la + ra;
  }

  /** Applies a legal move; `label` is the arc's label id for LEFT and RIGHT. */
  apply(move: number, label: number): void {
    const s0 = this.s0();
    const n0 = this.n0();
    switch (move) {
      case SHIFT:
        this.push(n0);
        break;
      case REDUCE:
        this.top--;
        this.onStack[s0] = 0;
        break;
      case LEFT:
        this.addArc(n0, s0, label);
        this.top--;
        this.onStack[s0] = 0;
        break;
      case RIGHT:
        this.addArc(s0, n0, s0 === 0 ? ROOT_LABEL : label);
        if (s0 === 0) this.rootChild = n0;
        this.push(n0);
        break;
      default:
        throw new Error(`unknown move ${move}`);
    }
    this.normalize();
  }

  private push(word: number): void {
    if (word === this.unshifted) this.unshifted = -1;
    else this.next++;
    this.stack[this.top++] = word;
    this.onStack[word] = 1;
  }

  private addArc(head: number, dep: number, label: number): void {
    this.heads[dep] = head;
    this.labels[dep] = label;
    const bit = label & 63;
    if (dep < head) {
      const l1 = this.left1[head]!;
      if (l1 < 0 || dep < l1) {
        this.left2[head] = l1;
        this.left1[head] = dep;
      } else if (this.left2[head]! < 0 || dep < this.left2[head]!) {
        this.left2[head] = dep;
      }
      this.leftCount[head]!++;
      if (bit < 32) this.leftSetLo[head]! |= 1 << bit;
      else this.leftSetHi[head]! |= 1 << (bit - 32);
    } else {
      const r1 = this.right1[head]!;
      if (r1 < 0 || dep > r1) {
        this.right2[head] = r1;
        this.right1[head] = dep;
      } else if (this.right2[head]! < 0 || dep > this.right2[head]!) {
        this.right2[head] = dep;
      }
      this.rightCount[head]!++;
      if (bit < 32) this.rightSetLo[head]! |= 1 << bit;
      else this.rightSetHi[head]! |= 1 << (bit - 32);
    }
  }

  /**
   * The dynamic oracle (Goldberg & Nivre 2012): for each legal move, the
   * number of gold arcs (`gold[k]` = gold head of word k, a projective tree
   * with one root word `goldRoot`) that it makes unreachable. Illegal moves
   * get a large cost. Unlabelled: labels are scored on their own.
   */
  costs(gold: Int32Array, goldRoot: number, legal: Uint8Array, out: Int32Array): void {
    const s0 = this.s0();
    const n0 = this.n0();
    const heads = this.heads;
    const stack = this.stack;
    const top = this.top;
    const rootTaken = this.rootChild >= 0;
    // Gold arcs between n0 and the stack: its head there, its headless dependents there.
    let n0DepsOnStack = 0;
    let n0HeadOnStack = 0;
    if (n0 >= 0) {
      for (let i = 1; i < top; i++) {
        const k = stack[i]!;
        if (heads[k]! < 0 && gold[k] === n0) n0DepsOnStack++;
      }
      const g = gold[n0]!;
      if (this.onStack[g] && !(g === 0 && rootTaken)) n0HeadOnStack = 1;
    }
    // Gold dependents of s0 still in the buffer.
    let s0DepsInBuffer = 0;
    if (s0 !== 0) {
      if (this.unshifted >= 0 && gold[this.unshifted] === s0) s0DepsInBuffer++;
      for (let k = this.next; k <= this.n; k++) if (gold[k] === s0) s0DepsInBuffer++;
    }
    const big = 1 << 20;
    out[SHIFT] = legal[SHIFT] ? n0DepsOnStack + n0HeadOnStack : big;
    out[REDUCE] = legal[REDUCE] ? s0DepsInBuffer : big;
    if (legal[LEFT]) {
      const g = gold[s0]!;
      out[LEFT] = s0DepsInBuffer + (g !== n0 && this.inBuffer(g) ? 1 : 0);
    } else {
      out[LEFT] = big;
    }
    if (legal[RIGHT]) {
      const g = gold[n0]!;
      let c = n0DepsOnStack;
      if (g !== s0 && (this.inBuffer(g) || n0HeadOnStack)) c++;
      // Giving the root the wrong dependent also loses the gold root word's arc.
      if (s0 === 0 && g !== 0 && heads[goldRoot]! < 0 && goldRoot !== n0 && (this.onStack[goldRoot] || this.inBuffer(goldRoot))) c++;
      out[RIGHT] = c;
    } else {
      out[RIGHT] = big;
    }
  }
}

/**
 * The static oracle: the one transition sequence (moves, and labels of their
 * arcs) that builds a projective gold tree, taking at each state the first
 * zero-cost move in the order LEFT, RIGHT, REDUCE, SHIFT. It is what a
 * globally trained parser learns to score above the others. Returns the
 * sequence's length (the arrays must hold 4n + 4 moves), or -1 when it does
 * not rebuild the tree (not projective, or not one root word).
 */
export function staticOracle(gold: Int32Array, goldRoot: number, goldLabels: Int32Array, n: number, state: ParseState, moves: Int32Array, labels: Int32Array): number {
  const legal = new Uint8Array(MOVES);
  const costs = new Int32Array(MOVES);
  const order = [LEFT, RIGHT, REDUCE, SHIFT];
  state.reset(n);
  let t = 0;
  while (!state.isTerminal()) {
    state.legal(legal);
    state.costs(gold, goldRoot, legal, costs);
    let move = -1;
    for (const m of order) {
      if (legal[m] && costs[m] === 0) {
        move = m;
        break;
      }
    }
    if (move < 0 || t >= moves.length) return -1;
    const dep = move === LEFT ? state.s0() : move === RIGHT ? state.n0() : -1;
    const label = dep < 0 ? -1 : state.s0() === 0 && move === RIGHT ? ROOT_LABEL : goldLabels[dep]!;
    moves[t] = move;
    labels[t] = label;
    t++;
    state.apply(move, label);
  }
  for (let d = 1; d <= n; d++) if (state.heads[d] !== gold[d]) return -1;
  return t;
}

/** True when the tree (heads[1..n], 0 = root) has no crossing arcs. */
export function isProjective(heads: ArrayLike<number>, n: number): boolean {
  for (let d = 1; d <= n; d++) if (!arcIsProjective(heads, n, d)) return false;
  return true;
}

/**
 * Pseudo-projective lifting (Nivre & Nilsson 2005, without label encoding):
 * while some arc is non-projective, the shortest such arc's dependent is
 * reattached to its head's head. Arcs from the root are always projective,
 * so this ends. Returns the number of lifts; `heads` is changed in place.
 */
export function projectivize(heads: Int32Array, n: number): number {
  let lifts = 0;
  for (;;) {
    let best = -1;
    let bestSpan = Infinity;
    for (let d = 1; d <= n; d++) {
      const h = heads[d]!;
      const span = Math.abs(h - d);
      if (span >= bestSpan || span < 2 || h === 0) continue;
      if (!arcIsProjective(heads, n, d)) {
        best = d;
        bestSpan = span;
      }
    }
    if (best < 0) return lifts;
    heads[best] = heads[heads[best]!]!;
    lifts++;
  }
}

// Every word inside the arc's span must be a descendant of its head.
function arcIsProjective(heads: ArrayLike<number>, n: number, d: number): boolean {
  const h = heads[d]!;
  const lo = Math.min(d, h);
  const hi = Math.max(d, h);
  for (let k = lo + 1; k < hi; k++) {
    let x = k;
    let steps = 0;
    while (x !== h && x !== 0 && steps++ <= n) x = heads[x]!;
    if (x !== h) return false;
  }
  return true;
}
