/**
 * Training the NER tagger
 * =======================
 *
 * `npx tsx scripts/train/train-ner.ts` trains on CoNLL-2003 train,
 * Universal NER on EWT (web text, its updates weighted 0.2: see
 * `unerWeight`) and, with --gum-weight W, GUM's entity layer, prints
 * CoNLL, UNER and GUM dev figures after every epoch, and
 * writes models/ner.bin (about 20 s on one core).
 *
 * - Every token's label-independent features are hashed once up front
 *   (a flat array); an epoch only adds the two previous labels' features.
 * - Training decodes as inference does (greedy, constrained to well-formed
 *   BILOU) and updates on its own mistakes with its own labels as history,
 *   so the model learns to recover from them.
 * - The second pass needs first-pass labels on the training text that are
 *   as wrong as they will be on new text: the training documents are split
 *   into folds, and each fold is labelled by a first pass trained on the
 *   others (jackknifing). The shipped first pass is trained on everything.
 * - Deterministic: seeded shuffles, fixed iteration order, so two runs give
 *   the same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { LinearModel, PerceptronTrainer, type LinearModelData, type LinearScorer } from "../../src/nlp/perceptron.js";
import { seededRandom, shuffleInPlace } from "../../src/nlp/random.js";
import { ALLOWED, LABEL_COUNT, LABEL_O, canFollow, isOpen, labelType, makeLabel } from "../../src/nlp/ner-labels.js";
import type { LexiconTable } from "../../src/nlp/ner-lexicon.js";
import { DEFAULT_FEATURE_SET, FLAG_SKIPPABLE, NER_FEATURES_MAX, NerDocumentView, labelFeatures, secondPassFeatures, staticFeatures, type NerFeatureSet } from "../../src/nlp/ner-features.js";
import { NerTagger } from "../../src/nlp/ner.js";
import { Tagger } from "../../src/nlp/tagger.js";
import { readConll2003, readConllDev, readUner, readGumEntities, type DevDocument, type NerDocument } from "./ner-data.js";
import { formatScore, scoreNer, type Score } from "./ner-eval.js";
import { buildNerLexicon } from "./ner-lexicon-build.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "../..");
export const SHARED = process.env.NEWS_KG_SHARED ? resolve(process.env.NEWS_KG_SHARED) : resolve(ROOT, "../shared");
export const PATHS = {
  conllTrain: resolve(SHARED, "eval/conll2003-train.txt"),
  conllDev: resolve(SHARED, "eval/conll2003-dev.jsonl"),
  unerTrain: resolve(SHARED, "treebank/uner_en_ewt-train.iob2"),
  unerDev: resolve(SHARED, "treebank/uner_en_ewt-dev.iob2"),
  gumTrain: resolve(SHARED, "treebank/gum-ccby-train.conllu"),
  gumDev: resolve(SHARED, "treebank/gum-ccby-dev.conllu"),
  tagger: resolve(ROOT, "models/tagger.bin"),
};

export interface TrainNerOptions {
  /** First-pass epochs. */
  epochs?: number;
  /** Second-pass epochs (0: a one-pass model). */
  secondPassEpochs?: number;
  /** Folds for the second pass's jackknifed first-pass labels. */
  folds?: number;
  seed?: number;
  log?: (line: string) => void;
  /** Training documents; read from ../shared when absent. */
  docs?: NerDocument[];
  /** Dev sets to report after each epoch (none: no per-epoch figures). */
  dev?: { name: string; docs: (NerDocument | DevDocument)[] }[];
  /** Weight of web-text (Universal NER) updates relative to news (0 leaves UNER out). */
  unerWeight?: number;
  /** Weight of GUM's entity layer (news, interviews, biographies; 0 leaves it out). */
  gumWeight?: number;
  features?: Partial<NerFeatureSet>;
  /** Lexicon table; built from src/lexicon when absent; null for none. */
  lexicon?: LexiconTable | null;
  /** The POS tagger model, for POS features (models/tagger.bin). */
  taggerFile?: string;
  /** Averaged weights below this magnitude are dropped. */
  minWeight?: number;
  /** Per-epoch dev figures, as they come. */
  onEpoch?: (pass: number, epoch: number, scores: Record<string, Score>) => void;
}

