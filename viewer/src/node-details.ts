/**
 * The detail view of a node
 * =========================
 *
 * Label, kind, aliases, date (events), roles, curated note, the articles it
 * occurs in, conflicting claims, the figures it gives or is named in, and every relation grouped by predicate and
 * direction, each with its evidence. Built from text nodes only.
 */
import { appendWithMore } from "./append-with-more.js";
import { articleCitation } from "./article-citation.js";
import { claimCard } from "./claim-card.js";
import { conflictView } from "./conflict-view.js";
import type { DetailContext } from "./detail-context.js";
import { element, type Child } from "./element.js";
import { findConflicts } from "./find-conflicts.js";
import { nodeClaims } from "./node-claims.js";
import { originBadge } from "./origin-badge.js";
import { relationItem } from "./relation-item.js";

export function nodeDetails(ctx: DetailContext, node: string): HTMLElement {
  const { graph } = ctx;
  const a = graph.getNodeAttributes(node);
  const chip = element("span", { className: "kind-chip" }, a.kind);
  chip.style.setProperty("--kind-color", ctx.kindColor(a.kind));

  const facts: Child[] = [];
  const fact = (term: string, ...value: Child[]) => facts.push(element("dt", {}, term), element("dd", {}, ...value));
  const aliases = a.aliases.filter((alias) => alias !== a.label);
  if (aliases.length > 0) fact("Also known as", element("ul", { className: "aliases" }, ...aliases.map((alias) => element("li", {}, alias))));
  if (a.date) fact("Date", a.date, a.eventType ? ` (${a.eventType.replace(/_/g, " ")})` : "");
  if (a.roles && a.roles.length > 0) fact("Roles", a.roles.join(", "));
  if (a.note) fact("Note", a.note);
  // Names corpus-wide resolution joined here: where a wrong merge shows.
  if (a.mergedFrom && a.mergedFrom.length > 0) {
    fact(
      "Merged from",
      element(
        "ul",
        { className: "merged-from" },
        ...a.mergedFrom.map((m) => element("li", {}, `${m.form} (${m.docs.length} article${m.docs.length === 1 ? "" : "s"}; ${m.rule.replace("-", ", ")})`)),
      ),
    );
  }
  fact("Mentions", `${a.mentions} in ${a.sources.length} article${a.sources.length === 1 ? "" : "s"}`);

  const sourceList = element("ul", {});
  appendWithMore(sourceList, a.sources, (doc) => element("li", { attrs: { "data-doc": doc } }, articleCitation(doc, ctx.articles.get(doc))), {
    first: 20,
    noun: "articles",
  });
  const sources = element(
    "section",
    { className: "sources" },
    element("h3", {}, `Sources (${a.sources.length})`),
    a.sources.length > 0 ? sourceList : element("p", { className: "muted" }, "Known from the curated layer only."),
  );

  // Relations grouped by direction and predicate, largest groups first.
  const groups = new Map<string, { title: string; edges: string[] }>();
  graph.forEachOutEdge(node, (edge, e) => group(groups, `out:${e.predicate}`, `${e.label} →`).push(edge));
  graph.forEachInEdge(node, (edge, e) => group(groups, `in:${e.predicate}`, `← ${e.label}`).push(edge));
  const ordered = [...groups.entries()].sort((x, y) => y[1].edges.length - x[1].edges.length || x[0].localeCompare(y[0]));
  const byStrength = (x: string, y: string) => {
    const ex = graph.getEdgeAttributes(x);
    const ey = graph.getEdgeAttributes(y);
    return ey.confidence - ex.confidence || ey.weight - ex.weight;
  };
  const relations = element(
    "section",
    { className: "relations" },
    element("h3", {}, `Relations (${graph.degree(node)})`),
    ...ordered.map(([key, { title, edges }]) => {
      edges.sort(byStrength);
      const list = element("ul", {});
      appendWithMore(list, edges, (edge) => relationItem(ctx, edge, node), { first: ctx.settings.relationsPerGroup, noun: "relations" });
      const section = element(
        "section",
        { className: "predicate-group", attrs: { "data-group": key } },
        element("h4", {}, title, " ", element("span", { className: "count" }, String(edges.length))),
        list,
      );
      return section;
    }),
  );

  const { claims, conflicts } = nodeClaims(graph, ctx.claims, node);
  let claimSection: HTMLElement | null = null;
  if (claims.length > 0) {
    claimSection = element("section", { className: "claims" }, element("h3", {}, `Figures (${claims.length})`));
    appendWithMore(claimSection, claims, (c) => claimCard(ctx, c), { first: 10, noun: "figures" });
  }

  return element(
    "div",
    { className: "node-details", attrs: { "data-node": node } },
    element("header", {}, element("div", { className: "chips" }, chip, originBadge(a.origin)), element("h2", { className: "detail-title" }, a.label)),
    facts.length > 0 ? element("dl", { className: "facts" }, ...facts) : null,
    conflictView(ctx, findConflicts(graph, graph.edges(node)), conflicts),
    sources,
    claimSection,
    relations,
  );
}

function group(groups: Map<string, { title: string; edges: string[] }>, key: string, title: string): string[] {
  let g = groups.get(key);
  if (!g) groups.set(key, (g = { title, edges: [] }));
  return g.edges;
}
