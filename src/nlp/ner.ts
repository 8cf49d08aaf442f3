/**
 * The named-entity tagger
 * =======================
 *
 * BILOU labels (ner-labels.ts) for PER, LOC, ORG and MISC, chosen greedily
 * left to right by an averaged perceptron (perceptron.ts) over the features
 * of ner-features.ts. Decoding only considers the labels that may follow the
 * previous one (an open entity must continue or end; nothing stays open at
 * the end of a sentence), so every output is well-formed BILOU.
 *
 * Two passes, after Ratinov & Roth (2009): the first tags the document on
 * local evidence; the second sees the first's labels of the token, its
 * neighbours and the word's other occurrences in the document, so that a
 * name keeps one type through a story. Each pass has its own weights.
 *
 * The model file (model-format.ts) holds each pass's weights and the lexicon
 * table (ner-lexicon.ts); the header names the labels and the feature set.
 *
 * Speed. Scores are integer sums (ner-scorer.ts), so they may be added in
 * any order, and the tagger adds most of a token's features in five pieces:
 * a word cache keeps, for each word seen lately and each pass, the summed
 * weights of the features that read that word alone, as the token or as the
 * word one or two before or after it (ner-features.ts `wordGroupFeatures`),
 * computed the first time a word needs them. A token then costs five vector
 * additions plus its context features, and gets exactly the label that
 * scoring every feature gives (`decodeDocument`, the reference, which tests
 * compare it with).
 */
import { ModelError } from "../schema/index.js";
import { decodeLinearQuantized, encodeLinear, type LinearCodecHeader } from "./linear-codec.js";
import { decodeModelFile, encodeModelFile, section, type SectionArray } from "./model-format.js";
import type { LinearModelData, LinearScorer } from "./perceptron.js";
import { NerScorer } from "./ner-scorer.js";
import { ALLOWED, LABELS, LABEL_COUNT, LABEL_O, isOpen, nerSpans, type Span } from "./ner-labels.js";
import { LexiconTable } from "./ner-lexicon.js";
import {
  FLAG_CAPS_SENTENCE,
  FLAG_SKIPPABLE,
  GROUP_LEFT1,
  GROUP_LEFT2,
  GROUP_RIGHT1,
  GROUP_RIGHT2,
  GROUP_SELF,
  NER_FEATURES_MAX,
  NerDocumentView,
  WORD_GROUPS,
  contextFeatures,
  labelFeatures,
  secondPassFeatures,
  staticFeatures,
  wordGroupFeatures,
  type NerFeatureSet,
} from "./ner-features.js";

export { nerSpans, type Span };

export interface NerHeader {
  model: "ner";
  labels: string[];
  features: NerFeatureSet;
  passes: number;
  /** Each pass's classes and weight scale (linear-codec.ts). */
  codec: LinearCodecHeader[];
  /** How it was trained, for the models README. */
  training?: Record<string, unknown>;
}

export interface NerTagOptions {
  /** XPOS tags of each sentence's tokens, for a model trained with POS features. */
  xpos?: readonly (readonly string[])[];
}

/** The word cache is emptied, before a document, once it holds more words than this. */
const CACHE_WORDS = 1 << 15;
/** Prefix of a word's cache key in an all-capitals sentence, where its shapes are read differently. */
const CAPS_KEY = "\u0001";

export class NerTagger {
  readonly features: NerFeatureSet;
  /** Whether the features read XPOS tags (a model trained with `pos`): then the caller must tag first. */
  get usesTags(): boolean {
    return this.features.pos;
  }
  readonly passes: readonly NerScorer[];
  readonly lexicon: LexiconTable | undefined;
  private readonly view = new NerDocumentView();
  private readonly buffer = new Uint32Array(NER_FEATURES_MAX);
  private readonly scores = new Float64Array(LABEL_COUNT);
  private readonly sums = new Int32Array(LABEL_COUNT);
  private labels = new Uint8Array(256);
  /** Word cache: key → record; each token's record in the current document. */
  private readonly words = new Map<string, number>();
  private records = new Int32Array(256);
  /** Per pass: where record r's group g sums are in `vectors` (r · WORD_GROUPS + g), -1 not yet summed. */
  private groupAt: Int32Array[];
  private vectors: Int32Array[];
  private vectorsUsed: number[];
  /** Per pass: the neighbour groups' sums at a sentence's edge (no word there). */
  private readonly edges: Int32Array[];