/** Every token's label-independent features, hashed once, with what the label features need. */
interface Prepared {
  docs: readonly NerDocument[];
  /** Token range of each document, flat. */
  docStart: Int32Array;
  /** Sentences as [start, end) of flat token indices, and their document. */
  sentStart: Int32Array;
  sentEnd: Int32Array;
  sentDoc: Int32Array;
  featStart: Uint32Array;
  feats: Uint32Array;
  lower: Uint32Array;
  short: Uint32Array;
  domain: Uint8Array;
  gold: Uint8Array;
  /** 1 where the tagger labels the token O unless it continues an entity (FLAG_SKIPPABLE). */
  skip: Uint8Array;
}

function prepare(docs: readonly NerDocument[], lexicon: LexiconTable | undefined, set: NerFeatureSet, firstPass?: Uint8Array): Prepared {
  let tokens = 0;
  let sentences = 0;
  for (const d of docs) {
    sentences += d.sentences.length;
    for (const s of d.sentences) tokens += s.length;
  }
  const p: Prepared = {
    docs,
    docStart: new Int32Array(docs.length + 1),
    sentStart: new Int32Array(sentences),
    sentEnd: new Int32Array(sentences),
    sentDoc: new Int32Array(sentences),
    featStart: new Uint32Array(tokens + 1),
    feats: new Uint32Array(tokens * 48),
    lower: new Uint32Array(tokens),
    short: new Uint32Array(tokens),
    domain: new Uint8Array(tokens),
    gold: new Uint8Array(tokens),
    skip: new Uint8Array(tokens),
  };
  const view = new NerDocumentView();
  const buf = new Uint32Array(NER_FEATURES_MAX);
  let t = 0;
  let s = 0;
  let f = 0;
  docs.forEach((doc, d) => {
    p.docStart[d] = t;
    view.load(doc.sentences, lexicon, set.pos ? doc.xpos : undefined, doc.domain);
    if (firstPass) view.setFirstPass(firstPass.subarray(t, t + view.n));
    let i = 0;
    for (let si = 0; si < doc.sentences.length; si++) {
      const n = doc.sentences[si]!.length;
      p.sentStart[s] = t;
      p.sentEnd[s] = t + n;
      p.sentDoc[s] = d;
      s++;
      const gold = doc.labels[si]!;
      for (let k = 0; k < n; k++, i++, t++) {
        let count = staticFeatures(view, i, set, buf, 0);
        if (firstPass) count = secondPassFeatures(view, i, buf, count);
        if (f + count > p.feats.length) {
          const grown = new Uint32Array(Math.max(p.feats.length * 2, f + count));
          grown.set(p.feats);
          p.feats = grown;
        }
        p.feats.set(buf.subarray(0, count), f);
        f += count;
        p.featStart[t + 1] = f;
        p.lower[t] = view.lower[i]!;
        p.short[t] = view.short[i]!;
        p.domain[t] = doc.domain;
        p.gold[t] = gold[k]!;
        p.skip[t] = (view.flags[i]! & FLAG_SKIPPABLE) !== 0 ? 1 : 0;
      }
    }
  });
  p.docStart[docs.length] = t;
  p.feats = p.feats.slice(0, f);
  return p;
}

/** Greedy constrained choice among the labels allowed after `prev1`. */
function choose(scores: Float64Array, prev1: number, last: boolean): number {
  const allowed = ALLOWED[prev1 + 1]![last ? 1 : 0]!;
  let best = allowed[0]!;
  let top = scores[best]!;
  for (let a = 1; a < allowed.length; a++) {
    const c = allowed[a]!;
    if (scores[c]! > top) {
      top = scores[c]!;
      best = c;
    }
  }
  return best;
}

/**
 * The label to learn at a token given the labels already chosen (a dynamic
 * oracle): the gold label when it may follow them; after a wrongly opened
 * entity, the label that closes it at once (it is wrong however it ends, and
 * the next token should be free); where a gold entity was missed, O.
 */
function oracle(gold: number, prev1: number): number {
  if (canFollow(prev1, gold)) return gold;
  if (prev1 >= 0 && isOpen(prev1)) return makeLabel(labelType(prev1), 2);
  return LABEL_O;
}

