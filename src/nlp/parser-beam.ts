/**
 * Beam search over labelled arc-eager transitions
 * ===============================================
 *
 * A globally trained parser (Zhang & Clark 2008; Zhang & Nivre 2011) scores
 * a whole transition sequence: the sum, over its moves, of the move model's
 * score of that move in that state, plus, for an arc, the label model's score
 * of its label. The beam keeps the `width` best partial sequences: each step
 * extends every state by each legal move (LEFT and RIGHT once per label) and
 * keeps the best `width` candidates. Width 1 is greedy search on the same
 * scores.
 *
 * Cost. Features are computed once per state (parser-features.ts) and scored
 * against all four moves at once; label features once per arc direction and
 * scored against all labels. Candidates are only numbers (parent, move,
 * label, score) until they are kept; a kept one copies its parent's state
 * (flat typed arrays over the sentence, one block copy each, into a state
 * preallocated for the sentence: nothing is allocated per step) and applies
 * its move. The path to every state is a chain of history nodes (parent,
 * move, label) shared by all the states that extend it, so the best state's
 * sequence can be read back (the trainer needs it) without copying
 * sequences.
 *
 * Ties go to the earlier candidate (beam order, then move order, then label
 * order), so search is deterministic.
 */
import type { LinearScorer } from "./perceptron.js";
import { labelFeatures, parserFeatures, PARSER_FEATURES_MAX, type SentenceHashes } from "./parser-features.js";
import { LEFT as LEFT_MOVE, MOVES as MOVE_COUNT, ParseState, REDUCE as REDUCE_MOVE, RIGHT as RIGHT_MOVE, ROOT_LABEL as ROOT, SHIFT as SHIFT_MOVE } from "./transition-system.js";

const SHIFT = SHIFT_MOVE;
const REDUCE = REDUCE_MOVE;
const LEFT = LEFT_MOVE;
const RIGHT = RIGHT_MOVE;
const MOVES = MOVE_COUNT;
const ROOT_LABEL = ROOT;

/** What scores a transition: the move model (every class its own weight) and the label model. */
export interface TransitionScorers {
  moves: LinearScorer;
  labels: LinearScorer;
  /** Number of labels (label 0 is root, which only the root's arc takes). */
  labelCount: number;
  labelHash: Uint32Array;
}

export class Beam {
  readonly width: number;
  /** Live states, best first: `size` of them. */
  states: ParseState[];
  scores: Float64Array;
  /** History node of each live state. */
  nodes: Int32Array;
  size = 0;
  /** History nodes: parent node (-1 at the start), move, label, depth (moves from the start), on the gold path. */
  nodeParent = new Int32Array(1024);
  nodeMove = new Int8Array(1024);
  nodeLabel = new Int16Array(1024);
  nodeDepth = new Int32Array(1024);
  nodeGold = new Uint8Array(1024);
  nodeCount = 0;
  /** The gold sequence (training), or undefined. */
  private goldMoves: ArrayLike<number> | undefined;
  private goldLabels: ArrayLike<number> | undefined;

  private spare: ParseState[];
  private spareScores: Float64Array;
  private spareNodes: Int32Array;
  private readonly candFrom: Int32Array;
  private readonly candMove: Int32Array;
  private readonly candLabel: Int32Array;
  private readonly candScore: Float64Array;
  private candCount = 0;
  private readonly features = new Uint32Array(PARSER_FEATURES_MAX);
  private readonly legal = new Uint8Array(MOVES);
  private readonly moveScores = new Float64Array(MOVES);
  private labelScores = new Float64Array(64);

  constructor(width: number) {
    if (!(width >= 1) || !Number.isInteger(width)) throw new Error(`beam width must be a positive integer, not ${width}`);
    this.width = width;
    this.states = Array.from({ length: width }, () => new ParseState());
    this.spare = Array.from({ length: width }, () => new ParseState());
    this.scores = new Float64Array(width);
    this.spareScores = new Float64Array(width);
    this.nodes = new Int32Array(width);
    this.spareNodes = new Int32Array(width);
    this.candFrom = new Int32Array(width);
    this.candMove = new Int32Array(width);
    this.candLabel = new Int32Array(width);
    this.candScore = new Float64Array(width);
  }

  /** Starts a sentence of n words; `gold` (training) marks the history nodes on the gold sequence. */
  start(n: number, goldMoves?: ArrayLike<number>, goldLabels?: ArrayLike<number>): void {
    for (const s of this.states) s.reset(n);
    for (const s of this.spare) s.reset(n);
    this.goldMoves = goldMoves;
    this.goldLabels = goldLabels;
    this.nodeCount = 0;
    const root = this.newNode(-1, -1, -1, goldMoves !== undefined);
    this.size = 1;
    this.scores[0] = 0;
    this.nodes[0] = root;
  }

