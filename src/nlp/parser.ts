/**
 * The dependency parser
 * =====================
 *
 * Greedy arc-eager parsing (transition-system.ts) with two averaged
 * perceptrons: one picks the move (SHIFT, REDUCE, LEFT, RIGHT) from the rich
 * state features of parser-features.ts, the other picks the label of the arc
 * a LEFT or RIGHT makes, from features of that arc. Splitting the decision
 * keeps training memory small (the trainer keeps a dense row of weights per
 * feature and class: 4 move classes instead of 2 × 50 labelled ones), and the
 * label still comes at the moment the arc is made, so later decisions see it.
 *
 * Labels are full UD relations with subtypes (nsubj:pass, obl:agent,
 * acl:relcl …); the rare ones were folded into their universal part at
 * training time. The output is always a tree with one word under the root.
 *
 * A model trained globally for beam search (header `beam`, see
 * parser-beam.ts and scripts/train/train-parser.ts) is parsed instead with a
 * beam of that width over labelled transitions, the same two models scoring
 * each move and each label; `beamWidth` may be changed after loading (1 is
 * greedy search on that model's scores). Greedy models (no `beam` in the
 * header) load and parse exactly as before.
 */
import { ModelError } from "../schema/index.js";
import { decodeModelFile, encodeModelFile, section } from "./model-format.js";
import type { LinearScorer } from "./perceptron.js";
import { Beam, type TransitionScorers } from "./parser-beam.js";
import { PackedScorer, SparseScorer, type PackedRows, type QuantizedRows } from "./parser-scorers.js";
import { EMPTY_LEXICON, labelFeatures, labelHashes, parserFeatures, PARSER_FEATURES_MAX, SentenceHashes, type ParserLexicon } from "./parser-features.js";
import { LEFT as LEFT_MOVE, MOVES as MOVE_COUNT, ParseState, RIGHT as RIGHT_MOVE, ROOT_LABEL as ROOT } from "./transition-system.js";

// Module-level copies: read once, so that no loader's import getters sit in the inner loop.
const LEFT = LEFT_MOVE;
const RIGHT = RIGHT_MOVE;
const MOVES = MOVE_COUNT;
const ROOT_LABEL = ROOT;

/**
 * Version of the feature templates (parser-features.ts): a model trained with
 * other templates scores nonsense, so loading refuses it.
 */
export const PARSER_FEATURES_VERSION = 2;

export interface ParserHeader {
  model: "parser";
  /** PARSER_FEATURES_VERSION when trained (absent before version 2). */
  features?: number;
  /** Label inventory; "root" first. */
  labels: string[];
  /**
   * A globally trained model (parser-beam.ts): the beam width it parses with.
   * Its move rows are full (every move its own weight). Absent: a greedy,
   * locally trained model, with move rows relative to SHIFT.
   */
  beam?: number;
  /** Quantisation steps of the move and label weights (see parser-scorers.ts). */
  moveScale: number;
  labelScale: number;
  /** How it was trained (for the record). */
  training?: Record<string, unknown>;
}

export interface ParseResult {
  /** Head of each word, 1-based, 0 for the root. */
  heads: Int32Array;
  deprels: string[];
}

export class Parser {
  readonly labels: readonly string[];
  private readonly moveScorer: LinearScorer;
  private readonly labelScorer: LinearScorer;
  private readonly labelHash: Uint32Array;
  readonly lexicon: ParserLexicon;
  private readonly state = new ParseState();
  private readonly sent: SentenceHashes;
  private readonly features = new Uint32Array(PARSER_FEATURES_MAX);
  private readonly legal = new Uint8Array(MOVES);
  private readonly moveScores = new Float64Array(MOVES);
  private readonly labelScores: Float64Array;
  /**
   * 0: greedy search on the move classifier, then the label classifier
   * (a locally trained model). k ≥ 1: beam search of width k over labelled
   * transitions (a globally trained model; its move scorer must score every
   * move, not differences from SHIFT).
   */
  beamWidth: number;
  private beam: Beam | undefined;
  private readonly scorers: TransitionScorers;

