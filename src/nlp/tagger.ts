/**
 * The part-of-speech tagger
 * =========================
 *
 * Greedy, left to right, one averaged perceptron over joint UPOS+XPOS classes
 * ("NOUN NN", "PROPN NNP"): one decision per token gives both tag sets, and
 * the pair is always one that the treebank uses. Frequent words that the
 * training data tags one way almost always (the, of, and) are looked up in a
 * tag dictionary instead of scored: faster, and no less accurate.
 */
import { ModelError } from "../schema/index.js";
import { decodeModelFile, encodeModelFile, section } from "./model-format.js";
import { LinearModel, argmax, type LinearModelData, type LinearScorer } from "./perceptron.js";
import { TAGGER_FEATURES_MAX, taggerFeatures } from "./tagger-features.js";
import { hashTokens, type TokenHashes } from "./word-shape.js";

export interface TaggerHeader {
  model: "tagger";
  /** Joint classes, "UPOS XPOS". */
  classes: string[];
  /** How it was trained, for the models README. */
  training?: Record<string, unknown>;
}

export interface TagResult {
  upos: string[];
  xpos: string[];
}

export class Tagger {
  readonly classes: readonly string[];
  readonly uposOf: readonly string[];
  readonly xposOf: readonly string[];
  private readonly scorer: LinearScorer;
  private readonly dictionary: Map<number, number>;
  private readonly ambiguity: Map<number, number>;
  private readonly features = new Uint32Array(TAGGER_FEATURES_MAX);
  private readonly scores: Float64Array;

  constructor(classes: readonly string[], scorer: LinearScorer, dictionary: Map<number, number>, ambiguity: Map<number, number>) {
    this.classes = classes;
    this.uposOf = classes.map((c) => c.split(" ")[0]!);
    this.xposOf = classes.map((c) => c.split(" ")[1] ?? "_");
    this.scorer = scorer;
    this.dictionary = dictionary;
    this.ambiguity = ambiguity;
    this.scores = new Float64Array(classes.length);
  }

  static fromBytes(bytes: Uint8Array, file: string): Tagger {
    const model = decodeModelFile<TaggerHeader>(bytes, file);
    if (model.header.model !== "tagger") throw new ModelError(file, `is a ${String(model.header.model)} model, not a tagger`);
    const data: LinearModelData = {
      classes: model.header.classes.length,
      keys: section(model, "keys", Uint32Array, file),
      offsets: section(model, "offsets", Uint32Array, file),
      labels: section(model, "labels", Uint16Array, file),
      weights: section(model, "weights", Float32Array, file),
    };
    const dictWords = section(model, "dictWords", Uint32Array, file);
    const dictClasses = section(model, "dictClasses", Uint16Array, file);
    const dictionary = new Map<number, number>();
    for (let i = 0; i < dictWords.length; i++) dictionary.set(dictWords[i]!, dictClasses[i]!);
    const ambWords = section(model, "ambWords", Uint32Array, file);
    const ambClasses = section(model, "ambClasses", Uint32Array, file);
    const ambiguity = new Map<number, number>();
    for (let i = 0; i < ambWords.length; i++) ambiguity.set(ambWords[i]!, ambClasses[i]!);
    return new Tagger(model.header.classes, new LinearModel(data), dictionary, ambiguity);
  }

  /** Class ids of each token, written into `out`. */
  tagIds(words: readonly string[], out: Uint16Array, hashes: TokenHashes = hashTokens(words)): void {
    let p1 = -1;
    let p2 = -1;
    const C = this.classes.length;
    const amb = ambiguityClasses(hashes, this.ambiguity);
    for (let i = 0; i < words.length; i++) {
      let best = this.dictionary.get(hashes.form[i]!);
      if (best === undefined) {
        const count = taggerFeatures(hashes, amb, i, p1, p2, this.features);
        this.scores.fill(0);
        this.scorer.score(this.features, count, this.scores);
        best = argmax(this.scores, C);
      }
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
  }

  tag(words: readonly string[]): TagResult {
    const ids = new Uint16Array(words.length);
    this.tagIds(words, ids);
    const upos: string[] = new Array(words.length);
    const xpos: string[] = new Array(words.length);
    for (let i = 0; i < words.length; i++) {
      upos[i] = this.uposOf[ids[i]!]!;
      xpos[i] = this.xposOf[ids[i]!]!;
    }
    return { upos, xpos };
  }

  static encode(header: TaggerHeader, data: LinearModelData, dictionary: ReadonlyMap<number, number>, ambiguity: ReadonlyMap<number, number>): Uint8Array {
    const words = [...dictionary.keys()].sort((a, b) => a - b);
    const ambWords = [...ambiguity.keys()].sort((a, b) => a - b);
    return encodeModelFile(header, {
      keys: data.keys,
      offsets: data.offsets,
      labels: data.labels,
      weights: data.weights,
      dictWords: Uint32Array.from(words),
      dictClasses: Uint16Array.from(words.map((w) => dictionary.get(w)!)),
      ambWords: Uint32Array.from(ambWords),
      ambClasses: Uint32Array.from(ambWords.map((w) => ambiguity.get(w)!)),
    });
  }
}

/** Each token's ambiguity class (by its lower-case hash), 0 where the word is unknown. */
export function ambiguityClasses(hashes: TokenHashes, table: ReadonlyMap<number, number>): Uint32Array {
  const amb = new Uint32Array(hashes.length);
  for (let i = 0; i < hashes.length; i++) amb[i] = table.get(hashes.lower[i]!) ?? 0;
  return amb;
}
