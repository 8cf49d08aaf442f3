/**
 * Training the POS tagger
 * =======================
 *
 * `trainTagger(sentences)` returns the bytes of models/tagger.bin. Run
 * directly, it trains on UD English-EWT + GUM train, reports dev accuracy
 * after each epoch and writes the model. Deterministic: classes and the tag
 * dictionary are sorted, sentences are shuffled with a seeded generator.
 * `train-tagger.ts --bench [file]` reports a model's size, load time and speed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ConlluSentence } from "../../src/nlp/conllu.js";
import { hashString } from "../../src/nlp/hash.js";
import { PerceptronTrainer, argmax } from "../../src/nlp/perceptron.js";
import { seededRandom, shuffleInPlace } from "../../src/nlp/random.js";
import { TAGGER_FEATURES_MAX, casingStyle, taggerFeatures, type TaggerSentence } from "../../src/nlp/tagger-features.js";
import { Tagger, ambiguityClasses, quantizeTaggerRows, withLexicon, type TaggerHeader } from "../../src/nlp/tagger.js";
import { buildTaggerLexicon, hashedLexicon } from "./tagger-lexicon.js";
import { hashTokens, normalizedLower, type TokenHashes } from "../../src/nlp/word-shape.js";
import { TREEBANK_FILES, forms, readTreebank } from "./treebank.js";

export interface TrainTaggerOptions {
  epochs?: number;
  seed?: number;
  /** Weights of smaller magnitude are dropped from the saved model. */
  minWeight?: number;
  /** The order of reading (TaggerHeader.direction). */
  direction?: TaggerDirection;
  /** Whether words the treebank gives no ambiguity class take their class in the open lexicon (TaggerHeader.lexicon). */
  lexicon?: boolean;
  /**
   * Folds for the ambiguity classes the training sentences see: a sentence
   * of fold f sees the classes of the other folds' words, as a dev sentence
   * sees those of the training data (0: the classes of all the data).
   */
  ambiguityFolds?: number;
  log?: (line: string) => void;
  /** Called after each epoch with the tagger as it stands (averaged), for dev figures. */
  onEpoch?: (epoch: number, tagger: Tagger) => void;
}

export const DEFAULT_TAGGER_EPOCHS = 8;
export type TaggerDirection = "ltr" | "rtl" | "both";
/** Two passes, one each way, scores summed: EWT dev UPOS about +0.25 over left to right alone (README, Models). */
export const DEFAULT_TAGGER_DIRECTION: TaggerDirection = "both";
export const DEFAULT_TAGGER_LEXICON = true;
export const DEFAULT_TAGGER_AMBIGUITY_FOLDS = 10;
/** Averaged weights smaller than this are left out of the model file: less than half the size of 0.5, no less accurate on dev. */
export const DEFAULT_TAGGER_MIN_WEIGHT = 1;
/** Training occurrences a UPOS+XPOS pair needs to be a class of its own. */
export const MIN_CLASS = 30;

const joint = (w: { upos: string; xpos: string }) => `${w.upos} ${w.xpos}`;