  /**
   * Extends the beam by one move. Returns false, changing nothing, when
   * every state in it is terminal.
   */
  step(sent: SentenceHashes, sc: TransitionScorers): boolean {
    this.candCount = 0;
    let open = false;
    const legal = this.legal;
    const f = this.features;
    const ms = this.moveScores;
    if (this.labelScores.length < sc.labelCount) this.labelScores = new Float64Array(sc.labelCount);
    const ls = this.labelScores;
    const L = sc.labelCount;
    for (let i = 0; i < this.size; i++) {
      const st = this.states[i]!;
      const base = this.scores[i]!;
      if (st.isTerminal()) {
        this.consider(i, -1, -1, base);
        continue;
      }
      open = true;
      st.legal(legal);
      const k = parserFeatures(st, sent, sc.labelHash, f);
      ms.fill(0);
      sc.moves.score(f, k, ms);
      if (legal[SHIFT]) this.consider(i, SHIFT, -1, base + ms[SHIFT]!);
      if (legal[REDUCE]) this.consider(i, REDUCE, -1, base + ms[REDUCE]!);
      if (legal[LEFT]) {
        const s = base + ms[LEFT]!;
        const kl = labelFeatures(st, sent, sc.labelHash, st.n0(), st.s0(), f);
        ls.fill(0, 0, L);
        sc.labels.score(f, kl, ls);
        for (let l = 1; l < L; l++) this.consider(i, LEFT, l, s + ls[l]!);
      }
      if (legal[RIGHT]) {
        const s = base + ms[RIGHT]!;
        const s0 = st.s0();
        if (s0 === 0) {
          this.consider(i, RIGHT, ROOT_LABEL, s);
        } else {
          const kl = labelFeatures(st, sent, sc.labelHash, s0, st.n0(), f);
          ls.fill(0, 0, L);
          sc.labels.score(f, kl, ls);
          for (let l = 1; l < L; l++) this.consider(i, RIGHT, l, s + ls[l]!);
        }
      }
    }
    if (!open) return false;
    const next = this.spare;
    for (let j = 0; j < this.candCount; j++) {
      const from = this.candFrom[j]!;
      const move = this.candMove[j]!;
      const st = next[j]!;
      st.copyFrom(this.states[from]!);
      const parentNode = this.nodes[from]!;
      if (move >= 0) {
        const label = this.candLabel[j]!;
        st.apply(move, label);
        this.spareNodes[j] = this.extend(parentNode, move, label);
      } else {
        this.spareNodes[j] = parentNode;
      }
      this.spareScores[j] = this.candScore[j]!;
    }
    this.spare = this.states;
    this.states = next;
    const scores = this.scores;
    this.scores = this.spareScores;
    this.spareScores = scores;
    const nodes = this.nodes;
    this.nodes = this.spareNodes;
    this.spareNodes = nodes;
    this.size = this.candCount;
    return true;
  }

  /** Runs the search to the end; the best state is states[0]. */
  run(sent: SentenceHashes, sc: TransitionScorers): void {
    while (this.step(sent, sc));
  }

  /** The moves and labels from the start to history node `node`, into the arrays; returns their number. */
  sequence(node: number, moves: Int32Array, labels: Int32Array): number {
    const n = this.nodeDepth[node]!;
    for (let x = node, d = n - 1; d >= 0; x = this.nodeParent[x]!, d--) {
      moves[d] = this.nodeMove[x]!;
      labels[d] = this.nodeLabel[x]!;
    }
    return n;
  }

  // Keeps the candidate if it is among the `width` best so far (kept sorted, best first; ties to the earlier).
  private consider(from: number, move: number, label: number, score: number): void {
    const w = this.width;
    let at = this.candCount;
    if (at === w) {
      if (!(score > this.candScore[w - 1]!)) return;
      at = w - 1;
    } else {
      this.candCount++;
    }
    const cs = this.candScore;
    while (at > 0 && score > cs[at - 1]!) {
      cs[at] = cs[at - 1]!;
      this.candFrom[at] = this.candFrom[at - 1]!;
      this.candMove[at] = this.candMove[at - 1]!;
      this.candLabel[at] = this.candLabel[at - 1]!;
      at--;
    }
    cs[at] = score;
    this.candFrom[at] = from;
    this.candMove[at] = move;
    this.candLabel[at] = label;
  }

  private extend(parent: number, move: number, label: number): number {
    let gold = false;
    if (this.nodeGold[parent] && this.goldMoves) {
      const d = this.nodeDepth[parent]!;
      gold = d < this.goldMoves.length && this.goldMoves[d] === move && this.goldLabels![d] === label;
    }
    return this.newNode(parent, move, label, gold);
  }

  private newNode(parent: number, move: number, label: number, gold: boolean): number {
    if (this.nodeCount === this.nodeParent.length) {
      const grow = <T extends Int32Array | Int8Array | Int16Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.nodeParent = grow(this.nodeParent);
      this.nodeMove = grow(this.nodeMove);
      this.nodeLabel = grow(this.nodeLabel);
      this.nodeDepth = grow(this.nodeDepth);
      this.nodeGold = grow(this.nodeGold);
    }
    const id = this.nodeCount++;
    this.nodeParent[id] = parent;
    this.nodeMove[id] = move;
    this.nodeLabel[id] = label;
    this.nodeDepth[id] = parent < 0 ? 0 : this.nodeDepth[parent]! + 1;
    this.nodeGold[id] = gold ? 1 : 0;
    return id;
  }
}

/**
 * The score of one transition (move, and label for an arc) from `state`, as
 * the beam adds it; `f` is scratch space.
 */
export function transitionScore(state: ParseState, sent: SentenceHashes, sc: TransitionScorers, move: number, label: number, f: Uint32Array, moveScores: Float64Array, labelScores: Float64Array): number {
  const k = parserFeatures(state, sent, sc.labelHash, f);
  moveScores.fill(0);
  sc.moves.score(f, k, moveScores);
  let s = moveScores[move]!;
  if (move === LEFT || (move === RIGHT && state.s0() !== 0)) {
    const head = move === LEFT ? state.n0() : state.s0();
    const dep = move === LEFT ? state.s0() : state.n0();
    const kl = labelFeatures(state, sent, sc.labelHash, head, dep, f);
    labelScores.fill(0, 0, sc.labelCount);
    sc.labels.score(f, kl, labelScores);
    s += labelScores[label]!;
  }
  return s;
}