  constructor(labels: readonly string[], moveScorer: LinearScorer, labelScorer: LinearScorer, lexicon: ParserLexicon = EMPTY_LEXICON, beamWidth = 0) {
    if (labels[ROOT_LABEL] !== "root") throw new Error('the label inventory must start with "root"');
    this.lexicon = lexicon;
    this.sent = new SentenceHashes(lexicon);
    this.labels = labels;
    this.moveScorer = moveScorer;
    this.labelScorer = labelScorer;
    this.labelHash = labelHashes(labels);
    this.labelScores = new Float64Array(labels.length);
    this.beamWidth = beamWidth;
    this.scorers = { moves: moveScorer, labels: labelScorer, labelCount: labels.length, labelHash: this.labelHash };
  }

  static fromBytes(bytes: Uint8Array, file: string): Parser {
    const model = decodeModelFile<ParserHeader>(bytes, file);
    if (model.header.model !== "parser") throw new ModelError(file, `is a ${String(model.header.model)} model, not a parser`);
    const version = model.header.features ?? 1;
    if (version !== PARSER_FEATURES_VERSION) throw new ModelError(file, `was trained with parser features version ${version}, this news-kg uses version ${PARSER_FEATURES_VERSION}; run \`npm run train\``);
    const labels = model.header.labels;
    if (!Array.isArray(labels) || labels[0] !== "root") throw new ModelError(file, "the parser's label list is missing or does not start with root");
    const { moveScale, labelScale } = model.header;
    if (!(moveScale > 0) || !(labelScale > 0)) throw new ModelError(file, "the parser header lacks its weight scales");
    const beam = model.header.beam ?? 0;
    if (!(Number.isInteger(beam) && beam >= 0)) throw new ModelError(file, `the parser header's beam width ${String(beam)} is not a whole number`);
    const signed = (a: Uint16Array) => new Int16Array(a.buffer, a.byteOffset, a.length);
    const moves: PackedRows = { classes: MOVES, keys: section(model, "moveKeys", Uint32Array, file), values: signed(section(model, "moveValues", Uint16Array, file)), scale: moveScale };
    if (beam > 0) moves.full = true;
    if (moves.values.length !== moves.keys.length * (beam > 0 ? MOVES : MOVES - 1)) throw new ModelError(file, "moveValues does not match moveKeys");
    const labelRows: QuantizedRows = {
      classes: labels.length,
      keys: section(model, "labelKeys", Uint32Array, file),
      offsets: section(model, "labelOffsets", Uint32Array, file),
      labels: section(model, "labelLabels", Uint8Array, file),
      values: signed(section(model, "labelValues", Uint16Array, file)),
      scale: labelScale,
    };
    if (labelRows.offsets.length !== labelRows.keys.length + 1 || labelRows.offsets[labelRows.keys.length] !== labelRows.values.length || labelRows.labels.length !== labelRows.values.length) {
      throw new ModelError(file, "the label model's sections do not match");
    }
    const known = section(model, "knownWords", Uint32Array, file);
    const lexicon: ParserLexicon = { known: new Set(known) };
    return new Parser(labels, new PackedScorer(moves), new SparseScorer(labelRows), lexicon, beam);
  }

  /** The model file: header (labels, weight scales, beam width), move and label rows, lexicon. */
  static encode(header: Omit<ParserHeader, "moveScale" | "labelScale" | "features">, moves: PackedRows, labels: QuantizedRows, lexicon: ParserLexicon = EMPTY_LEXICON): Uint8Array {
    if ((header.beam ?? 0) > 0 !== (moves.full === true)) throw new Error("a beam model needs full move rows, a greedy one relative rows");
    const unsigned = (a: Int16Array) => new Uint16Array(a.buffer, a.byteOffset, a.length);
    return encodeModelFile({ ...header, features: PARSER_FEATURES_VERSION, moveScale: moves.scale, labelScale: labels.scale }, {
      moveKeys: moves.keys,
      moveValues: unsigned(moves.values),
      labelKeys: labels.keys,
      labelOffsets: labels.offsets,
      labelLabels: labels.labels,
      labelValues: unsigned(labels.values),
      knownWords: Uint32Array.from([...lexicon.known].sort((a, b) => a - b)),
    });
  }

