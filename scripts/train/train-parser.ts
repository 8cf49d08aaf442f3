/**
 * Training the dependency parser
 * ==============================
 *
 * `trainParser` learns models/parser.bin from CoNLL-U sentences, using each
 * word's UPOS and XPOS as given (the caller passes jackknifed predicted tags,
 * as the product sees them). Run directly, it trains on UD English-EWT and
 * GUM (CC BY parts) from ../shared/treebank, reports dev UAS/LAS after every
 * epoch and writes models/parser.bin.
 *
 * Training follows Goldberg & Nivre (2012): at each state the move model is
 * updated towards the best-scoring zero-cost move when its own best legal
 * move has a cost, and from epoch `exploreFrom` on the parser then follows
 * its own prediction (right or wrong) with probability `explore`, so it
 * learns to recover from its own mistakes. Non-projective trees (which
 * arc-eager cannot build) are made projective by lifting (see
 * transition-system.ts); the label classifier learns on every arc whose head
 * is right. Everything is seeded: two runs give byte-identical files.
 *
 * Pass the treebank twice, once with jackknifed tags and once with the gold
 * ones: that scores higher than the jackknifed copy alone (EWT dev +0.3 UAS,
 * GUM dev +0.7, parsing with the tagger's tags): the parser learns what the
 * words say as well as how far to trust a tag. The lexicon and the label
 * inventory count each sentence once.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseConllu, universalRelation, type ConlluSentence } from "../../src/nlp/conllu.js";
import { hashString } from "../../src/nlp/hash.js";
import { labelFeatures, labelHashes, normalizeWord, parserFeatures, PARSER_FEATURES_MAX, SentenceHashes, type ParserLexicon } from "../../src/nlp/parser-features.js";
import { bestLabel, bestLegal, Parser, type ParserHeader } from "../../src/nlp/parser.js";
import { PerceptronTrainer } from "../../src/nlp/perceptron.js";
import { limitRows, packRows, PackedScorer, quantizeRows, SparseScorer } from "../../src/nlp/parser-scorers.js";
import { seededRandom, shuffleInPlace } from "../../src/nlp/random.js";
import { Beam, transitionScore, type TransitionScorers } from "../../src/nlp/parser-beam.js";
import { isProjective, LEFT, MOVES, ParseState, projectivize, RIGHT, ROOT_LABEL, staticOracle } from "../../src/nlp/transition-system.js";

export interface TrainParserOptions {
  epochs?: number;
  seed?: number;
  log?: (line: string) => void;
  /** Epoch (1-based) from which the parser follows its own predictions. */
  exploreFrom?: number;
  /** Probability of following the predicted move once exploring. */
  explore?: number;
  /** Averaged move weights below this magnitude are dropped from the model file. */
  minWeight?: number;
  /** The same for label weights (which are smaller: label mistakes are rarer). */
  labelMinWeight?: number;
  /**
   * At most this many move rows are kept, those with the largest weights
   * (parser-scorers.ts `limitRows`). The default, 0.7 · 2^20, fills the
   * parser's table of 2^20 slots (8 MB) as far as its load limit allows.
   */
  maxMoveRows?: number;
  /** Labels seen fewer times are folded into their universal part. */
  minLabelCount?: number;
  /** Words seen fewer times share features by shape. */
  minWordCount?: number;
  /**
   * 0: greedy, locally trained (the dynamic oracle, above). k ≥ 1: globally
   * trained for beam search of width k (`trainGlobal`).
   */
  beam?: number;
  /**
   * With a beam: "global", the label model learns from the same
   * max-violation updates as the move model; "local", it learns as a
   * classifier on every arc of the gold sequence (as the greedy parser's
   * does), and the move model learns globally with the label scores as they are.
   */
  labelTraining?: "global" | "local";
  /** Scored after every epoch, for the log only (never used to choose anything inside). */
  dev?: { name: string; sentences: ConlluSentence[] }[];
  /** Other budgets of move rows to score the dev sets with after the last epoch (for the log; beam models). */
  devMoveRows?: number[];
}