  constructor(passes: readonly NerScorer[], lexicon: LexiconTable | undefined, features: NerFeatureSet) {
    if (passes.length === 0) throw new Error("NerTagger needs at least one pass");
    this.passes = passes;
    this.lexicon = lexicon;
    this.features = features;
    this.groupAt = passes.map(() => new Int32Array(0));
    this.vectors = passes.map(() => new Int32Array(LABEL_COUNT * 1024));
    this.vectorsUsed = passes.map(() => 0);
    this.edges = passes.map((scorer) => {
      const edge = new Int32Array(WORD_GROUPS * LABEL_COUNT);
      for (const g of [GROUP_LEFT1, GROUP_LEFT2, GROUP_RIGHT1, GROUP_RIGHT2]) {
        scorer.addInts(this.buffer, wordGroupFeatures(this.view, -1, g, this.buffer, 0), edge, g * LABEL_COUNT);
      }
      return edge;
    });
  }

  static fromBytes(bytes: Uint8Array, file: string): NerTagger {
    const model = decodeModelFile<NerHeader>(bytes, file);
    const h = model.header;
    if (h.model !== "ner") throw new ModelError(file, `is a ${String(h.model)} model, not an NER model`);
    if (h.labels.length !== LABEL_COUNT || h.labels.some((l, i) => l !== LABELS[i])) {
      throw new ModelError(file, "labels differ from this news-kg's BILOU labels; run `npm run train`");
    }
    if (!Array.isArray(h.codec) || h.codec.length !== h.passes) throw new ModelError(file, "is an NER model of an older layout; run `npm run train`");
    const passes: NerScorer[] = [];
    for (let p = 0; p < h.passes; p++) passes.push(new NerScorer(decodeLinearQuantized(model, `pass${p}`, h.codec[p]!, file)));
    const lexicon = model.sections.has("lexKeys")
      ? new LexiconTable(section(model, "lexKeys", Uint32Array, file), section(model, "lexValues", Uint32Array, file))
      : undefined;
    return new NerTagger(passes, lexicon, h.features);
  }

  /** BILOU labels of each token of a document (its sentences in order). */
  tagDocument(sentences: readonly (readonly string[])[], options: NerTagOptions = {}): string[][] {
    const ids = this.tagIds(sentences, options.xpos);
    const out: string[][] = [];
    let at = 0;
    for (const s of sentences) {
      const row = new Array<string>(s.length);
      for (let k = 0; k < s.length; k++) row[k] = LABELS[ids[at++]!]!;
      out.push(row);
    }
    return out;
  }

  /** Entity spans of each sentence of a document. */
  spans(sentences: readonly (readonly string[])[], options: NerTagOptions = {}): Span[][] {
    return this.tagDocument(sentences, options).map(nerSpans);
  }

  /** Label ids of the document's tokens, flat; valid until the next call. */
  tagIds(sentences: readonly (readonly string[])[], xpos?: readonly (readonly string[])[]): Uint8Array {
    const v = this.view;
    v.load(sentences, this.lexicon, xpos, 0);
    if (this.labels.length < v.n) this.labels = new Uint8Array(v.n * 2);
    const labels = this.labels;
    this.assignRecords(sentences);
    for (let p = 0; p < this.passes.length; p++) {
      if (p > 0) v.setFirstPass(labels);
      this.decodeCached(p, labels);
    }
    return labels.subarray(0, v.n);
  }

