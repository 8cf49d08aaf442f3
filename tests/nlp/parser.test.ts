/**
 * Parser tests
 * ============
 *
 * The transition system must always build a tree and its oracle must rebuild
 * every projective gold tree; training must be deterministic; a model must
 * survive its trip through bytes. Treebank-backed tests read ../shared and
 * are skipped, saying so, when it is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { trainParser, evaluateParser, labelInventory } from "../../scripts/train/train-parser.js";
import { parseConllu, type ConlluSentence } from "../../src/nlp/conllu.js";
import { encodeModelFile } from "../../src/nlp/model-format.js";
import { Parser, PARSER_FEATURES_VERSION } from "../../src/nlp/parser.js";
import { labelFeatures, labelHashes, parserFeatures, PARSER_FEATURES_MAX, SentenceHashes } from "../../src/nlp/parser-features.js";
import { limitRows, packRows, PackedScorer, quantizeRows, SparseScorer } from "../../src/nlp/parser-scorers.js";
import { LinearModel, PerceptronTrainer } from "../../src/nlp/perceptron.js";
import { seededRandom } from "../../src/nlp/random.js";
import { ModelError } from "../../src/schema/index.js";
import { SHARED_MISSING, sharedPath, skipNote } from "../helpers/skip-note.js";
import { toyTreebank } from "../helpers/toy-treebank.js";
import { isProjective, LEFT, MOVES, ParseState, projectivize, RIGHT, ROOT_LABEL } from "../../src/nlp/transition-system.js";

const TREEBANK = sharedPath("treebank");
const DEV = path.join(TREEBANK, "en_ewt-ud-dev.conllu");
const TRAIN = path.join(TREEBANK, "en_ewt-ud-train.conllu");
const haveShared = existsSync(DEV) && existsSync(TRAIN);

/** Heads 1..n (0 = root) of a tree, and whether it is one: one head each, no cycle, one root. */
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

/** Follows the oracle (the first zero-cost move) and returns the heads it builds. */
function oracleParse(gold: Int32Array, n: number, root: number, state = new ParseState()): Int32Array {
  const legal = new Uint8Array(MOVES);
  const costs = new Int32Array(MOVES);
  state.reset(n);
  while (!state.isTerminal()) {
    state.legal(legal);
    state.costs(gold, root, legal, costs);
    let move = -1;
    for (let m = 0; m < MOVES; m++) if (legal[m] && costs[m] === 0) { move = m; break; }
    if (move < 0) throw new Error("no zero-cost move on the oracle's own path");
    state.apply(move, 1);
  }
  return state.heads.slice(0, n + 1);
}

/** A random tree over n words: a random order, each word hung under an earlier one. */
const arbitraryTree = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc.tuple(fc.shuffledSubarray([...Array(n).keys()].map((i) => i + 1), { minLength: n, maxLength: n }), fc.array(fc.nat(), { minLength: n, maxLength: n })).map(([order, picks]) => {
    const heads = new Int32Array(n + 1);
    heads[0] = -1;
    heads[order[0]!] = 0;
    for (let i = 1; i < n; i++) heads[order[i]!] = order[picks[i]! % i]!;
    return { n, heads, root: order[0]! };
  }),
);

