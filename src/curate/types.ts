/**
 * news-kg curate: the curated layer as the builder sees it
 * ========================================================
 *
 * What `readCurated` returns: the entries of `corpus/curated.ts`, each with the
 * 1-based line it starts on, because that line is the provenance a curated node
 * or edge carries into the graph (`corpus/curated.ts:LINE`).
 */
import type { CuratedEntity, CuratedTriple } from "../schema/curated.js";

export interface CuratedLayer {
  /** Display path, e.g. "corpus/curated.ts" (relative to the working directory, forward slashes). */
  file: string;
  entities: Array<CuratedEntity & { line: number }>;
  triples: Array<CuratedTriple & { line: number }>;
  /** Extracted edges judged wrong, as written in the file's `rejected` list. */
  rejected: Array<{ edge: string; line: number }>;
  /** Pairs of names (or node keys) of different things, which resolution never merges (`distinct`). */
  distinct: Array<{ names: [string, string]; line: number }>;
}

export interface ReadCuratedOptions {
  /** The file's text; when given, the file is not read from disk. */
  text?: string;
  /** The path shown in messages and provenance; defaults to `file` relative to the working directory. */
  displayPath?: string;
}
