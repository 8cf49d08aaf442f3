/**
 * Filters: defaults and comparisons
 * =================================
 *
 * The filter state is plain data (lists, not sets) so that it can be compared,
 * copied into the URL and restored from it.
 */
import type { Filters, Scope } from "./types.js";

export const SCOPES: readonly Scope[] = Object.freeze(["all", "component", "ego1", "ego2"]);

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
  minDegree: 0,
  minMentions: 0,
  hideIsolated: false,
  scope: "all",
  overview: true,
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
    a.dateTo === b.dateTo &&
    a.minDegree === b.minDegree &&
    a.minMentions === b.minMentions &&
    a.hideIsolated === b.hideIsolated &&
    a.scope === b.scope &&
    a.overview === b.overview
  );
}

/** Every node shown: no filter hides a node, and no first-view budget (edges of the default-hidden predicates stay hidden). */
export function showAllFilters(): Filters {
  return { ...defaultFilters(), overview: false };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}