  /** Parses one sentence, given its words and their tags (one each). */
  parse(words: readonly string[], upos: readonly string[], xpos: readonly string[]): ParseResult {
    const n = words.length;
    const heads = new Int32Array(n);
    const labelIds = new Int32Array(n);
    this.parseIds(words, upos, xpos, heads, labelIds);
    const deprels: string[] = new Array(n);
    for (let i = 0; i < n; i++) deprels[i] = this.labels[labelIds[i]!]!;
    return { heads, deprels };
  }

  /** Like `parse`, writing heads and label ids (into `labels`) instead of making strings. */
  parseIds(words: readonly string[], upos: readonly string[], xpos: readonly string[], heads: Int32Array, labels: Int32Array): void {
    const n = words.length;
    if (this.beamWidth > 0) {
      this.parseBeam(words, upos, xpos, heads, labels);
      return;
    }
    const state = this.state;
    const sent = this.sent;
    const legal = this.legal;
    const f = this.features;
    sent.set(words, upos, xpos);
    state.reset(n);
    while (!state.isTerminal()) {
      const count = state.legal(legal);
      let move: number;
      if (count === 1) {
        move = legal.indexOf(1);
      } else {
        const k = parserFeatures(state, sent, this.labelHash, f);
        const scores = this.moveScores;
        scores.fill(0);
        this.moveScorer.score(f, k, scores);
        move = bestLegal(scores, legal);
      }
      let label = -1;
      if (move === LEFT || move === RIGHT) {
        const head = move === LEFT ? state.n0() : state.s0();
        const dep = move === LEFT ? state.s0() : state.n0();
        label = head === 0 ? ROOT_LABEL : this.predictLabel(head, dep);
      }
      state.apply(move, label);
    }
    for (let i = 0; i < n; i++) {
      heads[i] = state.heads[i + 1]!;
      labels[i] = state.labels[i + 1]!;
    }
  }

  private parseBeam(words: readonly string[], upos: readonly string[], xpos: readonly string[], heads: Int32Array, labels: Int32Array): void {
    const n = words.length;
    if (!this.beam || this.beam.width !== this.beamWidth) this.beam = new Beam(this.beamWidth);
    const beam = this.beam;
    this.sent.set(words, upos, xpos);
    beam.start(n);
    beam.run(this.sent, this.scorers);
    const best = beam.states[0]!;
    for (let i = 0; i < n; i++) {
      heads[i] = best.heads[i + 1]!;
      labels[i] = best.labels[i + 1]!;
    }
  }

  private predictLabel(head: number, dep: number): number {
    const k = labelFeatures(this.state, this.sent, this.labelHash, head, dep, this.features);
    const scores = this.labelScores;
    scores.fill(0);
    this.labelScorer.score(this.features, k, scores);
    return bestLabel(scores, this.labels.length);
  }
}

/** The highest-scoring legal move (the first in move order on ties). */
export function bestLegal(scores: Float64Array, legal: Uint8Array): number {
  let best = -1;
  let top = -Infinity;
  for (let m = 0; m < MOVES; m++) {
    if (legal[m] && scores[m]! > top) {
      top = scores[m]!;
      best = m;
    }
  }
  return best;
}

/** The highest-scoring label other than root (which only the root's arc takes). */
export function bestLabel(scores: Float64Array, labels: number): number {
  let best = 1;
  let top = scores[1]!;
  for (let c = 2; c < labels; c++) {
    if (scores[c]! > top) {
      top = scores[c]!;
      best = c;
    }
  }
  return best;
}
