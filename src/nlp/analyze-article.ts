/**
 * The core's pass over one article
 * ================================
 *
 * Text in, analysis out: truecase a lower-cased article (from the corpus
 * casing model), split sentences, tokenize, then, given models, tag, NER-tag
 * and parse. Offsets stay those of the article: truecasing changes case only.
 */
import type { AnalyzedSentence, Article, CasingView, DocumentAnalysis, VocabularyView } from "../schema/index.js";
import { analyzeDocument, type AnalyzeOptions, type NlpModels } from "./analyze.js";
import { isLowercased, truecase } from "./normalize.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokens.js";

export interface AnalyzeArticleOptions {
  casing: CasingView;
  vocabulary?: VocabularyView;
  /** Without models, the analysis has sentences and tokens only. */
  models?: NlpModels;
  /** Which sentences to parse; default all. */
  parse?: AnalyzeOptions["parse"];
  /** Tag every sentence ("all", the default) or only those a model reads the tags of. */
  tags?: AnalyzeOptions["tags"];
  /** Parse multi-word names as one word (AnalyzeOptions.entityAware). */
  entityAware?: boolean;
}

export function analyzeArticle(article: Pick<Article, "text">, options: AnalyzeArticleOptions): DocumentAnalysis {
  const { text } = article;
  const truecased = isLowercased(text);
  const work = truecased ? truecase(text, options.casing, options.vocabulary) : text;
  const sentences: AnalyzedSentence[] = splitSentences(work).map((s) => ({
    index: s.index,
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
    tokens: tokenize(work, s.start, s.end),
  }));
  if (options.models) {
    const words = sentences.map((s) => s.tokens.map((t) => t.text));
    const analyses = analyzeDocument(words, options.models, {
      ...(options.parse ? { parse: options.parse } : {}),
      ...(options.tags ? { tags: options.tags } : {}),
      ...(options.entityAware ? { entityAware: true } : {}),
    });
    sentences.forEach((s, i) => {
      const a = analyses[i]!;
      if (a.upos && a.xpos) {
        s.upos = a.upos;
        s.xpos = a.xpos;
      }
      if (a.ner) s.ner = a.ner;
      if (a.heads && a.deprels) {
        s.heads = Array.from(a.heads);
        s.deprels = a.deprels;
      }
    });
  }
  return { text: work, truecased, sentences };
}
