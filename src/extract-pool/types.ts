/**
 * Extraction strategies: the contract between the pipeline and whoever extracts
 * ==============================================================================
 *
 * The pipeline builds the corpus models, then hands the articles that need
 * extracting to an `ArticleExtractor`: in this thread (in-process.ts) or
 * spread over worker threads (extract-pool.ts). Either way the outcomes come
 * back in article order, one per article, and a failure is one article's
 * outcome, never an exception for the batch.
 */
import type { ModelDependencies } from "../nlp/model-dependencies.js";
import type { CasingModel } from "../nlp/normalize.js";
import type { Article, DocumentExtraction } from "../schema/index.js";

/** The corpus-level tables every article's extraction reads (see src/extract/normalize.ts). */
export interface CorpusModels {
  casing: CasingModel;
  vocabulary: Set<string>;
}

export type ExtractOutcome =
  | {
      ok: true;
      extraction: DocumentExtraction;
      /** The model answers extraction read, when asked for (to cache the result). */
      dependencies?: ModelDependencies;
      /** `JSON.stringify({ extraction, dependencies })`, when asked for: the cache stores it as is. */
      json?: string;
    }
  | { ok: false; error: string };

export interface ExtractRequest {
  /** Record the model answers each extraction reads, and serialise each result. */
  forCache: boolean;
  /** Called as articles are done: how many of `articles` so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface Extracted {
  /** One outcome per article, in article order. */
  outcomes: ExtractOutcome[];
  /** Threads that extracted them: 1 in this thread, else the workers. */
  threads: number;
}

export interface ArticleExtractor {
  extract(articles: readonly Article[], models: CorpusModels, request: ExtractRequest): Promise<Extracted>;
  /**
   * A hint given before the models are built: about this many characters of
   * text will be extracted. A pool starts its workers now, so that they load
   * while the main thread builds the models.
   */
  prepare?(chars: number): void;
  /** Releases threads; the extractor may not be used afterwards. */
  close?(): Promise<void>;
}