/** Decodes the given sentences of a prepared corpus with a scorer, into `out` (flat labels). */
function decodePrepared(p: Prepared, sentences: ArrayLike<number>, scorer: LinearScorer, set: NerFeatureSet, out: Uint8Array): void {
  const buf = new Uint32Array(NER_FEATURES_MAX);
  const scores = new Float64Array(LABEL_COUNT);
  for (let x = 0; x < sentences.length; x++) {
    const s = sentences[x]!;
    let prev1 = -1;
    let prev2 = -1;
    const end = p.sentEnd[s]!;
    for (let t = p.sentStart[s]!; t < end; t++) {
      if (p.skip[t] === 1 && (prev1 < 0 || !isOpen(prev1))) {
        out[t] = LABEL_O;
        prev2 = prev1;
        prev1 = LABEL_O;
        continue;
      }
      const a = p.featStart[t]!;
      const b = p.featStart[t + 1]!;
      buf.set(p.feats.subarray(a, b), 0);
      const k = labelFeatures(p.lower[t]!, p.short[t]!, p.domain[t]!, prev1, prev2, set, buf, b - a);
      scores.fill(0);
      scorer.score(buf, k, scores);
      const best = choose(scores, prev1, t + 1 === end);
      out[t] = best;
      prev2 = prev1;
      prev1 = best;
    }
  }
}

function allSentences(p: Prepared): Int32Array {
  return Int32Array.from({ length: p.sentStart.length }, (_, i) => i);
}

/** Label rows per document from flat labels, for scoring. */
function rows(p: Prepared, flat: Uint8Array): Uint8Array[][] {
  const out: Uint8Array[][] = p.docs.map(() => []);
  for (let s = 0; s < p.sentStart.length; s++) out[p.sentDoc[s]!]!.push(flat.subarray(p.sentStart[s]!, p.sentEnd[s]!));
  return out;
}

interface PassConfig {
  epochs: number;
  seed: number;
  set: NerFeatureSet;
  unerWeight: number;
  gumWeight: number;
  log: (line: string) => void;
  /** Called after each epoch with the averaged model so far. */
  afterEpoch?: (epoch: number, model: LinearModel) => void;
}

