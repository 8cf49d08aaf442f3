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
  /**
   * Parse with each multi-word name the NER found as one word (its last), then
   * give the name's other words to it as `flat` ("Bashar al-Assad" → "al-Assad"):
   * a treebank of web text has seen few long names, and a sentence with fewer
   * words has fewer ways to go wrong. Off by default (kg nlp keeps the
   * treebank's own analysis); the extractor turns it on.
   */
  entityAware?: boolean;
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
    if (options.entityAware && s.ner) return parseByNames(s, models);
    if (!s.upos) Object.assign(s, models.tagger.tag(s.words));
    const tree = models.parser!.parse(s.words, s.upos!, s.xpos!);
    s.heads = tree.heads;
    s.deprels = tree.deprels;
  });
  return out;
}

/**
 * ", which support X", ", who back Y": a bare noun right after a relative
 * pronoun that opens a clause is the clause's verb (the tagger, trained on web
 * text, reads "support" as the noun it usually is).
 */
function relativeClauseVerbs(words: readonly string[], tags: { upos: string[]; xpos: string[] }): void {
  for (let k = 2; k < words.length; k++) {
    if (tags.upos[k] !== "NOUN" || words[k - 2] !== ",") continue;
    const rel = words[k - 1]!.toLowerCase();
    if (rel !== "which" && rel !== "who" && rel !== "that") continue;
    tags.upos[k] = "VERB";
    tags.xpos[k] = /s$/.test(words[k]!) ? "VBZ" : "VBP";
  }
}

/**
 * Tags and parses the sentence with each multi-word NER name as its last word,
 * then maps the tree back (see AnalyzeOptions.entityAware).
 */
function parseByNames(s: SentenceAnalysis, models: NlpModels): void {
  const labels = s.ner!;
  const n = s.words.length;
  // kept[c] = the original index of collapsed word c; spanStart[k] = first word of k's name.
  const kept: number[] = [];
  const spanStart = new Int32Array(n);
  let start = -1;
  for (let k = 0; k < n; k++) {
    const tag = labels[k]!.charAt(0);
    if (tag === "B") start = k;
    if (tag === "I" && start >= 0) continue;
    if (tag === "B") continue;
    spanStart[k] = tag === "L" && start >= 0 ? start : k;
    if (tag === "L") start = -1;
    kept.push(k);
  }
  const words = kept.map((k) => s.words[k]!);
  const tags = models.tagger.tag(words);
  relativeClauseVerbs(words, tags);
  // The NER has said these are names of people, places or organizations: proper nouns, whatever the tagger made of "al-Assad".
  kept.forEach((k, c) => {
    if (/^[LU]-(?:PER|LOC|ORG)$/.test(labels[k]!)) {
      tags.upos[c] = "PROPN";
      tags.xpos[c] = "NNP";
    }
  });
  const tree = models.parser!.parse(words, tags.upos, tags.xpos);
  const heads = new Int32Array(n);
  const deprels = new Array<string>(n);
  const upos = new Array<string>(n);
  const xpos = new Array<string>(n);
  kept.forEach((k, c) => {
    const h = tree.heads[c]!;
    heads[k] = h === 0 ? 0 : kept[h - 1]! + 1;
    deprels[k] = tree.deprels[c]!;
    for (let j = spanStart[k]!; j <= k; j++) {
      upos[j] = j === k ? tags.upos[c]! : "PROPN";
      xpos[j] = j === k ? tags.xpos[c]! : "NNP";
      if (j < k) {
        heads[j] = k + 1;
        deprels[j] = "flat";
      }
    }
  });
  s.upos = upos;
  s.xpos = xpos;
  s.heads = heads;
  s.deprels = deprels;
}

function tagAll(out: SentenceAnalysis[], models: NlpModels): void {
  for (const s of out) if (!s.upos) Object.assign(s, models.tagger.tag(s.words));
}