  /** Labels scoring every feature, without the word cache: the reference `tagIds` must match. */
  tagIdsScoringEach(sentences: readonly (readonly string[])[], xpos?: readonly (readonly string[])[]): Uint8Array {
    const v = this.view;
    v.load(sentences, this.lexicon, xpos, 0);
    const labels = new Uint8Array(v.n);
    for (let p = 0; p < this.passes.length; p++) {
      if (p > 0) v.setFirstPass(labels);
      decodeDocument(v, this.passes[p]!, p > 0, this.features, labels, this.buffer, this.scores);
    }
    return labels;
  }

  /** Each token's word-cache record (new words get one; their sums come when first needed). */
  private assignRecords(sentences: readonly (readonly string[])[]): void {
    const v = this.view;
    const words = this.words;
    if (words.size > CACHE_WORDS) {
      words.clear();
      this.vectorsUsed.fill(0);
    }
    if (this.records.length < v.n) this.records = new Int32Array(v.n * 2);
    const records = this.records;
    let at = 0;
    for (const s of sentences) {
      for (const w of s) {
        const key = (v.flags[at]! & FLAG_CAPS_SENTENCE) !== 0 ? CAPS_KEY + w : w;
        let r = words.get(key);
        if (r === undefined) {
          r = words.size;
          words.set(key, r);
        }
        records[at++] = r;
      }
    }
    const need = words.size * WORD_GROUPS;
    for (let p = 0; p < this.passes.length; p++) {
      const old = this.groupAt[p]!;
      if (this.vectorsUsed[p] === 0 || old.length < need) {
        const grown = old.length >= need ? old : new Int32Array(Math.max(need * 2, 1024));
        if (this.vectorsUsed[p] === 0) grown.fill(-1);
        else {
          grown.set(old);
          grown.fill(-1, old.length);
        }
        this.groupAt[p] = grown;
      }
    }
  }

  /** Where pass p's sums of group g for the word at token j are; summed now if they are not yet. */
  private groupSums(p: number, j: number, g: number): number {
    const slot = this.records[j]! * WORD_GROUPS + g;
    const known = this.groupAt[p]![slot]!;
    if (known >= 0) return known;
    const at = this.vectorsUsed[p]!;
    if (at + LABEL_COUNT > this.vectors[p]!.length) {
      const grown = new Int32Array(this.vectors[p]!.length * 2);
      grown.set(this.vectors[p]!);
      this.vectors[p] = grown;
    }
    const vectors = this.vectors[p]!;
    vectors.fill(0, at, at + LABEL_COUNT);
    const features = this.buffer;
    this.passes[p]!.addInts(features, wordGroupFeatures(this.view, j, g, features, 0), vectors, at);
    this.vectorsUsed[p] = at + LABEL_COUNT;
    this.groupAt[p]![slot] = at;
    return at;
  }

