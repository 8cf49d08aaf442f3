/**
 * news-kg corpus stage: options
 * =============================
 *
 * Defaults, validation and resolution in one place (as sigma's settings.ts),
 * so the CLI and tests can pass a partial object and get a checked, complete
 * one. Bad options are a usage problem, so they throw instead of becoming
 * diagnostics.
 */
import { UsageError } from "../schema/errors.js";

export interface CorpusOptions {
  /** Files larger than this are skipped with a warning (guards against reading a stray dump). */
  maxBytes: number;
  /**
   * File extensions read from a folder, lower-case with the dot. `.jsonl`/`.ndjson` are read as JSON lines,
   * `.html`/`.htm`/`.xhtml` as web pages (reduced to their text), the rest as text.
   */
  extensions: readonly string[];
}

export const DEFAULT_CORPUS_OPTIONS: Readonly<CorpusOptions> = Object.freeze({
  maxBytes: 50 * 1024 * 1024,
  extensions: Object.freeze([".txt", ".md", ".jsonl", ".html", ".htm"]),
});

export function resolveCorpusOptions(options: Partial<CorpusOptions> = {}): CorpusOptions {
  const maxBytes = options.maxBytes ?? DEFAULT_CORPUS_OPTIONS.maxBytes;
  if (typeof maxBytes !== "number" || Number.isNaN(maxBytes) || maxBytes <= 0) {
    throw new UsageError(
      `corpus options: maxBytes must be a positive number of bytes, got ${JSON.stringify(maxBytes)}`,
    );
  }

  const given = options.extensions ?? DEFAULT_CORPUS_OPTIONS.extensions;
  if (!Array.isArray(given) || given.length === 0) {
    throw new UsageError('corpus options: extensions must be a non-empty list such as [".txt", ".md", ".jsonl"]');
  }
  const extensions: string[] = [];
  for (const ext of given as unknown[]) {
    if (typeof ext !== "string" || ext.replace(/^\./, "") === "") {
      throw new UsageError(`corpus options: extensions must be strings such as ".txt", got ${JSON.stringify(ext)}`);
    }
    // Accept "txt" as well as ".txt", and compare case-insensitively (README.TXT).
    const normalized = (ext.startsWith(".") ? ext : `.${ext}`).toLowerCase();
    if (!extensions.includes(normalized)) extensions.push(normalized);
  }
  return { maxBytes, extensions };
}
