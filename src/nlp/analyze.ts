/**
 * Analysis: the statistical core's output, as data
 * ================================================
 *
 * One call runs the models over a document's sentences (given as tokens):
 * tags, then NER over the whole document (its features look at the other
 * sentences), then the dependency parse. Later stages receive this as data and
 * never call a model themselves. The parser is the costly model: a caller may
 * ask it to parse only the sentences that need a tree.
 */
import type { Tagger } from "./tagger.js";

/** What the parser offers (src/nlp/parser.ts). */
export interface DependencyParser {
  parse(words: readonly string[], upos: readonly string[], xpos: readonly string[]): { heads: Int32Array; deprels: string[] };
}

/** What the NER offers (src/nlp/ner.ts). */
export interface EntityTagger {
  tagDocument(sentences: readonly (readonly string[])[], options?: { xpos?: readonly (readonly string[])[] }): string[][];
}

export interface NlpModels {
  tagger: Tagger;
  parser?: DependencyParser;
  ner?: EntityTagger;
}

export interface SentenceAnalysis {
  words: readonly string[];
  upos: string[];
  xpos: string[];
  /** 1-based heads, 0 for the root (CoNLL-U); absent when the sentence was not parsed. */
  heads?: Int32Array;
  deprels?: string[];
  /** BILOU labels (B-PER, I-ORG, L-LOC, U-MISC, O); absent without an NER model. */
  ner?: string[];
}

export interface AnalyzeOptions {
  /** Which sentences to parse (by index); default all. */
  parse?: (index: number) => boolean;
}

export function analyzeDocument(sentences: readonly (readonly string[])[], models: NlpModels, options: AnalyzeOptions = {}): SentenceAnalysis[] {
  const out: SentenceAnalysis[] = sentences.map((words) => {
    const { upos, xpos } = models.tagger.tag(words);
    return { words, upos, xpos };
  });
  if (models.ner) {
    const labels = models.ner.tagDocument(sentences, { xpos: out.map((s) => s.xpos) });
    out.forEach((s, i) => (s.ner = labels[i]!));
  }
  if (models.parser) {
    const wanted = options.parse ?? (() => true);
    out.forEach((s, i) => {
      if (s.words.length === 0 || !wanted(i)) return;
      const tree = models.parser!.parse(s.words, s.upos, s.xpos);
      s.heads = tree.heads;
      s.deprels = tree.deprels;
    });
  }
  return out;
}
