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
 */
import { ModelError } from "../schema/index.js";
import { decodeLinear, encodeLinear, type LinearCodecHeader } from "./linear-codec.js";
import { decodeModelFile, encodeModelFile, section, type SectionArray } from "./model-format.js";
import type { LinearModelData, LinearScorer } from "./perceptron.js";
import { PackedScorer } from "./ner-scorer.js";
import { ALLOWED, LABELS, LABEL_COUNT, LABEL_O, isOpen, nerSpans, type Span } from "./ner-labels.js";
import { LexiconTable } from "./ner-lexicon.js";
import { FLAG_SKIPPABLE, NER_FEATURES_MAX, NerDocumentView, labelFeatures, secondPassFeatures, staticFeatures, type NerFeatureSet } from "./ner-features.js";

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

export class NerTagger {
  readonly features: NerFeatureSet;
  /** Whether the features read XPOS tags (a model trained with `pos`): then the caller must tag first. */
  get usesTags(): boolean {
    return this.features.pos;
  }
  readonly passes: readonly LinearScorer[];
  readonly lexicon: LexiconTable | undefined;
  private readonly view = new NerDocumentView();
  private readonly buffer = new Uint32Array(NER_FEATURES_MAX);
  private readonly scores = new Float64Array(LABEL_COUNT);
  private labels = new Uint8Array(256);

  constructor(passes: readonly LinearScorer[], lexicon: LexiconTable | undefined, features: NerFeatureSet) {
    if (passes.length === 0) throw new Error("NerTagger needs at least one pass");
    this.passes = passes;
    this.lexicon = lexicon;
    this.features = features;
  }

  static fromBytes(bytes: Uint8Array, file: string): NerTagger {
    const model = decodeModelFile<NerHeader>(bytes, file);
    const h = model.header;
    if (h.model !== "ner") throw new ModelError(file, `is a ${String(h.model)} model, not an NER model`);
    if (h.labels.length !== LABEL_COUNT || h.labels.some((l, i) => l !== LABELS[i])) {
      throw new ModelError(file, "labels differ from this news-kg's BILOU labels; run `npm run train`");
    }
    if (!Array.isArray(h.codec) || h.codec.length !== h.passes) throw new ModelError(file, "is an NER model of an older layout; run `npm run train`");
    const passes: LinearScorer[] = [];
    for (let p = 0; p < h.passes; p++) passes.push(new PackedScorer(decodeLinear(model, `pass${p}`, h.codec[p]!, file)));
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
    for (let p = 0; p < this.passes.length; p++) {
      if (p > 0) v.setFirstPass(labels);
      decodeDocument(v, this.passes[p]!, p > 0, this.features, labels, this.buffer, this.scores);
    }
    return labels.subarray(0, v.n);
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
