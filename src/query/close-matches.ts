/**
 * news-kg query: close matches
 * ============================
 *
 * "Did you mean …?" for names, predicates and edge ids: Levenshtein distance
 * over already-folded strings, kept when it is small for the word's length.
 */
import { editDistance } from "../lexicon/index.js";

export { editDistance };


/** The largest distance still worth suggesting for a word of this length. */
export function distanceLimit(word: string): number {
  return Math.max(2, Math.ceil(word.length * 0.4));
}

/**
 * Up to `max` of `candidates` within `distanceLimit(word)` of `word`, nearest
 * first, ties in candidate order. `key` gives the string compared for each
 * candidate (default: the candidate itself, lower-cased).
 */
export function closeMatches<T>(
  word: string,
  candidates: readonly T[],
  max = 5,
  key: (candidate: T) => string = (c) => String(c).toLowerCase(),
): T[] {
  const limit = distanceLimit(word);
  const target = word.toLowerCase();
  return candidates
    .map((candidate, index) => ({ candidate, index, distance: editDistance(target, key(candidate)) }))
    .filter((c) => c.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .slice(0, max)
    .map((c) => c.candidate);
}
