/**
 * The statistical core
 * ====================
 *
 * Tagger, parser and NER (averaged perceptrons), the analysis they produce,
 * and the loading of their models. See each file.
 */
export * from "./analyze.js";
export { analyzeArticle, type AnalyzeArticleOptions } from "./analyze-article.js";
export { loadModels, MODELS_DIR, MODEL_FILES, type LoadModelsOptions } from "./load-models.js";
export { Tagger } from "./tagger.js";
export { Parser } from "./parser.js";
export { NerTagger, nerSpans } from "./ner.js";
export { parseConllu, formatConllu, type ConlluSentence, type ConlluWord } from "./conllu.js";
