/**
 * One article through the core and the extractor
 * ==============================================
 *
 * The per-article half of the pipeline, kept in one place so that the main
 * thread, the worker threads, `kg extract` and library users run the same
 * composition: the core's analysis (src/nlp) handed, as data, to the
 * extractor (src/extract). `extractArticleWithDependencies` also records the
 * answers both read of the corpus casing tables, for the cache.
 */
import { extractDocument } from "./extract/extract-document.js";
import { BODY_NOUNS, mayReportEvent } from "./lexicon/index.js";
import { analyzeArticle } from "./nlp/analyze-article.js";
import type { NlpModels, SentenceAnalysis } from "./nlp/analyze.js";
import { loadModels } from "./nlp/load-models.js";
import { recordingModel, type ModelDependencies } from "./nlp/model-dependencies.js";
import { emptyCasingModel } from "./nlp/normalize.js";
import type { Article, CasingView, DocumentExtraction, VocabularyView } from "./schema/index.js";

export interface ArticleOptions {
  /** Mid-sentence casing learnt from the corpus, used to truecase lower-cased articles. */
  casing?: CasingView;
  /** Lower-case words of the corpus (common words are not names). */
  vocabulary?: VocabularyView;
  /**
   * The trained models: by default the package's (`loadModels`), with which
   * the NER decides which names are names (extract/ner-mentions.ts) and
   * relations are read off the parse (extract/syntax-relations.ts); `null`
   * runs the rules alone.
   */
  models?: NlpModels | null;
}

export function extractArticle(article: Article, options: ArticleOptions = {}): DocumentExtraction {
  const casing = options.casing ?? emptyCasingModel();
  const vocabulary = options.vocabulary;
  const models = options.models === undefined ? loadModels() : (options.models ?? undefined);
  const analysis = analyzeArticle(article, { casing, ...(vocabulary ? { vocabulary } : {}), ...(models ? { models } : {}), tags: "needed", parse: mayRelate, entityAware: true });
  return extractDocument(article, analysis, { casing, ...(vocabulary ? { vocabulary } : {}) });
}

/**
 * The sentences worth a parse: those where the NER saw two names or more, or
 * one and a personal pronoun (relations need two arguments; a pronoun may
 * stand for a person named earlier) or an event word (an event needs one
 * named participant or place; a pronoun may be that participant). The parser
 * is the costliest model.
 */
function mayRelate(_index: number, s: SentenceAnalysis): boolean {
  const labels = s.ner;
  if (!labels) return true;
  let names = 0;
  for (const l of labels) if (l.charCodeAt(0) === 66 || l.charCodeAt(0) === 85) names++; // B-, U-
  if (names >= 2) return true;
  let pronoun = false;
  let event = false;
  for (const w of s.words) {
    const lower = w.toLowerCase();
    if (PRONOUNS.has(lower) || BODY_NOUNS.has(lower)) pronoun = true;
    else if (!event && mayReportEvent(lower)) event = true;
  }
  // "He resigned on Monday": a pronoun for a person named earlier and an event word.
  return names === 0 ? pronoun && event : pronoun || event;
}

const PRONOUNS = new Set(["he", "she", "they", "it", "who", "which"]);

/**
 * Extracts an article and returns, with the result, the answers it read of the
 * corpus-level tables: the result stays valid for any later tables that give
 * the same answers (see nlp/model-dependencies.ts).
 */
export function extractArticleWithDependencies(article: Article, options: ArticleOptions = {}): { extraction: DocumentExtraction; dependencies: ModelDependencies } {
  const recording = recordingModel(options.casing ?? emptyCasingModel(), options.vocabulary);
  const extraction = extractArticle(article, { ...options, casing: recording.casing, vocabulary: recording.vocabulary });
  return { extraction, dependencies: recording.dependencies() };
}
