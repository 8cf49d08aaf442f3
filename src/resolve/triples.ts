/**
 * Evidence merging
 * ================
 *
 * The same fact read in several sentences is one triple (see tripleId in the
 * schema) whose evidence lists each sentence once.
 */
import type { Evidence } from "../schema/index.js";

/** Union of evidence lists, one entry per (doc, sentence), in document order. */
export function mergeEvidence(a: readonly Evidence[], b: readonly Evidence[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const e of [...a, ...b]) {
    const key = `${e.doc}\u0000${e.sentence}`;
    if (!seen.has(key)) seen.set(key, e);
  }
  return [...seen.values()].sort((x, y) => (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.sentence - y.sentence));
}
