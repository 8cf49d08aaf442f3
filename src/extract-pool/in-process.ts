/**
 * Extraction in this thread: `kg build --jobs 1`, small corpora, library use
 * ==========================================================================
 */
import type { Article } from "../schema/index.js";
import { extractOne } from "./extract-articles.js";
import type { ArticleExtractor, CorpusModels, ExtractOutcome, ExtractRequest } from "./types.js";

export function inProcessExtractor(): ArticleExtractor {
  return {
    async extract(articles, models, request) {
      return { outcomes: extractInProcess(articles, models, request), threads: 1 };
    },
  };
}

export function extractInProcess(articles: readonly Article[], models: CorpusModels, request: ExtractRequest): ExtractOutcome[] {
  const out: ExtractOutcome[] = [];
  // Progress at most every 50 ms: a callback per article would cost more than it tells.
  let next = performance.now() + 50;
  for (const article of articles) {
    out.push(extractOne(article, models, request.forCache));
    if (request.onProgress && performance.now() >= next) {
      request.onProgress(out.length, articles.length);
      next = performance.now() + 50;
    }
  }
  request.onProgress?.(articles.length, articles.length);
  return out;
}
