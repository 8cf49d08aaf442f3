/**
 * Beam search and global training of the parser
 * ============================================
 *
 * The static oracle must rebuild every projective tree; the beam must always
 * end in a tree, add up its scores as a replay of its best sequence does,
 * and with width 1 be greedy search on the same scores; global training must
 * be deterministic and its model must survive the trip through bytes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { trainParser } from "../../scripts/train/train-parser.js";
import { Beam, transitionScore, type TransitionScorers } from "../../src/nlp/parser-beam.js";
import { labelHashes, PARSER_FEATURES_MAX, SentenceHashes } from "../../src/nlp/parser-features.js";
import { Parser } from "../../src/nlp/parser.js";
import { limitRows, packRows, PackedScorer, quantizeRows, SparseScorer } from "../../src/nlp/parser-scorers.js";
import { LinearModel, PerceptronTrainer } from "../../src/nlp/perceptron.js";
import { seededRandom } from "../../src/nlp/random.js";
import { LEFT, MOVES, ParseState, projectivize, RIGHT, ROOT_LABEL, staticOracle } from "../../src/nlp/transition-system.js";
import { toyTreebank } from "../helpers/toy-treebank.js";

const LABELS = ["root", "det", "nsubj", "obj", "punct", "advmod", "dep"];
const TAGS = ["DET", "NOUN", "VERB", "ADV", "PUNCT", "ADP"];

/**
 * Scorers with random weights on a small feature space (feature ids folded
 * into it, so that most features score); a row depends only on the seed and
 * its key, whatever order rows are first asked for.
 */
function randomScorers(seed: number): TransitionScorers {
  const table = (classes: number) => {
    const w = new Map<number, Float64Array>();
    return {
      classes,
      score(features: Uint32Array, count: number, out: Float64Array) {
        for (let i = 0; i < count; i++) {
          const key = features[i]! % 997;
          let row = w.get(key);
          if (!row) {
            const random = seededRandom(seed * 7919 + key * 31 + classes);
            row = Float64Array.from({ length: classes }, () => Math.round((random() - 0.5) * 64) / 8);
            w.set(key, row);
          }
          for (let c = 0; c < classes; c++) out[c]! += row[c]!;
        }
      },
    };
  };
  return { moves: table(MOVES), labels: table(LABELS.length), labelCount: LABELS.length, labelHash: labelHashes(LABELS) };
}

function sentence(n: number, seed: number): { words: string[]; tags: string[] } {
  const random = seededRandom(seed);
  const words = Array.from({ length: n }, () => `w${Math.floor(random() * 20)}`);
  const tags = Array.from({ length: n }, () => TAGS[Math.floor(random() * TAGS.length)]!);
  return { words, tags };
}

function checkTree(heads: ArrayLike<number>, n: number): string | undefined {
  let roots = 0;
  for (let d = 1; d <= n; d++) {
    const h = heads[d]!;
    if (h < 0 || h > n || h === d) return `word ${d} has head ${h}`;
    if (h === 0) roots++;
    let x = d;
    for (let steps = 0; x !== 0; steps++) {
      if (steps > n) return `cycle through ${d}`;
      x = heads[x]!;
    }
  }
  return roots === 1 ? undefined : `${roots} roots`;
}

/** Greedy search on the beam's scores: the best labelled transition at each state, ties to the first. */
function greedy(sent: SentenceHashes, sc: TransitionScorers, n: number): ParseState {
  const state = new ParseState();
  const legal = new Uint8Array(MOVES);
  const f = new Uint32Array(PARSER_FEATURES_MAX);
  const ms = new Float64Array(MOVES);
  const ls = new Float64Array(sc.labelCount);
  state.reset(n);
  while (!state.isTerminal()) {
    state.legal(legal);
    let best = -Infinity;
    let bm = -1;
    let bl = -1;
    for (let m = 0; m < MOVES; m++) {
      if (!legal[m]) continue;
      const arc = m === LEFT || (m === RIGHT && state.s0() !== 0);
      const choices = arc ? LABELS.map((_, l) => l).slice(1) : [m === RIGHT ? ROOT_LABEL : -1];
      for (const l of choices) {
        const s = transitionScore(state, sent, sc, m, l, f, ms, ls);
        if (s > best) {
          best = s;
          bm = m;
          bl = l;
        }
      }
    }
    state.apply(bm, bl);
  }
  return state;
}