export function trainTagger(sentences: readonly ConlluSentence[], options: TrainTaggerOptions = {}): Uint8Array {
  const epochs = options.epochs ?? DEFAULT_TAGGER_EPOCHS;
  const seed = options.seed ?? 1;
  const minWeight = options.minWeight ?? DEFAULT_TAGGER_MIN_WEIGHT;
  const useLexicon = options.lexicon ?? DEFAULT_TAGGER_LEXICON;
  const direction = options.direction ?? DEFAULT_TAGGER_DIRECTION;
  const folds = options.ambiguityFolds ?? DEFAULT_TAGGER_AMBIGUITY_FOLDS;
  const lexicon = useLexicon ? hashedLexicon(buildTaggerLexicon()) : new Map<number, number>();
  const random = seededRandom(seed);
  // Classes by frequency, then name: a fixed order whatever the input order.
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s.words) counts.set(joint(w), (counts.get(joint(w)) ?? 0) + 1);
  const byFrequency = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1));
  // A pair seen fewer than MIN_CLASS times ("ADV NNP", "X VBD") is learnt as the commonest pair of its UPOS:
  // every class costs time on every token, and these are almost never right.
  const upos = (c: string) => c.split(" ")[0]!;
  const commonest = new Map<string, string>();
  for (const c of byFrequency) if (!commonest.has(upos(c))) commonest.set(upos(c), c);
  const classOf = new Map(byFrequency.map((c) => [c, counts.get(c)! >= MIN_CLASS ? c : commonest.get(upos(c))!]));
  const classes = byFrequency.filter((c) => classOf.get(c) === c);
  const ids = new Map(classes.map((c, i) => [c, i]));
  const classId = new Map(byFrequency.map((c) => [c, ids.get(classOf.get(c)!)!]));
  const dictionary = tagDictionary(sentences, classId);
  const ambiguity = ambiguityTable(sentences);
  const C = classes.length;
  // One trainer per direction read: left to right, right to left, or both (tagger.ts, TaggerHeader.direction).
  const reversed = direction === "ltr" ? [false] : direction === "rtl" ? [true] : [false, true];
  const trainers = reversed.map(() => new PerceptronTrainer(C, 1 << 16));
  // Jackknifed ambiguity classes: a word seen a few times has them in training only as often as a dev word
  // has them, and a word seen once or twice never does (the open lexicon speaks for it, as for an unseen word).
  const foldTables = Array.from({ length: folds }, (_, f) => ambiguityTable(sentences.filter((_, i) => i % folds !== f)));
  const sentenceOf = (words: readonly string[], reverse: boolean, index: number): TaggerSentence => {
    const h = hashTokens(words);
    const amb = ambiguityClasses(h, folds > 0 ? foldTables[index % folds]! : ambiguity);
    withLexicon(amb, words, lexicon);
    const first = reverse ? words.length - 1 : 0;
    return { h, amb, style: casingStyle(h, first), first };
  };
  const examples = sentences.map((s, index) => {
    const words = forms(s);
    const gold = Uint16Array.from(s.words.map((w) => classId.get(joint(w))!));
    return reversed.map((r) =>
      r ? { s: sentenceOf([...words].reverse(), true, index), gold: gold.slice().reverse() } : { s: sentenceOf(words, false, index), gold },
    );
  });
  const order = examples.map((_, i) => i);
  const features = new Uint32Array(TAGGER_FEATURES_MAX);
  const scores = new Float64Array(C);
  const encode = () => {
    const rows = trainers.map((t) => quantizeTaggerRows(t.finish(), minWeight));
    const header: TaggerHeader = {
      model: "tagger",
      classes,
      training: { epochs, seed, minWeight, ambiguityFolds: folds, sentences: sentences.length },
      ...(useLexicon ? { lexicon: true } : {}),
      ...(direction === "rtl" ? { direction } : {}),
    };
    return Tagger.encode(header, rows[0]!, dictionary, ambiguity, lexicon, rows[1]);
  };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffleInPlace(order, random);
    let correct = 0;
    let total = 0;
    for (const e of order) {
      for (let d = 0; d < trainers.length; d++) {
        const trainer = trainers[d]!;
        const { s, gold } = examples[e]![d]!;
        let p1 = -1;
        let p2 = -1;
        for (let i = 0; i < s.h.length; i++) {
          const g = gold[i]!;
          let guess = dictionary.get(s.h.form[i]!);
          if (guess === undefined) {
            const n = taggerFeatures(s, i, p1, p2, features);
            scores.fill(0);
            trainer.score(features, n, scores);
            guess = argmax(scores, C);
            trainer.update(features, n, g, guess);
            trainer.tick();
          }
          if (guess === g) correct++;
          total++;
          // Greedy training: the next token sees the tags the tagger chose.
          p2 = p1;
          p1 = guess;
        }
      }
    }
    const featureCount = trainers.map((t) => t.featureCount).join(" + ");
    options.log?.(`tagger epoch ${epoch}: train accuracy ${((100 * correct) / total).toFixed(2)}, ${featureCount} features`);
    if (options.onEpoch) options.onEpoch(epoch, Tagger.fromBytes(encode(), "tagger (training)"));
  }
  return encode();
}

/**
 * Words seen at least 10 times with one class at least 99% of the time.
 * Keyed by the hash of the exact form, as the tagger looks them up.
 */
function tagDictionary(sentences: readonly ConlluSentence[], classId: ReadonlyMap<string, number>): Map<number, number> {
  const byWord = new Map<string, Map<number, number>>();
  for (const s of sentences) {
    for (const w of s.words) {
      let m = byWord.get(w.form);
      if (!m) byWord.set(w.form, (m = new Map()));
      const c = classId.get(joint(w))!;
      m.set(c, (m.get(c) ?? 0) + 1);
    }
  }
  const dictionary = new Map<number, number>();
  for (const [word, m] of [...byWord].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let total = 0;
    let best = -1;
    let bestCount = 0;
    for (const [c, n] of m) {
      total += n;
      if (n > bestCount || (n === bestCount && c < best)) {
        best = c;
        bestCount = n;
      }
    }
    if (total >= 10 && bestCount / total >= 0.99) dictionary.set(hashString(word), best);
  }
  return dictionary;
}