/**
 * Size: of the 1.75 million move rows greedy training makes (with the
 * gold-tagged copy), the 734 000 with the largest weights stay (EWT dev −0.1
 * UAS; a weight threshold of 1 keeps 890 000 rows and loses 0.2);
 * labelMinWeight 1 drops most label weights an update touched once or twice.
 *
 * Search: greedy (`beam: 0`, for `greedyEpochs`). `beam: 8` (`--beam 8`)
 * trains globally for a beam of 8, for `epochs`: EWT dev UAS/LAS 86.43/82.72
 * against the greedy 85.48/82.04, but it parses about 10× slower, trains in
 * 12 minutes instead of 2 and writes 14.5 MB (README, "Parser search").
 * Training the label model locally instead of globally scored 1.3 UAS lower
 * after three epochs.
 */
export const PARSER_DEFAULTS = { beam: 0, labelTraining: "global" as "global" | "local", epochs: 8, greedyEpochs: 12, seed: 1, exploreFrom: 2, explore: 0.9, minWeight: 0.05, labelMinWeight: 1, maxMoveRows: 734_000, minLabelCount: 20, minWordCount: 2 };

interface Example {
  words: string[];
  upos: string[];
  xpos: string[];
  /** Gold head of word k (1..n), projectivized; index 0 unused. */
  heads: Int32Array;
  labels: Int32Array;
  root: number;
}

/** The label inventory: "root" first, the others sorted; rare subtypes folded (counted over distinct sentences). */
export function labelInventory(sentences: readonly ConlluSentence[], minCount: number): { labels: string[]; fold: (deprel: string) => string } {
  const counts = new Map<string, number>();
  for (const s of distinct(sentences)) for (const w of s.words) counts.set(w.deprel, (counts.get(w.deprel) ?? 0) + 1);
  const fold = (deprel: string): string => ((counts.get(deprel) ?? 0) >= minCount ? deprel : universalRelation(deprel));
  const set = new Set<string>(["dep"]);
  for (const d of counts.keys()) if (d !== "root") set.add(fold(d));
  set.delete("root");
  return { labels: ["root", ...[...set].sort()], fold };
}

/**
 * Words seen at least `minCount` times keep their own features; the others
 * share one per shape (parser-features.ts), which makes the model smaller
 * and lets rare words pool what they teach. Counted over distinct sentences,
 * so that a caller may pass the treebank twice (with predicted and with gold
 * tags) without making every word look frequent.
 */
export function parserLexicon(sentences: readonly ConlluSentence[], minCount: number): ParserLexicon {
  const counts = new Map<string, number>();
  for (const s of distinct(sentences)) {
    for (const w of s.words) {
      const form = normalizeWord(w.form);
      counts.set(form, (counts.get(form) ?? 0) + 1);
    }
  }
  const known = new Set<number>();
  if (minCount > 1) for (const form of [...counts.keys()].sort()) if (counts.get(form)! >= minCount) known.add(hashString(form));
  return { known };
}

