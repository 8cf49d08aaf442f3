/**
 * news-kg schema: the statistical core's analysis of an article
 * =============================================================
 *
 * What src/nlp hands to src/extract: the article's sentences and tokens (with
 * character offsets into the article), the tagger's, parser's and NER's
 * labels, and the views of the corpus-level casing tables that extraction
 * also consults. Types only, so that neither stage imports the other.
 */
import type { Sentence } from "./types.js";

export interface Token {
  /** The token as it reads in the (truecased) text. */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** First letter is upper case (after truecasing). */
  cap: boolean;
  /** A possessive marker ('s, ’s, or a detached s). */
  possessive: boolean;
}

/** A read-only view of a lookup table: what a stage consults (Map and Set satisfy it). */
export interface Lookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
}

/** A run of words the corpus capitalises as a whole ("Islamic State"). */
export interface PhraseEntry {
  lower: string[];
  cased: string[];
}

/** What the stages read of the corpus casing model (see src/nlp/normalize.ts and model-dependencies.ts). */
export interface CasingView {
  words: Lookup<string>;
  phrases: Lookup<PhraseEntry[]>;
}

/** What the stages read of the corpus vocabulary. */
export interface VocabularyView {
  has(word: string): boolean;
}

/** One sentence as the core sees it. `text` is the article's own text of the sentence (not truecased). */
export interface AnalyzedSentence extends Sentence {
  tokens: Token[];
  /** Per token, when the tagger ran. */
  upos?: string[];
  xpos?: string[];
  /** Per token: 1-based head (0 root) and UD relation, when the sentence was parsed. */
  heads?: number[];
  deprels?: string[];
  /** Per token: BILOU entity labels (B-PER, I-ORG, L-LOC, U-MISC, O), when NER ran. */
  ner?: string[];
}

export interface DocumentAnalysis {
  /** The text the tokens were read from: the article's, truecased where it was lower-cased (same length). */
  text: string;
  /** The article was lower-cased and has been truecased. */
  truecased: boolean;
  sentences: AnalyzedSentence[];
}
