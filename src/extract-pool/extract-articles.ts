/**
 * Extracting a list of articles: what a worker and the main thread both run
 * ========================================================================
 *
 * One function, so a result never depends on where it was computed: the
 * worker and the in-process extractor call the same code with the same
 * models. An article that throws becomes an error outcome; the others go on.
 * A model file that cannot be read (ModelError) is no fault of the article:
 * it stops the whole extraction, once, naming the file.
 */
import { extractArticle, extractArticleWithDependencies } from "../extract-article.js";
import { ModelError, type Article } from "../schema/index.js";
import type { CorpusModels, ExtractOutcome } from "./types.js";

/** An outcome as it crosses threads: the result as JSON text, or the error. */
export type SerializedOutcome = { json: string } | { error: string };

export function extractOne(article: Article, models: CorpusModels, forCache: boolean): ExtractOutcome {
  try {
    if (!forCache) return { ok: true, extraction: extractArticle(article, models) };
    const { extraction, dependencies } = extractArticleWithDependencies(article, models);
    return { ok: true, extraction, dependencies, json: JSON.stringify({ extraction, dependencies }) };
  } catch (error) {
    if (error instanceof ModelError) throw error;
    return { ok: false, error: errorMessage(error) };
  }
}

/** In a worker: the result serialised to JSON, which crosses threads faster than the object graph. */
export function extractSerialized(article: Article, models: CorpusModels, forCache: boolean): SerializedOutcome {
  try {
    if (!forCache) return { json: JSON.stringify({ extraction: extractArticle(article, models) }) };
    return { json: JSON.stringify(extractArticleWithDependencies(article, models)) };
  } catch (error) {
    if (error instanceof ModelError) throw error;
    return { error: errorMessage(error) };
  }
}

/** Back on the main thread. */
export function deserializeOutcome(outcome: SerializedOutcome, forCache: boolean): ExtractOutcome {
  if ("error" in outcome) return { ok: false, error: outcome.error };
  const parsed = JSON.parse(outcome.json) as Pick<Extract<ExtractOutcome, { ok: true }>, "extraction" | "dependencies">;
  return forCache ? { ok: true, extraction: parsed.extraction, dependencies: parsed.dependencies!, json: outcome.json } : { ok: true, extraction: parsed.extraction };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
