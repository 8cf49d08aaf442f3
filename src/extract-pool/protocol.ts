/**
 * Messages between the pool and its workers
 * =========================================
 */
import type { CasingModel } from "../nlp/normalize.js";
import type { Article } from "../schema/index.js";
import type { SerializedOutcome } from "./extract-articles.js";

export type ToWorker =
  /** The corpus models, once per build (Maps and Sets survive structured cloning as they are). */
  | { type: "models"; casing: CasingModel; vocabulary: Set<string> }
  | { type: "batch"; batch: number; articles: Article[]; forCache: boolean };

export type ToPool = { type: "ready" } | { type: "done"; batch: number; results: SerializedOutcome[] };