describe("static oracle", () => {
  const arbitraryTree = fc.integer({ min: 1, max: 25 }).chain((n) =>
    fc.tuple(fc.shuffledSubarray([...Array(n).keys()].map((i) => i + 1), { minLength: n, maxLength: n }), fc.array(fc.nat(), { minLength: n, maxLength: n })).map(([order, picks]) => {
      const heads = new Int32Array(n + 1);
      heads[0] = -1;
      heads[order[0]!] = 0;
      for (let i = 1; i < n; i++) heads[order[i]!] = order[picks[i]! % i]!;
      return { n, heads, root: order[0]! };
    }),
  );

  it("gives one sequence that rebuilds any projectivised tree and its labels", () => {
    fc.assert(
      fc.property(arbitraryTree, ({ n, heads, root }) => {
        projectivize(heads, n);
        const labels = Int32Array.from({ length: n + 1 }, (_, d) => (d === root ? ROOT_LABEL : 1 + (d % 5)));
        const moves = new Int32Array(4 * n + 4);
        const seqLabels = new Int32Array(4 * n + 4);
        const state = new ParseState();
        const len = staticOracle(heads, root, labels, n, state, moves, seqLabels);
        expect(len).toBeGreaterThanOrEqual(n);
        state.reset(n);
        for (let t = 0; t < len; t++) state.apply(moves[t]!, seqLabels[t]!);
        expect(state.isTerminal()).toBe(true);
        expect([...state.heads.subarray(1, n + 1)]).toEqual([...heads.subarray(1)]);
        expect([...state.labels.subarray(1, n + 1)]).toEqual([...labels.subarray(1)]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("beam search", () => {
  it("ends in a tree whose score is that of replaying its sequence, at every width", () => {
    for (const width of [1, 2, 4, 8]) {
      for (let trial = 0; trial < 30; trial++) {
        const n = 1 + ((trial * 7) % 30);
        const { words, tags } = sentence(n, trial + 100 * width);
        const sc = randomScorers(trial);
        const sent = new SentenceHashes();
        sent.set(words, tags, tags);
        const beam = new Beam(width);
        beam.start(n);
        beam.run(sent, sc);
        expect(beam.size).toBeGreaterThan(0);
        expect(beam.size).toBeLessThanOrEqual(width);
        for (let i = 1; i < beam.size; i++) expect(beam.scores[i]!).toBeLessThanOrEqual(beam.scores[i - 1]!);
        const best = beam.states[0]!;
        expect(best.isTerminal()).toBe(true);
        expect(checkTree(best.heads, n)).toBeUndefined();
        for (let d = 1; d <= n; d++) expect(best.labels[d] === ROOT_LABEL).toBe(best.heads[d] === 0);
        // Replaying the best sequence gives its state and its score.
        const moves = new Int32Array(8 * n + 8);
        const labels = new Int32Array(8 * n + 8);
        const len = beam.sequence(beam.nodes[0]!, moves, labels);
        const state = new ParseState();
        state.reset(n);
        let score = 0;
        const f = new Uint32Array(PARSER_FEATURES_MAX);
        for (let t = 0; t < len; t++) {
          score += transitionScore(state, sent, sc, moves[t]!, labels[t]!, f, new Float64Array(MOVES), new Float64Array(LABELS.length));
          state.apply(moves[t]!, labels[t]!);
        }
        expect([...state.heads.subarray(0, n + 1)]).toEqual([...best.heads.subarray(0, n + 1)]);
        expect(score).toBeCloseTo(beam.scores[0]!, 9);
      }
    }
  });

  it("with width 1 is greedy search on the same scores", () => {
    for (let trial = 0; trial < 40; trial++) {
      const n = 1 + ((trial * 5) % 25);
      const { words, tags } = sentence(n, trial);
      const sc = randomScorers(trial + 1000);
      const sent = new SentenceHashes();
      sent.set(words, tags, tags);
      const beam = new Beam(1);
      beam.start(n);
      beam.run(sent, sc);
      const g = greedy(sent, randomScorers(trial + 1000), n);
      expect([...beam.states[0]!.heads.subarray(0, n + 1)]).toEqual([...g.heads.subarray(0, n + 1)]);
      expect([...beam.states[0]!.labels.subarray(0, n + 1)]).toEqual([...g.labels.subarray(0, n + 1)]);
    }
  });

  it("a wider beam finds a sequence scoring at least as well, on most sentences", () => {
    let better = 0;
    let worse = 0;
    for (let trial = 0; trial < 40; trial++) {
      const n = 5 + (trial % 20);
      const { words, tags } = sentence(n, trial + 7);
      const sent = new SentenceHashes();
      sent.set(words, tags, tags);
      const top = (width: number) => {
        const beam = new Beam(width);
        beam.start(n);
        beam.run(sent, randomScorers(trial + 77));
        return beam.scores[0]!;
      };
      const narrow = top(1);
      const wide = top(16);
      if (wide > narrow + 1e-9) better++;
      if (wide < narrow - 1e-9) worse++;
    }
    expect(better).toBeGreaterThan(worse);
  });
});

describe("full move rows", () => {
  it("score every class like LinearModel, up to quantisation", () => {
    const random = seededRandom(4);
    const trainer = new PerceptronTrainer(4, 64);
    const f = new Uint32Array(30);
    const feature = () => 1 + Math.floor(random() * 5000);
    for (let step = 0; step < 3000; step++) {
      for (let i = 0; i < f.length; i++) f[i] = feature();
      trainer.add(f, f.length, Math.floor(random() * 4), random() - 0.5);
      trainer.tick();
    }
    const data = trainer.finish(0.01);
    const exact = new LinearModel(data);
    const fast = new PackedScorer(limitRows(packRows(data, true), 1 << 20));
    expect(fast.full).toBe(true);
    const a = new Float64Array(4);
    const b = new Float64Array(4);
    for (let probe = 0; probe < 200; probe++) {
      for (let i = 0; i < f.length; i++) f[i] = feature();
      a.fill(0);
      b.fill(0);
      exact.score(f, f.length, a);
      fast.score(f, f.length, b);
      for (let c = 0; c < 4; c++) expect(Math.abs(b[c]! - a[c]!)).toBeLessThan(1e-3 * (1 + Math.abs(a[c]!)));
    }
  });

  it("cannot be written as a greedy model, nor relative rows as a beam one", () => {
    const data = new PerceptronTrainer(4, 8).finish();
    const labels = quantizeRows(new PerceptronTrainer(2, 8).finish());
    expect(() => Parser.encode({ model: "parser", labels: ["root", "dep"] }, packRows(data, true), labels)).toThrow(/full move rows/);
    expect(() => Parser.encode({ model: "parser", labels: ["root", "dep"], beam: 4 }, packRows(data), labels)).toThrow(/full move rows/);
    const parser = Parser.fromBytes(Parser.encode({ model: "parser", labels: ["root", "dep"], beam: 4 }, packRows(data, true), labels), "empty.bin");
    expect(parser.beamWidth).toBe(4);
    expect(checkTree([-1, ...parser.parse(["a", "b", "c"], ["X", "X", "X"], ["X", "X", "X"]).heads], 3)).toBeUndefined();
    void SparseScorer;
  });
});


describe("global training", () => {
  it("learns the toy pattern, deterministically, and its model round-trips through bytes", () => {
    const options = { beam: 4, epochs: 4, seed: 3, minLabelCount: 1, minWordCount: 1, minWeight: 0, labelMinWeight: 0 };
    const bytes = trainParser(toyTreebank(), options);
    expect(Buffer.from(trainParser(toyTreebank(), options)).equals(Buffer.from(bytes))).toBe(true);
    expect(Buffer.from(trainParser(toyTreebank(), { ...options, seed: 4 })).equals(Buffer.from(bytes))).toBe(false);
    const parser = Parser.fromBytes(bytes, "toy-beam.bin");
    expect(parser.beamWidth).toBe(4);
    const r = parser.parse(["The", "engineer", "repaired", "a", "bicycle", "."], ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], ["DT", "NN", "VBD", "DT", "NN", "."]);
    expect([...r.heads]).toEqual([2, 3, 0, 5, 3, 3]);
    expect(r.deprels).toEqual(["det", "nsubj", "root", "det", "obj", "punct"]);
    // Narrower and wider beams on the same model still give trees.
    for (const width of [1, 8]) {
      parser.beamWidth = width;
      const q = parser.parse(["Mechanic", "repaired", "the", "bicycle", "quickly", "."], ["NOUN", "VERB", "DET", "NOUN", "ADV", "PUNCT"], ["NN", "VBD", "DT", "NN", "RB", "."]);
      expect(checkTree([-1, ...q.heads], 6)).toBeUndefined();
    }
  });
});
