/**
 * Analysis: the statistical core's output, as data
 * ================================================
 *
 * One call runs the models over a document's sentences (given as tokens):
 * tags, then NER over the whole document (its features look at the other
 * sentences), then the dependency parse. Later stages receive this as data and
 * never call a model themselves. A caller may ask for only what it will read:
 * trees of some sentences (`parse`), and tags only where a model reads them
 * (`tags: "needed"`: the sentences parsed, or every sentence if the NER was
 * trained with POS features).
 */
import type { Tagger } from "./tagger.js";

/** What the parser offers (src/nlp/parser.ts). */
export interface DependencyParser {
  parse(words: readonly string[], upos: readonly string[], xpos: readonly string[]): { heads: Int32Array; deprels: string[] };
}

/** What the NER offers (src/nlp/ner.ts). */
export interface EntityTagger {
  tagDocument(sentences: readonly (readonly string[])[], options?: { xpos?: readonly (readonly string[])[] }): string[][];
  /** Whether its features read the XPOS tags. */
  readonly usesTags?: boolean;
}

export interface NlpModels {
  tagger: Tagger;
  parser?: DependencyParser;
  ner?: EntityTagger;
}

export interface SentenceAnalysis {
  words: readonly string[];
  /** Absent where no model needed tags (`tags: "needed"`). */
  upos?: string[];
  xpos?: string[];
  /** 1-based heads, 0 for the root (CoNLL-U); absent when the sentence was not parsed. */
  heads?: Int32Array;
  deprels?: string[];
  /** BILOU labels (B-PER, I-ORG, L-LOC, U-MISC, O); absent without an NER model. */
  ner?: string[];
}

export interface AnalyzeOptions {
  /** Which sentences to parse (by index, with the tags and NER labels so far); default all. */
  parse?: (index: number, sentence: SentenceAnalysis) => boolean;
  /** "all" (the default) tags every sentence; "needed" only those a model reads tags of. */
  tags?: "all" | "needed";
}

export function analyzeDocument(sentences: readonly (readonly string[])[], models: NlpModels, options: AnalyzeOptions = {}): SentenceAnalysis[] {
  const out: SentenceAnalysis[] = sentences.map((words) => ({ words }));
  if (models.ner) {
    // The NER first when it reads no tags: which sentences get parsed (and so tagged) may depend on its labels.
    if (models.ner.usesTags) tagAll(out, models);
    const options = models.ner.usesTags ? { xpos: out.map((s) => s.xpos ?? []) } : {};
    const labels = models.ner.tagDocument(sentences, options);
    out.forEach((s, i) => (s.ner = labels[i]!));
  }
  const wanted = options.parse ?? (() => true);
  const parsed = out.map((s, i) => models.parser !== undefined && s.words.length > 0 && wanted(i, s));
  if (options.tags !== "needed") tagAll(out, models);
  out.forEach((s, i) => {
    if (!parsed[i]) return;
    if (!s.upos) Object.assign(s, models.tagger.tag(s.words));
    const tree = models.parser!.parse(s.words, s.upos!, s.xpos!);
    s.heads = tree.heads;
    s.deprels = tree.deprels;
  });
  return out;
}

function tagAll(out: SentenceAnalysis[], models: NlpModels): void {
  for (const s of out) if (!s.upos) Object.assign(s, models.tagger.tag(s.words));
}
