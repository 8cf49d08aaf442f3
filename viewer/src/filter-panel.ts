/**
 * Filters: structure, predicate, source article, origin, confidence
 * =================================================================
 *
 * The structure group follows Gephi Lite and Retina: minimum degree,
 * minimum mentions, hide isolated nodes, only the selection's connected
 * component or ego network (1 or 2 hops), colour by kind or by community.
 * Form controls bound to the store. They write filter changes to the store
 * and follow it back (a restored URL, "reset filters"), so the panel always
 * tells the truth about what is hidden.
 */
import { articleCitation } from "./article-citation.js";
import { element } from "./element.js";
import { defaultFilters } from "./filters.js";
import type { ColorBy, KgGraph, Scope } from "./types.js";
import type { ViewStore } from "./view-store.js";

export function mountFilterPanel(container: HTMLElement, graph: KgGraph, store: ViewStore): void {
  // Predicates present in the graph, most frequent first.
  const predicates = new Map<string, { label: string; count: number }>();
  graph.forEachEdge((_e, a) => {
    const entry = predicates.get(a.predicate);
    if (entry) entry.count++;
    // related_to edges are labelled with their verb; the filter is for all of them.
    else predicates.set(a.predicate, { label: a.predicate === "related_to" ? "related to (other verbs)" : a.label, count: 1 });
  });
  const predicateBoxes = new Map<string, HTMLInputElement>();
  const predicateList = element("ul", { className: "predicate-filter" });
  for (const [predicate, { label, count }] of [...predicates.entries()].sort((x, y) => y[1].count - x[1].count || x[0].localeCompare(y[0]))) {
    const box = element("input", { attrs: { type: "checkbox", "data-predicate": predicate } });
    box.checked = true;
    box.addEventListener("change", () => {
      const hidden = new Set(store.get().filters.hiddenPredicates);
      if (box.checked) hidden.delete(predicate);
      else hidden.add(predicate);
      store.setFilters({ hiddenPredicates: [...hidden] });
    });
    predicateBoxes.set(predicate, box);
    predicateList.appendChild(element("li", {}, element("label", {}, box, ` ${label} `, element("span", { className: "count" }, String(count)))));
  }
  const allPredicates = element(
    "button",
    { className: "link", attrs: { type: "button" }, onClick: () => store.setFilters({ hiddenPredicates: [] }) },
    "all",
  );
  const noPredicates = element(
    "button",
    { className: "link", attrs: { type: "button" }, onClick: () => store.setFilters({ hiddenPredicates: [...predicates.keys()] }) },
    "none",
  );

  // Source articles, oldest first.
  const articles = [...(graph.getAttribute("articles") ?? [])].sort(
    (x, y) => (x.published ?? "").localeCompare(y.published ?? "") || x.id.localeCompare(y.id),
  );
  const source = element("select", { className: "source-filter", attrs: { "aria-label": "source article" } });
  source.appendChild(element("option", { attrs: { value: "" } }, `all articles (${articles.length})`));
  for (const article of articles) {
    source.appendChild(element("option", { attrs: { value: article.id } }, articleCitation(article.id, article)));
  }
  source.addEventListener("change", () => store.setFilters({ source: source.value || null }));

  // Curated / extracted.
  const curated = element("input", { attrs: { type: "checkbox", "data-origin": "curated" } });
  const extracted = element("input", { attrs: { type: "checkbox", "data-origin": "extracted" } });
  curated.addEventListener("change", () => store.setFilters({ showCurated: curated.checked }));
  extracted.addEventListener("change", () => store.setFilters({ showExtracted: extracted.checked }));

  // Minimum confidence.
  const confidence = element("input", {
    className: "confidence-filter",
    attrs: { type: "range", min: "0", max: "1", step: "0.05", "aria-label": "minimum confidence" },
  });
  const confidenceValue = element("output", {}, "0");
  confidence.addEventListener("input", () => store.setFilters({ minConfidence: Number(confidence.value) }));

  // Structure.
  const numberInput = (name: string, label: string) =>
    element("input", { className: `${name}-filter`, attrs: { type: "number", min: "0", step: "1", inputmode: "numeric", "data-filter": name, "aria-label": label } });
  const minDegree = numberInput("min-degree", "minimum degree");
  const minMentions = numberInput("min-mentions", "minimum mentions");
  const readCount = (input: HTMLInputElement) => Math.max(0, Math.floor(Number(input.value) || 0));
  minDegree.addEventListener("change", () => store.setFilters({ minDegree: readCount(minDegree) }));
  minMentions.addEventListener("change", () => store.setFilters({ minMentions: readCount(minMentions) }));
  const isolated = element("input", { attrs: { type: "checkbox", "data-filter": "hide-isolated" } });
  isolated.addEventListener("change", () => store.setFilters({ hideIsolated: isolated.checked }));
  const scope = element("select", { className: "scope-filter", attrs: { "data-filter": "scope", "aria-label": "around the selected node" } });
  for (const [value, text] of [
    ["all", "the whole graph"],
    ["component", "its connected component"],
    ["ego1", "its neighbours (1 hop)"],
    ["ego2", "its ego network, 2 hops"],
  ] as const) {
    scope.appendChild(element("option", { attrs: { value } }, text));
  }
  scope.addEventListener("change", () => store.setFilters({ scope: scope.value as Scope }));
  const scopeNote = element("p", { className: "muted scope-note" }, "Select a node to use this.");
  const colorBy = element("select", { className: "color-by", attrs: { "data-filter": "color-by", "aria-label": "colour nodes by" } });
  colorBy.append(element("option", { attrs: { value: "kind" } }, "kind"), element("option", { attrs: { value: "community" } }, "community (Louvain)"));
  colorBy.addEventListener("change", () => store.set({ colorBy: colorBy.value as ColorBy }));

  const reset = element(
    "button",
    { className: "reset-filters", attrs: { type: "button" }, onClick: () => store.set({ filters: defaultFilters() }) },
    "reset all filters",
  );

  container.append(
    element("h2", {}, "Filters"),
    element(
      "div",
      { className: "filter-group structure-filter" },
      element("h3", {}, "Structure"),
      element("label", {}, "Minimum degree ", minDegree),
      element("label", {}, "Minimum mentions ", minMentions),
      element("label", {}, isolated, " hide isolated nodes"),
      element("label", {}, "Around the selected node: ", scope),
      scopeNote,
      element("label", {}, "Colour by ", colorBy),
    ),
    element("div", { className: "filter-group" }, element("h3", {}, "Relations ", allPredicates, " · ", noPredicates), predicateList),
    element("div", { className: "filter-group" }, element("h3", {}, "Source article"), source),
    element(
      "div",
      { className: "filter-group" },
      element("h3", {}, "Origin"),
      element("label", {}, curated, " curated"),
      " ",
      element("label", {}, extracted, " extracted"),
    ),
    element("div", { className: "filter-group" }, element("h3", {}, "Minimum confidence ", confidenceValue), confidence),
    reset,
  );

  const sync = () => {
    const { filters, selection } = store.get();
    minDegree.value = String(filters.minDegree);
    minMentions.value = String(filters.minMentions);
    isolated.checked = filters.hideIsolated;
    scope.value = filters.scope;
    scopeNote.hidden = filters.scope === "all" || selection?.type === "node";
    colorBy.value = store.get().colorBy;
    const hidden = new Set(filters.hiddenPredicates);
    for (const [predicate, box] of predicateBoxes) box.checked = !hidden.has(predicate);
    source.value = filters.source ?? "";
    curated.checked = filters.showCurated;
    extracted.checked = filters.showExtracted;
    confidence.value = String(filters.minConfidence);
    confidenceValue.textContent = filters.minConfidence.toFixed(2);
  };
  store.subscribe((state, previous) => {
    if (state.filters !== previous.filters || state.selection !== previous.selection || state.colorBy !== previous.colorBy) sync();
  });
  sync();
}