  /** `decodeDocument` for pass p, with the word groups' sums from the cache. */
  private decodeCached(p: number, out: Uint8Array): void {
    const v = this.view;
    const scorer = this.passes[p]!;
    const set = this.features;
    const secondPass = p > 0;
    const edge = this.edges[p]!;
    const sums = this.sums;
    const buffer = this.buffer;
    const C = LABEL_COUNT;
    const n = v.n;
    let prev1 = -1;
    let prev2 = -1;
    for (let i = 0; i < n; i++) {
      const s0 = v.sentenceStart[i]!;
      const s1 = v.sentenceEnd[i]!;
      if (s0 === i) {
        prev1 = -1;
        prev2 = -1;
      }
      if ((v.flags[i]! & FLAG_SKIPPABLE) !== 0 && (prev1 < 0 || !isOpen(prev1))) {
        out[i] = LABEL_O;
        prev2 = prev1;
        prev1 = LABEL_O;
        continue;
      }
      // Group sums first (a new word's are computed into `vectors`, which may grow), then read them.
      const self = this.groupSums(p, i, GROUP_SELF);
      const l1 = i - 1 >= s0 ? this.groupSums(p, i - 1, GROUP_LEFT1) : -1;
      const l2 = i - 2 >= s0 ? this.groupSums(p, i - 2, GROUP_LEFT2) : -1;
      const r1 = i + 1 < s1 ? this.groupSums(p, i + 1, GROUP_RIGHT1) : -1;
      const r2 = i + 2 < s1 ? this.groupSums(p, i + 2, GROUP_RIGHT2) : -1;
      const vec = this.vectors[p]!;
      for (let c = 0; c < C; c++) {
        sums[c] =
          vec[self + c]! +
          (l1 >= 0 ? vec[l1 + c]! : edge[GROUP_LEFT1 * C + c]!) +
          (l2 >= 0 ? vec[l2 + c]! : edge[GROUP_LEFT2 * C + c]!) +
          (r1 >= 0 ? vec[r1 + c]! : edge[GROUP_RIGHT1 * C + c]!) +
          (r2 >= 0 ? vec[r2 + c]! : edge[GROUP_RIGHT2 * C + c]!);
      }
      let k = contextFeatures(v, i, set, buffer, 0);
      k = labelFeatures(v.lower[i]!, v.short[i]!, v.domain, prev1, prev2, set, buffer, k);
      if (secondPass) k = secondPassFeatures(v, i, buffer, k);
      scorer.addInts(buffer, k, sums, 0);
      const allowed = ALLOWED[prev1 + 1]![s1 === i + 1 ? 1 : 0]!;
      let best = allowed[0]!;
      let top = sums[best]!;
      for (let a = 1; a < allowed.length; a++) {
        const c = allowed[a]!;
        if (sums[c]! > top) {
          top = sums[c]!;
          best = c;
        }
      }
      out[i] = best;
      prev2 = prev1;
      prev1 = best;
    }
  }

  /** The model file's bytes. */
  static encode(passes: readonly LinearModelData[], lexicon: LexiconTable | undefined, features: NerFeatureSet, training?: Record<string, unknown>): Uint8Array {
    const sections: Record<string, SectionArray> = {};
    const codec: LinearCodecHeader[] = [];
    passes.forEach((d, p) => {
      const encoded = encodeLinear(`pass${p}`, d);
      codec.push(encoded.header);
      Object.assign(sections, encoded.sections);
    });
    const header: NerHeader = { model: "ner", labels: [...LABELS], features, passes: passes.length, codec, ...(training ? { training } : {}) };
    if (lexicon) {
      sections.lexKeys = lexicon.keys;
      sections.lexValues = lexicon.values;
    }
    return encodeModelFile(header, sections);
  }
}

/**
 * Greedy constrained decoding of every sentence of a loaded document with
 * one pass's weights; labels are written into `out` (flat, document order).
 */
export function decodeDocument(
  v: NerDocumentView,
  scorer: LinearScorer,
  secondPass: boolean,
  set: NerFeatureSet,
  out: Uint8Array,
  buffer: Uint32Array,
  scores: Float64Array,
): void {
  const n = v.n;
  let prev1 = -1;
  let prev2 = -1;
  for (let i = 0; i < n; i++) {
    if (v.sentenceStart[i] === i) {
      prev1 = -1;
      prev2 = -1;
    }
    if ((v.flags[i]! & FLAG_SKIPPABLE) !== 0 && (prev1 < 0 || !isOpen(prev1))) {
      out[i] = LABEL_O;
      prev2 = prev1;
      prev1 = LABEL_O;
      continue;
    }
    let k = staticFeatures(v, i, set, buffer, 0);
    k = labelFeatures(v.lower[i]!, v.short[i]!, v.domain, prev1, prev2, set, buffer, k);
    if (secondPass) k = secondPassFeatures(v, i, buffer, k);
    scores.fill(0);
    scorer.score(buffer, k, scores);
    const allowed = ALLOWED[prev1 + 1]![v.sentenceEnd[i] === i + 1 ? 1 : 0]!;
    let best = allowed[0]!;
    let top = scores[best]!;
    for (let a = 1; a < allowed.length; a++) {
      const c = allowed[a]!;
      if (scores[c]! > top) {
        top = scores[c]!;
        best = c;
      }
    }
    out[i] = best;
    prev2 = prev1;
    prev1 = best;
  }
}
