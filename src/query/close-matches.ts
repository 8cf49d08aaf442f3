/**
 * news-kg query: close matches
 * ============================
 *
 * "Did you mean …?" for names, predicates and edge ids: Levenshtein distance
 * over already-folded strings, kept when it is small for the word's length.
 */

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

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