/** Trains one pass on some sentences of a prepared corpus. */
function trainPass(p: Prepared, sentences: Int32Array, cfg: PassConfig): PerceptronTrainer {
  const trainer = new PerceptronTrainer(LABEL_COUNT, 1 << 20);
  const random = seededRandom(cfg.seed);
  const order = Array.from(sentences);
  const buf = new Uint32Array(NER_FEATURES_MAX);
  const scores = new Float64Array(LABEL_COUNT);
  for (let epoch = 1; epoch <= cfg.epochs; epoch++) {
    shuffleInPlace(order, random);
    let errors = 0;
    let tokens = 0;
    const t0 = performance.now();
    for (const s of order) {
      let prev1 = -1;
      let prev2 = -1;
      const end = p.sentEnd[s]!;
      for (let t = p.sentStart[s]!; t < end; t++) {
        if (p.skip[t] === 1 && (prev1 < 0 || !isOpen(prev1))) {
          // Labelled O without scoring, as at inference: not an example.
          prev2 = prev1;
          prev1 = LABEL_O;
          continue;
        }
        const a = p.featStart[t]!;
        const b = p.featStart[t + 1]!;
        buf.set(p.feats.subarray(a, b), 0);
        const k = labelFeatures(p.lower[t]!, p.short[t]!, p.domain[t]!, prev1, prev2, cfg.set, buf, b - a);
        scores.fill(0);
        trainer.score(buf, k, scores);
        const guess = choose(scores, prev1, t + 1 === end);
        const gold = oracle(p.gold[t]!, prev1);
        if (guess !== gold) {
          errors++;
          trainer.update(buf, k, gold, guess, p.domain[t] === 1 ? cfg.unerWeight : p.domain[t] === 2 ? cfg.gumWeight : 1);
        }
        trainer.tick();
        tokens++;
        prev2 = prev1;
        prev1 = guess;
      }
    }
    cfg.log(`  epoch ${epoch}: ${tokens} tokens, ${(100 * errors / tokens).toFixed(2)} % errors, ${trainer.featureCount} features, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    if (cfg.afterEpoch) cfg.afterEpoch(epoch, new LinearModel(trainer.finish(0)));
  }
  return trainer;
}

export interface TrainNerResult {
  bytes: Uint8Array;
  passes: LinearModelData[];
}

/** Trains the NER and returns the model file's bytes. */
export function trainNer(options: TrainNerOptions = {}): Uint8Array {
  return trainNerModel(options).bytes;
}

export function trainNerModel(options: TrainNerOptions = {}): TrainNerResult {
  const log = options.log ?? (() => {});
  const seed = options.seed ?? 1;
  const epochs = options.epochs ?? 7;
  const secondEpochs = options.secondPassEpochs ?? 8;
  const folds = options.folds ?? 4;
  // Universal NER (web text) at a fifth of the weight of news: over seeds 1-3, CoNLL dev F1 92.7 against 92.1
  // for CoNLL alone (0.1: 92.4 and 0.3: 92.2 over seeds 1-2), and UNER dev F1 65 against 51.
  const unerWeight = options.unerWeight ?? 0.2;
  // GUM's entities (readGumEntities) are left out by default: with seed 1, token-level dev F1 CoNLL / UNER / GUM
  // is 92.75 / 65.31 / 64.31 without them, 92.49 / 67.26 / 65.61 at 0.5 and 92.19 / 66.25 / 68.37 at 1, but
  // through the extractor BBC politics relation recall fell (pair recall 25.3 % → 23.6 % at 1) and judged
  // samples of BBC nodes showed no gain (models/README.md).
  const gumWeight = options.gumWeight ?? 0;
  const minWeight = options.minWeight ?? 0;
  const set: NerFeatureSet = { ...DEFAULT_FEATURE_SET, ...options.features };
  const lexicon = options.lexicon === null ? undefined : (options.lexicon ?? buildNerLexicon());
  let docs = options.docs;
  if (!docs) {
    docs = readConll2003(PATHS.conllTrain);
    if (unerWeight > 0) docs = docs.concat(readUner(PATHS.unerTrain));
    if (gumWeight > 0) docs = docs.concat(readGumEntities(PATHS.gumTrain));
  } else docs = docs.filter((d) => (d.domain !== 1 || unerWeight > 0) && (d.domain !== 2 || gumWeight > 0));
  if (set.pos) {
    // Our tagger's XPOS, not CoNLL's POS column: the NER must learn from the tags it will see.
    const tagger = Tagger.fromBytes(readFileSync(options.taggerFile ?? PATHS.tagger), options.taggerFile ?? PATHS.tagger);
    for (const d of [...docs, ...(options.dev ?? []).flatMap((x) => x.docs)]) d.xpos ??= d.sentences.map((s) => tagger.tag(s).xpos);
  }
  const t0 = performance.now();
  const train = prepare(docs, lexicon, set);
  log(`prepared ${docs.length} documents, ${train.gold.length} tokens, ${train.feats.length} feature slots in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const dev = (options.dev ?? []).map((d) => ({ name: d.name, docs: d.docs, prepared: prepare(d.docs, lexicon, set) }));
  const evaluate = (pass: number, epoch: number, model: LinearScorer, prepared: Prepared[]) => {
    const scores: Record<string, Score> = {};
    dev.forEach((d, di) => {
      const pp = prepared[di]!;
      const out = new Uint8Array(pp.gold.length);
      decodePrepared(pp, allSentences(pp), model, set, out);
      scores[d.name] = scoreNer(d.docs, rows(pp, out));
      log(`    ${formatScore(`${d.name} pass ${pass} epoch ${epoch}`, scores[d.name]!)}`);
    });
    options.onEpoch?.(pass, epoch, scores);
  };
  const sentences = allSentences(train);
  log(`pass 1: ${epochs} epochs`);
  const first = trainPass(train, sentences, {
    epochs, seed, set, unerWeight, gumWeight, log,
    afterEpoch: dev.length > 0 ? (e, m) => evaluate(1, e, m, dev.map((d) => d.prepared)) : undefined,
  });
  const firstData = first.finish(minWeight);
  const passes = [firstData];
  if (secondEpochs > 0) {
    // Jackknifed first-pass labels for the training documents.
    const firstPass = new Uint8Array(train.gold.length);
    const docOrder = shuffleInPlace(Array.from({ length: docs.length }, (_, i) => i), seededRandom(seed + 101));
    const foldOf = new Int32Array(docs.length);
    docOrder.forEach((d, i) => (foldOf[d] = i % folds));
    for (let fold = 0; fold < folds; fold++) {
      const inFold: number[] = [];
      const rest: number[] = [];
      for (let s = 0; s < train.sentStart.length; s++) (foldOf[train.sentDoc[s]!] === fold ? inFold : rest).push(s);
      log(`fold ${fold + 1}/${folds}: first pass on ${rest.length} sentences, labelling ${inFold.length}`);
      const t = trainPass(train, Int32Array.from(rest), { epochs, seed: seed + fold + 1, set, unerWeight, gumWeight, log });
      decodePrepared(train, inFold, new LinearModel(t.finish(minWeight)), set, firstPass);
    }
    const train2 = prepare(docs, lexicon, set, firstPass);
    // The dev sets' first-pass labels come from the shipped first pass.
    const firstModel = new LinearModel(firstData);
    const firstPassDev = dev.map((d) => {
      const out = new Uint8Array(d.prepared.gold.length);
      decodePrepared(d.prepared, allSentences(d.prepared), firstModel, set, out);
      return out;
    });
    const dev2 = dev.map((d, di) => prepare(d.docs, lexicon, set, firstPassDev[di]!));
    log(`pass 2: ${secondEpochs} epochs`);
    const second = trainPass(train2, sentences, {
      epochs: secondEpochs, seed: seed + 1000, set, unerWeight, gumWeight, log,
      afterEpoch: dev.length > 0 ? (e, m) => evaluate(2, e, m, dev2) : undefined,
    });
    passes.push(second.finish(minWeight));
  }
  const training = { epochs, secondPassEpochs: secondEpochs, folds, seed, unerWeight, gumWeight, minWeight, documents: docs.length, tokens: train.gold.length };
  return { bytes: NerTagger.encode(passes, lexicon, set, training), passes };
}

/** Scores a tagger on documents (through its public API, as the product uses it). */
export function evaluateNer(tagger: NerTagger, docs: readonly (NerDocument | DevDocument)[]): Score {
  const predicted = docs.map((d) => {
    const ids = tagger.tagIds(d.sentences, tagger.features.pos ? d.xpos : undefined);
    const out: Uint8Array[] = [];
    let at = 0;
    for (const s of d.sentences) {
      out.push(ids.slice(at, at + s.length));
      at += s.length;
    }
    return out;
  });
  return scoreNer(docs, predicted);
}

export function loadDevSets(): { conll: DevDocument[]; uner: NerDocument[]; gum: NerDocument[] } {
  return { conll: readConllDev(PATHS.conllDev).docs, uner: readUner(PATHS.unerDev), gum: readGumEntities(PATHS.gumDev) };
}

function parseArgs(argv: string[]): { options: TrainNerOptions; out: string } {
  const options: TrainNerOptions = {};
  const features: Partial<NerFeatureSet> = {};
  let out = resolve(ROOT, "models/ner.bin");
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => argv[++i]!;
    if (a === "--epochs") options.epochs = Number(next());
    else if (a === "--second") options.secondPassEpochs = Number(next());
    else if (a === "--folds") options.folds = Number(next());
    else if (a === "--seed") options.seed = Number(next());
    else if (a === "--uner-weight") options.unerWeight = Number(next());
    else if (a === "--gum-weight") options.gumWeight = Number(next());
    else if (a === "--min-weight") options.minWeight = Number(next());
    else if (a === "--no-lexicon") features.lexicon = false;
    else if (a === "--no-doc-case") features.documentCase = false;
    else if (a === "--domain") features.domain = true;
    else if (a === "--no-runs") features.capitalRuns = false;
    else if (a === "--pos") features.pos = true;
    else if (a === "--no-context") features.contextAggregation = false;
    else if (a === "--out") out = resolve(next());
    else throw new Error(`unknown option ${a}`);
  }
  options.features = features;
  return { options, out };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { options, out } = parseArgs(process.argv.slice(2));
  const log = (line: string) => console.log(line);
  const { conll, uner, gum } = loadDevSets();
  const t0 = performance.now();
  const bytes = trainNer({ ...options, log, dev: [{ name: "CoNLL dev", docs: conll }, { name: "UNER dev", docs: uner }, { name: "GUM dev", docs: gum }] });
  const seconds = (performance.now() - t0) / 1000;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  const tagger = NerTagger.fromBytes(bytes, out);
  log(`wrote ${out}: ${(bytes.length / 1e6).toFixed(2)} MB, trained in ${seconds.toFixed(0)} s (with per-epoch dev figures)`);
  log(formatScore("CoNLL dev (shipped model)", evaluateNer(tagger, conll)));
  log(formatScore("UNER dev (shipped model)", evaluateNer(tagger, uner)));
  log(formatScore("GUM dev (shipped model)", evaluateNer(tagger, gum)));
}