/** The sentences, each text once (the first copy), in their order. */
function distinct(sentences: readonly ConlluSentence[]): ConlluSentence[] {
  const seen = new Set<string>();
  return sentences.filter((s) => {
    const text = s.words.map((w) => w.form).join(" ");
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

function usable(s: ConlluSentence): boolean {
  return s.words.length > 0 && s.words.every((w) => w.head >= 0);
}

export function trainParser(sentences: ConlluSentence[], options: TrainParserOptions = {}): Uint8Array {
  const o = {
    beam: options.beam ?? PARSER_DEFAULTS.beam,
    labelTraining: options.labelTraining ?? PARSER_DEFAULTS.labelTraining,
    epochs: options.epochs ?? ((options.beam ?? PARSER_DEFAULTS.beam) > 0 ? PARSER_DEFAULTS.epochs : PARSER_DEFAULTS.greedyEpochs),
    seed: options.seed ?? PARSER_DEFAULTS.seed,
    exploreFrom: options.exploreFrom ?? PARSER_DEFAULTS.exploreFrom,
    explore: options.explore ?? PARSER_DEFAULTS.explore,
    minWeight: options.minWeight ?? PARSER_DEFAULTS.minWeight,
    labelMinWeight: options.labelMinWeight ?? PARSER_DEFAULTS.labelMinWeight,
    maxMoveRows: options.maxMoveRows ?? PARSER_DEFAULTS.maxMoveRows,
    minLabelCount: options.minLabelCount ?? PARSER_DEFAULTS.minLabelCount,
    minWordCount: options.minWordCount ?? PARSER_DEFAULTS.minWordCount,
  };
  const log = options.log ?? (() => {});
  const data = sentences.filter(usable);
  const { labels, fold } = labelInventory(data, o.minLabelCount);
  const labelId = new Map(labels.map((l, i) => [l, i] as const));
  const lexicon = parserLexicon(data, o.minWordCount);

  let nonProjective = 0;
  let lifted = 0;
  const examples: Example[] = data.map((s) => {
    const n = s.words.length;
    const heads = new Int32Array(n + 1);
    const ids = new Int32Array(n + 1);
    let root = -1;
    for (const w of s.words) {
      heads[w.id] = w.head;
      ids[w.id] = labelId.get(fold(w.deprel)) ?? labelId.get(universalRelation(w.deprel)) ?? labelId.get("dep")!;
      if (w.head === 0) {
        // The parser gives the root one dependent: extra roots hang from the first one.
        if (root < 0) root = w.id;
        else heads[w.id] = root;
      }
    }
    heads[0] = -1;
    if (root < 0) throw new Error(`sentence at line ${s.line} has no root`);
    ids[root] = ROOT_LABEL;
    if (!isProjective(heads, n)) {
      nonProjective++;
      lifted += projectivize(heads, n);
    }
    return { words: s.words.map((w) => w.form), upos: s.words.map((w) => w.upos), xpos: s.words.map((w) => w.xpos), heads, labels: ids, root };
  });
  log(`parser: ${examples.length} sentences, ${labels.length} labels; ${nonProjective} non-projective (${((100 * nonProjective) / Math.max(1, examples.length)).toFixed(2)} %), ${lifted} arcs lifted`);

  if (o.beam > 0) return trainGlobal(examples, labels, lexicon, { nonProjective, lifted }, o, options, log);

  const moves = new PerceptronTrainer(MOVES, 1 << 20, true);
  const labeller = new PerceptronTrainer(labels.length, 1 << 18, true);
  const labelHash = labelHashes(labels);
  const random = seededRandom(o.seed);
  const state = new ParseState();
  const sent = new SentenceHashes(lexicon);
  const f = new Uint32Array(PARSER_FEATURES_MAX);
  const legal = new Uint8Array(MOVES);
  const costs = new Int32Array(MOVES);
  const moveScores = new Float64Array(MOVES);
  const labelScores = new Float64Array(labels.length);
  const order = examples.slice();

  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    const exploring = epoch >= o.exploreFrom;
    shuffleInPlace(order, random);
    let decisions = 0;
    let wrongMoves = 0;
    let arcs = 0;
    let wrongLabels = 0;
    for (const ex of order) {
      sent.set(ex.words, ex.upos, ex.xpos);
      state.reset(ex.words.length);
      while (!state.isTerminal()) {
        const count = state.legal(legal);
        let move = legal.indexOf(1);
        if (count > 1) {
          const k = parserFeatures(state, sent, labelHash, f);
          moveScores.fill(0);
          moves.score(f, k, moveScores);
          const guess = bestLegal(moveScores, legal);
          state.costs(ex.heads, ex.root, legal, costs);
          let minCost = Infinity;
          for (let m = 0; m < MOVES; m++) if (legal[m] && costs[m]! < minCost) minCost = costs[m]!;
          // The best-scoring move among the cheapest: the oracle's choice.
          let gold = -1;
          for (let m = 0; m < MOVES; m++) if (legal[m] && costs[m] === minCost && (gold < 0 || moveScores[m]! > moveScores[gold]!)) gold = m;
          decisions++;
          if (costs[guess]! > minCost) {
            wrongMoves++;
            moves.update(f, k, gold, guess);
          }
          moves.tick();
          move = exploring && random() < o.explore ? guess : gold;
        }
        let label = -1;
        if (move === LEFT || move === RIGHT) {
          const head = move === LEFT ? state.n0() : state.s0();
          const dep = move === LEFT ? state.s0() : state.n0();
          if (head === 0) {
            label = ROOT_LABEL;
          } else {
            const k = labelFeatures(state, sent, labelHash, head, dep, f);
            labelScores.fill(0);
            labeller.score(f, k, labelScores);
            label = bestLabel(labelScores, labels.length);
            if (ex.heads[dep] === head) {
              const goldLabel = ex.labels[dep]!;
              arcs++;
              if (label !== goldLabel) {
                wrongLabels++;
                labeller.update(f, k, goldLabel, label);
              }
              labeller.tick();
            }
          }
        }
        state.apply(move, label);
      }
    }
    let line = `epoch ${epoch}: ${((100 * wrongMoves) / Math.max(1, decisions)).toFixed(2)} % moves and ${((100 * wrongLabels) / Math.max(1, arcs)).toFixed(2)} % labels wrong; ${moves.featureCount} + ${labeller.featureCount} feature rows`;
    if (options.dev && options.dev.length > 0) {
      const parser = new Parser(labels, new PackedScorer(limitRows(packRows(moves.finish(o.minWeight)), o.maxMoveRows)), new SparseScorer(quantizeRows(labeller.finish(o.labelMinWeight))), lexicon);
      for (const d of options.dev) {
        const r = evaluateParser(parser, d.sentences);
        line += `; ${d.name} UAS ${(100 * r.uas).toFixed(2)} LAS ${(100 * r.las).toFixed(2)}`;
      }
    }
    log(line);
  }

  const header: Omit<ParserHeader, "moveScale" | "labelScale" | "features"> = {
    model: "parser",
    labels,
    training: {
      sentences: examples.length,
      nonProjective,
      lifted,
      epochs: o.epochs,
      seed: o.seed,
      exploreFrom: o.exploreFrom,
      explore: o.explore,
      minWeight: o.minWeight,
      labelMinWeight: o.labelMinWeight,
      maxMoveRows: o.maxMoveRows,
      minLabelCount: o.minLabelCount,
      minWordCount: o.minWordCount,
      knownWords: lexicon.known.size,
    },
  };
  return Parser.encode(header, limitRows(packRows(moves.finish(o.minWeight)), o.maxMoveRows), quantizeRows(labeller.finish(o.labelMinWeight)), lexicon);
}

/**
 * Global training for beam search (Zhang & Clark 2008, Zhang & Nivre 2011)
 * with the max-violation update of Huang, Fayong & Guo (2012): each sentence
 * is parsed with the beam under the current weights, beside the gold
 * sequence (the static oracle's); at the step where the best state outscores
 * the gold prefix by the most, the move and label features of the gold
 * prefix are rewarded and those of the best state's sequence penalised
 * (from where the two part: the shared prefix cancels). Both models learn
 * from the same update, since a sequence's score is the sum of both; weights
 * are averaged over sentences. Unlike early update, the search runs to the
 * end of every sentence, which makes the updates larger and the training
 * converge in fewer epochs.
 */
function trainGlobal(
  examples: Example[],
  labels: string[],
  lexicon: ParserLexicon,
  stats: { nonProjective: number; lifted: number },
  o: Required<Omit<TrainParserOptions, "log" | "dev" | "devMoveRows">>,
  options: TrainParserOptions,
  log: (line: string) => void,
): Uint8Array {
  const moves = new PerceptronTrainer(MOVES, 1 << 20, true);
  const labeller = new PerceptronTrainer(labels.length, 1 << 18, true);
  const labelHash = labelHashes(labels);
  const scorers: TransitionScorers = { moves, labels: labeller, labelCount: labels.length, labelHash };
  const random = seededRandom(o.seed);
  const sent = new SentenceHashes(lexicon);
  const beam = new Beam(o.beam);
  const state = new ParseState();
  const other = new ParseState();
  const f = new Uint32Array(PARSER_FEATURES_MAX);
  const moveScores = new Float64Array(MOVES);
  const labelScores = new Float64Array(labels.length);

  // The gold sequences, once.
  const gold: { moves: Int32Array; labels: Int32Array }[] = [];
  const usableExamples: Example[] = [];
  let skipped = 0;
  for (const ex of examples) {
    const n = ex.words.length;
    const gm = new Int32Array(4 * n + 4);
    const gl = new Int32Array(4 * n + 4);
    const len = staticOracle(ex.heads, ex.root, ex.labels, n, state, gm, gl);
    if (len < 0) {
      skipped++;
      continue;
    }
    usableExamples.push(ex);
    gold.push({ moves: gm.slice(0, len), labels: gl.slice(0, len) });
  }
  if (skipped > 0) log(`parser: ${skipped} sentences without a gold sequence skipped`);
  const order = usableExamples.map((_, i) => i);
  let predMoves = new Int32Array(256);
  let predLabels = new Int32Array(256);

  const globalLabels = o.labelTraining === "global";
  // Adds `amount` to the features of the moves from..to of a sequence, replayed from `st` (at move from).
  const reward = (st: ParseState, seqMoves: Int32Array, seqLabels: Int32Array, from: number, to: number, amount: number) => {
    for (let t = from; t < to; t++) {
      const move = seqMoves[t]!;
      const label = seqLabels[t]!;
      const k = parserFeatures(st, sent, labelHash, f);
      moves.add(f, k, move, amount);
      if (globalLabels && (move === LEFT || (move === RIGHT && st.s0() !== 0))) {
        const head = move === LEFT ? st.n0() : st.s0();
        const dep = move === LEFT ? st.s0() : st.n0();
        const kl = labelFeatures(st, sent, labelHash, head, dep, f);
        labeller.add(f, kl, label, amount);
      }
      st.apply(move, label);
    }
  };
  // The label model as a classifier on the arcs of the gold sequence.
  const labelLocally = (n: number, seqMoves: Int32Array, seqLabels: Int32Array) => {
    state.reset(n);
    for (let t = 0; t < seqMoves.length; t++) {
      const move = seqMoves[t]!;
      const label = seqLabels[t]!;
      if (move === LEFT || (move === RIGHT && state.s0() !== 0)) {
        const head = move === LEFT ? state.n0() : state.s0();
        const dep = move === LEFT ? state.s0() : state.n0();
        const kl = labelFeatures(state, sent, labelHash, head, dep, f);
        labelScores.fill(0);
        labeller.score(f, kl, labelScores);
        const guess = bestLabel(labelScores, labels.length);
        if (guess !== label) labeller.update(f, kl, label, guess);
      }
      state.apply(move, label);
    }
  };

  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    shuffleInPlace(order, random);
    let updates = 0;
    let goldKept = 0;
    for (const i of order) {
      const ex = usableExamples[i]!;
      const g = gold[i]!;
      const n = ex.words.length;
      sent.set(ex.words, ex.upos, ex.xpos);
      beam.start(n, g.moves, g.labels);
      state.reset(n);
      let goldScore = 0;
      let goldAt = 0;
      let worst = -Infinity;
      let worstNode = -1;
      let worstGold = 0;
      while (beam.step(sent, scorers)) {
        if (goldAt < g.moves.length) {
          // While the gold prefix is in the beam, the beam has its score; once out, it is scored here.
          let inBeam = -1;
          for (let j = 0; j < beam.size; j++) if (beam.nodeGold[beam.nodes[j]!]) inBeam = j;
          if (inBeam >= 0) goldScore = beam.scores[inBeam]!;
          else goldScore += transitionScore(state, sent, scorers, g.moves[goldAt]!, g.labels[goldAt]!, f, moveScores, labelScores);
          state.apply(g.moves[goldAt]!, g.labels[goldAt]!);
          goldAt++;
        }
        const best = beam.nodes[0]!;
        if (!beam.nodeGold[best]) {
          const v = beam.scores[0]! - goldScore;
          if (v >= 0 && v > worst) {
            worst = v;
            worstNode = best;
            worstGold = goldAt;
          }
        }
      }
      if (worstNode < 0) {
        goldKept++;
      } else {
        updates++;
        const depth = beam.nodeDepth[worstNode]!;
        if (depth > predMoves.length) {
          predMoves = new Int32Array(2 * depth);
          predLabels = new Int32Array(2 * depth);
        }
        const len = beam.sequence(worstNode, predMoves, predLabels);
        let d = 0;
        while (d < len && d < worstGold && predMoves[d] === g.moves[d] && predLabels[d] === g.labels[d]) d++;
        state.reset(n);
        for (let t = 0; t < d; t++) state.apply(g.moves[t]!, g.labels[t]!);
        other.copyFrom(state);
        reward(state, g.moves, g.labels, d, worstGold, 1);
        reward(other, predMoves, predLabels, d, len, -1);
      }
      if (!globalLabels) labelLocally(n, g.moves, g.labels);
      moves.tick();
      labeller.tick();
    }
    let line = `epoch ${epoch}: ${((100 * updates) / Math.max(1, order.length)).toFixed(2)} % of sentences updated; ${moves.featureCount} + ${labeller.featureCount} feature rows`;
    if (options.dev && options.dev.length > 0) {
      const parser = new Parser(labels, new PackedScorer(limitRows(packRows(moves.finish(o.minWeight), true), o.maxMoveRows)), new SparseScorer(quantizeRows(labeller.finish(o.labelMinWeight))), lexicon, o.beam);
      for (const d of options.dev) {
        const r = evaluateParser(parser, d.sentences);
        line += `; ${d.name} UAS ${(100 * r.uas).toFixed(2)} LAS ${(100 * r.las).toFixed(2)}`;
      }
    }
    log(line);
  }
  if (options.dev && options.dev.length > 0) {
    for (const rows of options.devMoveRows ?? []) {
      const parser = new Parser(labels, new PackedScorer(limitRows(packRows(moves.finish(o.minWeight), true), rows)), new SparseScorer(quantizeRows(labeller.finish(o.labelMinWeight))), lexicon, o.beam);
      let line = `${rows} move rows`;
      for (const d of options.dev) {
        const r = evaluateParser(parser, d.sentences);
        line += `; ${d.name} UAS ${(100 * r.uas).toFixed(2)} LAS ${(100 * r.las).toFixed(2)}`;
      }
      log(line);
    }
  }
  const header: Omit<ParserHeader, "moveScale" | "labelScale" | "features"> = {
    model: "parser",
    labels,
    beam: o.beam,
    training: {
      sentences: examples.length,
      nonProjective: stats.nonProjective,
      lifted: stats.lifted,
      global: "max-violation",
      beam: o.beam,
      labelTraining: o.labelTraining,
      epochs: o.epochs,
      seed: o.seed,
      minWeight: o.minWeight,
      labelMinWeight: o.labelMinWeight,
      maxMoveRows: o.maxMoveRows,
      minLabelCount: o.minLabelCount,
      minWordCount: o.minWordCount,
      knownWords: lexicon.known.size,
    },
  };
  return Parser.encode(header, limitRows(packRows(moves.finish(o.minWeight), true), o.maxMoveRows), quantizeRows(labeller.finish(o.labelMinWeight)), lexicon);
}

export interface ParserScore {
  /** Share of words with the right head. */
  uas: number;
  /** Share of words with the right head and the right universal relation. */
  las: number;
  words: number;
}

/**
 * UAS and LAS over all words, punctuation included, LAS on the universal part
 * of the relation (as the CoNLL 2018 shared task scores). Uses the UPOS and
 * XPOS in `sentences` as the parser's input tags.
 */
export function evaluateParser(parser: Parser, sentences: readonly ConlluSentence[]): ParserScore {
  let words = 0;
  let headRight = 0;
  let bothRight = 0;
  for (const s of sentences) {
    if (!usable(s)) continue;
    const r = parser.parse(
      s.words.map((w) => w.form),
      s.words.map((w) => w.upos),
      s.words.map((w) => w.xpos),
    );
    for (let i = 0; i < s.words.length; i++) {
      const w = s.words[i]!;
      words++;
      if (r.heads[i] === w.head) {
        headRight++;
        if (universalRelation(r.deprels[i]!) === universalRelation(w.deprel)) bothRight++;
      }
    }
  }
  return { uas: headRight / Math.max(1, words), las: bothRight / Math.max(1, words), words };
}

const TREEBANK = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../shared/treebank");

function read(name: string): ConlluSentence[] {
  const file = path.join(TREEBANK, name);
  return parseConllu(readFileSync(file, "utf8"), file);
}

/**
 * Jackknifed tags, as `npm run train` makes them (scripts/train/jackknife.ts):
 * each fold tagged by a tagger trained on the other folds, so that the parser
 * learns from tags as wrong as the ones it will be given. Returns tagged copies.
 */
export async function jackknifeTags(sentences: readonly ConlluSentence[], folds: number, log: (line: string) => void): Promise<ConlluSentence[]> {
  // Loaded here, not at the top: trainParser and its tests do not need the tagger.
  const { tagFold, withPredictedTags } = await import("./jackknife.js");
  const foldTags: string[][][] = [];
  for (let f = 0; f < folds; f++) {
    foldTags.push(tagFold(sentences, f, {}, folds));
    log(`jackknife: fold ${f + 1}/${folds} tagged`);
  }
  return withPredictedTags(sentences, foldTags, folds);
}

/** Copies with the tags of models/tagger.bin, or undefined when it cannot be read. */
async function withTaggerTags(sentences: readonly ConlluSentence[], modelFile: string): Promise<ConlluSentence[] | undefined> {
  const { Tagger } = await import("../../src/nlp/tagger.js");
  let tagger: InstanceType<typeof Tagger>;
  try {
    tagger = Tagger.fromBytes(new Uint8Array(readFileSync(modelFile)), modelFile);
  } catch (e) {
    console.log(`(no predicted-tag figures: ${(e as Error).message})`);
    return undefined;
  }
  return sentences.map((s) => {
    const t = tagger.tag(s.words.map((w) => w.form));
    return { ...s, words: s.words.map((w, j) => ({ ...w, upos: t.upos[j]!, xpos: t.xpos[j]! })) };
  });
}

/**
 * Options: --epochs N, --seed N, --explore P, --explore-from N, --min-weight W,
 * --label-min-weight W, --max-move-rows N, --out FILE; --train FILE (a tagged copy of the
 * training treebanks instead of the gold ones); --tags jackknife [--folds K]
 * (tag the training set by jackknifing the tagger), --fold-tags DIR (the
 * jackknifed tags `npm run train -- --fold-tags DIR` kept: the same input as
 * `npm run train`, so the same bytes) and --with-gold (train on the
 * gold-tagged copy as well); --beam K, --label-training global|local,
 * --dev-move-rows N,M (row budgets also scored after the last epoch);
 * --no-dev, --no-gold-dev (score only with the tagger's tags).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i < 0 ? undefined : args[i + 1];
  };
  const opt = (name: string): number | undefined => {
    const v = value(name);
    return v === undefined ? undefined : Number(v);
  };
  const here = path.dirname(fileURLToPath(import.meta.url));
  const out = value("--out") ?? path.resolve(here, "../../models/parser.bin");
  const started = performance.now();
  const log = (line: string) => console.log(`${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  ${line}`);
  const readFile = (file: string) => parseConllu(readFileSync(file, "utf8"), file);
  const gold = [...read("en_ewt-ud-train.conllu"), ...read("gum-ccby-train.conllu")];
  const trainFile = value("--train");
  const foldDir = value("--fold-tags");
  // Loaded only here: trainParser and its tests do not need the tagger.
  const { JACKKNIFE_FOLDS, withPredictedTags } = await import("./jackknife.js");
  let train = trainFile
    ? readFile(trainFile)
    : foldDir
      ? withPredictedTags(gold, Array.from({ length: JACKKNIFE_FOLDS }, (_, f) => JSON.parse(readFileSync(path.join(foldDir, `fold-${f}.json`), "utf8")) as string[][]))
      : value("--tags") === "jackknife"
        ? await jackknifeTags(gold, opt("--folds") ?? 5, log)
        : gold;
  if (args.includes("--with-gold") && train !== gold) train = [...train, ...gold];
  const ewt = read("en_ewt-ud-dev.conllu");
  const gum = read("gum-ccby-dev.conllu");
  const tagger = path.resolve(here, "../../models/tagger.bin");
  const ewtTagged = await withTaggerTags(ewt, tagger);
  const gumTagged = ewtTagged && (await withTaggerTags(gum, tagger));
  const dev = [
    ...(ewtTagged && gumTagged
      ? [
          { name: "EWT dev (tagger's tags)", sentences: ewtTagged },
          { name: "GUM dev (tagger's tags)", sentences: gumTagged },
        ]
      : []),
    ...(args.includes("--no-gold-dev")
      ? []
      : [
          { name: "EWT dev (gold tags)", sentences: ewt },
          { name: "GUM dev (gold tags)", sentences: gum },
        ]),
  ];
  const bytes = trainParser(train, {
    epochs: opt("--epochs"),
    seed: opt("--seed"),
    explore: opt("--explore"),
    exploreFrom: opt("--explore-from"),
    minWeight: opt("--min-weight"),
    labelMinWeight: opt("--label-min-weight"),
    maxMoveRows: opt("--max-move-rows"),
    beam: opt("--beam"),
    labelTraining: value("--label-training") as "global" | "local" | undefined,
    devMoveRows: value("--dev-move-rows")?.split(",").map(Number),
    dev: args.includes("--no-dev") ? [] : dev,
    log,
  });
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  console.log(`wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
