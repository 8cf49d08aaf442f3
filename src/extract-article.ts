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
import { analyzeArticle } from "./nlp/analyze-article.js";
import type { NlpModels } from "./nlp/analyze.js";
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
   * The trained models: by default the package's (`loadModels`, without the
   * parser while relations do not read trees), with which the NER decides
   * which names are names (extract/ner-mentions.ts); `null` runs the rules
   * alone.
   */
  models?: NlpModels | null;
}

export function extractArticle(article: Article, options: ArticleOptions = {}): DocumentExtraction {
  const casing = options.casing ?? emptyCasingModel();
  const vocabulary = options.vocabulary;
  // Relations do not read trees yet: the parser is not loaded.
  const models = options.models === undefined ? loadModels({ parser: false }) : (options.models ?? undefined);
  const analysis = analyzeArticle(article, { casing, ...(vocabulary ? { vocabulary } : {}), ...(models ? { models } : {}), tags: "needed" });
  return extractDocument(article, analysis, { casing, ...(vocabulary ? { vocabulary } : {}) });
}

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