/**
 * Ambiguity classes: for each lower-case word seen at least 3 times, the set
 * of UPOS tags that make up at least 5% of its uses, hashed.
 */
function ambiguityTable(sentences: readonly ConlluSentence[]): Map<number, number> {
  const byWord = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    for (const w of s.words) {
      const key = normalizedLower(w.form);
      let m = byWord.get(key);
      if (!m) byWord.set(key, (m = new Map()));
      m.set(w.upos, (m.get(w.upos) ?? 0) + 1);
    }
  }
  const table = new Map<number, number>();
  for (const [word, m] of [...byWord].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let total = 0;
    for (const n of m.values()) total += n;
    if (total < 3) continue;
    const tags = [...m].filter(([, n]) => n / total >= 0.05).map(([t]) => t).sort();
    table.set(hashString(word), hashString(tags.join("|")));
  }
  return table;
}

export interface TagScore {
  words: number;
  upos: number;
  xpos: number;
}

export function evaluateTagger(tagger: Tagger, sentences: readonly ConlluSentence[]): TagScore {
  let words = 0;
  let upos = 0;
  let xpos = 0;
  for (const s of sentences) {
    const r = tagger.tag(forms(s));
    s.words.forEach((w, i) => {
      words++;
      if (r.upos[i] === w.upos) upos++;
      if (r.xpos[i] === w.xpos) xpos++;
    });
  }
  return { words, upos: (100 * upos) / words, xpos: (100 * xpos) / words };
}

export function hashesOf(s: ConlluSentence): TokenHashes {
  return hashTokens(forms(s));
}

/**
 * Size, load time and warmed speed of a tagger file: tags the EWT and GUM dev
 * words (gold tokens) three times to warm up, then five times, and keeps the
 * best rate, by the clock and by CPU time (which time spent waiting for a
 * busy machine's cores does not count). One core.
 */
export function benchTagger(file: string): string {
  const t0 = performance.now();
  const bytes = new Uint8Array(readFileSync(file));
  const tagger = Tagger.fromBytes(bytes, file);
  const loadMs = performance.now() - t0;
  const sentences = [...readTreebank(TREEBANK_FILES.ewtDev), ...readTreebank(TREEBANK_FILES.gumDev)].map(forms);
  const tokens = sentences.reduce((n, s) => n + s.length, 0);
  for (let r = 0; r < 3; r++) for (const s of sentences) tagger.tag(s);
  let best = 0;
  let bestCpu = 0;
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    for (const s of sentences) tagger.tag(s);
    const used = process.cpuUsage(cpu);
    best = Math.max(best, tokens / ((performance.now() - t) / 1000));
    bestCpu = Math.max(bestCpu, tokens / ((used.user + used.system) / 1e6));
  }
  const rate = (x: number) => `${(x / 1e6).toFixed(2)}M`;
  return `${file}: ${(bytes.length / 1e6).toFixed(2)} MB, loaded in ${loadMs.toFixed(0)} ms, ${rate(best)} tokens/s warmed (${rate(bestCpu)} per CPU second; ${tokens} dev tokens x 5, best run)`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv[2] === "--bench") {
  console.log(benchTagger(process.argv[3] ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../models/tagger.bin")));
} else if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const train = [...readTreebank(TREEBANK_FILES.ewtTrain), ...readTreebank(TREEBANK_FILES.gumTrain)];
  const ewtDev = readTreebank(TREEBANK_FILES.ewtDev);
  const gumDev = readTreebank(TREEBANK_FILES.gumDev);
  const epochs = Number(process.env.EPOCHS ?? DEFAULT_TAGGER_EPOCHS);
  const t0 = Date.now();
  const bytes = trainTagger(train, {
    epochs,
    minWeight: Number(process.env.MIN_WEIGHT ?? DEFAULT_TAGGER_MIN_WEIGHT),
    log: (l) => console.log(l),
    onEpoch: (epoch, tagger) => {
      const e = evaluateTagger(tagger, ewtDev);
      const g = evaluateTagger(tagger, gumDev);
      console.log(`  dev after ${epoch}: EWT UPOS ${e.upos.toFixed(2)} XPOS ${e.xpos.toFixed(2)} | GUM UPOS ${g.upos.toFixed(2)} XPOS ${g.xpos.toFixed(2)}`);
    },
  });
  const out = process.env.OUT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../models/tagger.bin");
  writeFileSync(out, bytes);
  console.log(`wrote ${out}: ${(bytes.length / 1e6).toFixed(2)} MB in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
