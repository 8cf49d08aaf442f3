/**
 * Filters: defaults and comparisons
 * =================================
 *
 * The filter state is plain data (lists, not sets) so that it can be compared,
 * copied into the URL and restored from it.
 */
import type { Filters } from "./types.js";

/** Hidden until asked for: edges whose verb the vocabulary does not map (low confidence; one click shows them). */
export const DEFAULT_HIDDEN_PREDICATES: readonly string[] = Object.freeze(["related_to"]);

export const DEFAULT_FILTERS: Readonly<Filters> = Object.freeze({
  hiddenKinds: [],
  hiddenPredicates: [...DEFAULT_HIDDEN_PREDICATES],
  source: null,
  showCurated: true,
  showExtracted: true,
  minConfidence: 0,
  dateFrom: null,
  dateTo: null,
});

export function defaultFilters(): Filters {
  return { ...DEFAULT_FILTERS, hiddenKinds: [], hiddenPredicates: [...DEFAULT_HIDDEN_PREDICATES] };
}

export function filtersEqual(a: Filters, b: Filters): boolean {
  return (
    sameList(a.hiddenKinds, b.hiddenKinds) &&
    sameList(a.hiddenPredicates, b.hiddenPredicates) &&
    a.source === b.source &&
    a.showCurated === b.showCurated &&
    a.showExtracted === b.showExtracted &&
    a.minConfidence === b.minConfidence &&
    a.dateFrom === b.dateFrom &&
    a.dateTo === b.dateTo
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}