describe("arc-eager transition system", () => {
  it("builds a tree with one root whatever legal moves are taken", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.array(fc.nat(), { minLength: 200, maxLength: 200 }), (n, choices) => {
        const state = new ParseState(4);
        const legal = new Uint8Array(MOVES);
        state.reset(n);
        let steps = 0;
        while (!state.isTerminal()) {
          const count = state.legal(legal);
          expect(count).toBeGreaterThan(0);
          let pick = choices[steps % choices.length]! % count;
          let move = 0;
          for (let m = 0; m < MOVES; m++) if (legal[m] && pick-- === 0) { move = m; break; }
          state.apply(move, move === LEFT || move === RIGHT ? 3 : -1);
          expect(++steps).toBeLessThan(4 * n + 10);
        }
        if (n > 0) expect(checkTree(state.heads, n)).toBeUndefined();
        for (let d = 1; d <= n; d++) expect(state.labels[d] === ROOT_LABEL).toBe(state.heads[d] === 0);
      }),
      { numRuns: 300 },
    );
  });

  it("lifting makes any tree projective and keeps it a tree; the oracle then rebuilds it", () => {
    fc.assert(
      fc.property(arbitraryTree, ({ n, heads, root }) => {
        const gold = heads.slice();
        projectivize(gold, n);
        expect(isProjective(gold, n)).toBe(true);
        expect(checkTree(gold, n)).toBeUndefined();
        expect([...oracleParse(gold, n, root).subarray(1)]).toEqual([...gold.subarray(1)]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("parser scorers", () => {
  it("limitRows keeps the rows with the largest weights, in their order", () => {
    const packed = { classes: 4, keys: Uint32Array.from([11, 22, 33, 44, 55]), values: Int16Array.from([1, -2, 0, 9, 0, 0, 0, 0, -3, -7, 1, 1, 2, 2, 2]), scale: 0.5 };
    const kept = limitRows(packed, 3);
    expect([...kept.keys]).toEqual([22, 33, 44]);
    expect([...kept.values]).toEqual([9, 0, 0, 0, 0, -3, -7, 1, 1]);
    expect(kept.scale).toBe(0.5);
    expect(limitRows(packed, 5)).toBe(packed);
  });

  it("score like LinearModel, up to quantisation (moves: relative to class 0)", () => {
    const random = seededRandom(3);
    const feature = () => 1 + Math.floor(random() * 5000);
    for (const classes of [4, 40]) {
      const trainer = new PerceptronTrainer(classes, 64);
      const f = new Uint32Array(30);
      for (let step = 0; step < 3000; step++) {
        for (let i = 0; i < f.length; i++) f[i] = feature();
        trainer.update(f, f.length, Math.floor(random() * classes), Math.floor(random() * classes), 0.5 + random());
        trainer.tick();
      }
      const data = trainer.finish(0.01);
      const exact = new LinearModel(data);
      const fast = classes === 4 ? new PackedScorer(packRows(data)) : new SparseScorer(quantizeRows(data));
      const a = new Float64Array(classes);
      const b = new Float64Array(classes);
      for (let probe = 0; probe < 200; probe++) {
        for (let i = 0; i < f.length; i++) f[i] = feature();
        a.fill(0);
        b.fill(0);
        exact.score(f, f.length, a);
        fast.score(f, f.length, b);
        for (let c = 0; c < classes; c++) {
          const want = classes === 4 ? a[c]! - a[0]! : a[c]!;
          expect(Math.abs(b[c]! - want)).toBeLessThan(1e-3 * (1 + Math.abs(want)));
        }
      }
    }
  });
});


describe("parser on a toy treebank", () => {
  it("learns the pattern and parses an invented sentence of new words", () => {
    const bytes = trainParser(toyTreebank(), { epochs: 6, seed: 3, minLabelCount: 1, minWordCount: 1, minWeight: 0, labelMinWeight: 0 });
    const parser = Parser.fromBytes(bytes, "toy.bin");
    const r = parser.parse(["The", "engineer", "repaired", "a", "bicycle", "."], ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], ["DT", "NN", "VBD", "DT", "NN", "."]);
    expect([...r.heads]).toEqual([2, 3, 0, 5, 3, 3]);
    expect(r.deprels).toEqual(["det", "nsubj", "root", "det", "obj", "punct"]);
    const q = parser.parse(["Mechanic", "repaired", "the", "bicycle", "quickly", "."], ["NOUN", "VERB", "DET", "NOUN", "ADV", "PUNCT"], ["NN", "VBD", "DT", "NN", "RB", "."]);
    expect([...q.heads]).toEqual([2, 0, 4, 2, 2, 2]);
    expect(q.deprels).toEqual(["nsubj", "root", "det", "obj", "advmod", "punct"]);
  });

  it("still trains the greedy parser (beam 0), which loads as one and parses the pattern", () => {
    const bytes = trainParser(toyTreebank(), { beam: 0, epochs: 6, seed: 3, minLabelCount: 1, minWordCount: 1, minWeight: 0, labelMinWeight: 0 });
    expect(Buffer.from(trainParser(toyTreebank(), { beam: 0, epochs: 6, seed: 3, minLabelCount: 1, minWordCount: 1, minWeight: 0, labelMinWeight: 0 })).equals(Buffer.from(bytes))).toBe(true);
    const parser = Parser.fromBytes(bytes, "toy-greedy.bin");
    expect(parser.beamWidth).toBe(0);
    const r = parser.parse(["The", "engineer", "repaired", "a", "bicycle", "."], ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], ["DT", "NN", "VBD", "DT", "NN", "."]);
    expect([...r.heads]).toEqual([2, 3, 0, 5, 3, 3]);
    expect(r.deprels).toEqual(["det", "nsubj", "root", "det", "obj", "punct"]);
  });

  it("trains to the same bytes twice from the same data and seed, and other bytes from another seed", () => {
    const a = trainParser(toyTreebank(), { epochs: 3, seed: 5 });
    const b = trainParser(toyTreebank(), { epochs: 3, seed: 5 });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(trainParser(toyTreebank(), { epochs: 3, seed: 6 })).equals(Buffer.from(a))).toBe(false);
  });

  it("refuses a model trained with other feature templates", () => {
    const bytes = encodeModelFile({ model: "parser", labels: ["root", "dep"], moveScale: 1, labelScale: 1, features: PARSER_FEATURES_VERSION - 1 }, {});
    expect(() => Parser.fromBytes(bytes, "old.bin")).toThrow(/features version/);
  });

  it("hashes words the same way whether or not it has seen them before", () => {
    const lexicon = { known: new Set<number>() };
    const fresh = () => new SentenceHashes(lexicon);
    const warm = fresh();
    const words = ["Prices", "rose", "3.5", "%", "in", "2024", "."];
    const tags = ["NOUN", "VERB", "NUM", "SYM", "ADP", "NUM", "PUNCT"];
    warm.set(["rose", "2024", "Prices"], ["VERB", "NUM", "NOUN"], ["VBD", "CD", "NNS"]);
    warm.set(words, tags, tags);
    const cold = fresh();
    cold.set(words, tags, tags);
    expect([...warm.word.subarray(0, words.length + 2)]).toEqual([...cold.word.subarray(0, words.length + 2)]);
    expect([...warm.wp.subarray(0, words.length + 2)]).toEqual([...cold.wp.subarray(0, words.length + 2)]);
    // Digits are one word to the parser: 2024 and 1999 hash alike, Prices and prices too.
    cold.set(["prices", "1999"], ["NOUN", "NUM"], ["NNS", "CD"]);
    expect(cold.word[1]).toBe(warm.word[1]);
    expect(cold.word[2]).toBe(warm.word[6]);
  });

  it("writes at most PARSER_FEATURES_MAX distinct non-zero features a state or an arc", () => {
    const state = new ParseState();
    const sent = new SentenceHashes();
    const words = ["the", "dog", "barked", "."];
    sent.set(words, ["DET", "NOUN", "VERB", "PUNCT"], ["DT", "NN", "VBD", "."]);
    state.reset(words.length);
    const hashes = labelHashes(["root", "det", "nsubj"]);
    const f = new Uint32Array(PARSER_FEATURES_MAX);
    const k = parserFeatures(state, sent, hashes, f);
    expect(k).toBeLessThanOrEqual(PARSER_FEATURES_MAX);
    expect(new Set(f.subarray(0, k)).size).toBe(k);
    expect([...f.subarray(0, k)].every((x) => x !== 0)).toBe(true);
    const m = labelFeatures(state, sent, hashes, 2, 1, f);
    expect(m).toBeLessThanOrEqual(PARSER_FEATURES_MAX);
    const left = [...f.subarray(0, m)];
    labelFeatures(state, sent, hashes, 1, 2, f);
    // The same pair of words the other way round is another arc: no feature in common.
    expect(left.some((x) => f.subarray(0, m).includes(x))).toBe(false);
  });
});

describe.skipIf(!haveShared)(`parser on UD English${skipNote(haveShared, SHARED_MISSING)}`, () => {
  const dev = haveShared ? parseConllu(readFileSync(DEV, "utf8"), DEV) : [];
  const slice: ConlluSentence[] = haveShared ? parseConllu(readFileSync(TRAIN, "utf8"), TRAIN).slice(0, 200) : [];

  it("the oracle rebuilds every projective gold tree of EWT dev exactly", () => {
    const state = new ParseState();
    let projective = 0;
    for (const s of dev) {
      const n = s.words.length;
      const gold = new Int32Array(n + 1);
      gold[0] = -1;
      for (const w of s.words) gold[w.id] = w.head;
      const root = s.words.find((w) => w.head === 0)!.id;
      if (!isProjective(gold, n) || s.words.filter((w) => w.head === 0).length !== 1) continue;
      projective++;
      expect([...oracleParse(gold, n, root, state).subarray(1)]).toEqual([...gold.subarray(1)]);
    }
    expect(projective).toBeGreaterThan(1900);
  });

  it("trains deterministically, round-trips through bytes and parses a new sentence into a tree", () => {
    const a = trainParser(slice, { epochs: 2, seed: 7 });
    const b = trainParser(slice, { epochs: 2, seed: 7 });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);

    const parser = Parser.fromBytes(a, "slice.bin");
    expect(parser.labels).toEqual(labelInventory(slice, 20).labels);
    // A copy at an odd offset (sections must be realigned) parses the same.
    const shifted = new Uint8Array(a.length + 1);
    shifted.set(a, 1);
    const again = Parser.fromBytes(shifted.subarray(1), "copy.bin");
    const words = ["The", "committee", "was", "told", "by", "the", "minister", "that", "prices", "will", "rise", "."];
    const upos = ["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT"];
    const xpos = ["DT", "NN", "VBD", "VBN", "IN", "DT", "NN", "IN", "NNS", "MD", "VB", "."];
    const r = parser.parse(words, upos, xpos);
    expect(r.heads.length).toBe(words.length);
    expect(r.deprels.length).toBe(words.length);
    expect(checkTree([-1, ...r.heads], words.length)).toBeUndefined();
    for (const d of r.deprels) expect(parser.labels).toContain(d);
    expect(again.parse(words, upos, xpos)).toEqual(r);
    expect(parser.parse([], [], [])).toEqual({ heads: new Int32Array(0), deprels: [] });

    // Even 200 sentences teach something: well above chance on dev.
    const score = evaluateParser(parser, dev.slice(0, 300));
    expect(score.words).toBeGreaterThan(3000);
    expect(score.uas).toBeGreaterThan(0.5);
    expect(score.las).toBeLessThanOrEqual(score.uas);

    const damaged = a.slice();
    damaged[Math.floor(damaged.length / 2)]! ^= 0xff;
    expect(() => Parser.fromBytes(damaged, "damaged.bin")).toThrow(ModelError);
  });
});
