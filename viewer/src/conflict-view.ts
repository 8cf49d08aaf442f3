/**
 * Conflicting claims, side by side
 * ================================
 *
 * Two kinds of disagreement: figures that sources give differently (claims
 * marked as conflicting by the build: 23 warplanes according to one article,
 * 25 aircraft according to another), and relations that cannot both hold
 * (find-conflicts.ts). Each shows its two sides in two columns, each with its
 * own evidence, and leaves the judgement to the reader.
 */
import { claimCard } from "./claim-card.js";
import type { DetailContext } from "./detail-context.js";
import { appendWithMore } from "./append-with-more.js";
import { element } from "./element.js";
import { evidenceList } from "./evidence-list.js";
import type { Conflict } from "./find-conflicts.js";
import { edgeLink, nodeLink } from "./node-link.js";
import { originBadge } from "./origin-badge.js";
import { relationTerms } from "./relation-terms.js";
import type { Claim } from "./types.js";

export function conflictView(
  ctx: DetailContext,
  relations: readonly Conflict[],
  claims: readonly (readonly [Claim, Claim])[] = [],
): HTMLElement | null {
  const count = relations.length + claims.length;
  if (count === 0) return null;
  type Item = { claims: readonly [Claim, Claim] } | { relations: Conflict };
  const items: Item[] = [...claims.map((pair) => ({ claims: pair })), ...relations.map((conflict) => ({ relations: conflict }))];
  const section = element("section", { className: "conflicts" }, element("h3", {}, `Conflicting claims (${count})`));
  const render = (item: Item): HTMLElement => {
    if ("claims" in item) {
      const [a, b] = item.claims;
      return element(
        "div",
        { className: "conflict conflict-claims" },
        element("div", { className: "conflict-reason" }, `${a.subject}: sources disagree`),
        element("div", { className: "conflict-sides" }, claimCard(ctx, a), claimCard(ctx, b)),
      );
    }
    const conflict = item.relations;
    return element(
      "div",
      { className: "conflict conflict-relations", attrs: { "data-reason": conflict.reason } },
      element("div", { className: "conflict-reason" }, conflict.reason),
      element("div", { className: "conflict-sides" }, side(ctx, conflict.a), side(ctx, conflict.b)),
    );
  };
  appendWithMore(section, items, render, { first: 5, page: 10, noun: "conflicts" });
  return section;
}

function side(ctx: DetailContext, edge: string): HTMLElement {
  const { graph } = ctx;
  const a = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  return element(
    "div",
    { className: "conflict-side", attrs: { "data-edge": edge } },
    element("div", { className: "relation-head" }, nodeLink(ctx, source), ` ${a.label} `, nodeLink(ctx, target)),
    element("div", {}, originBadge(a.origin), element("span", { className: "confidence" }, `conf. ${a.confidence.toFixed(2)}`), edgeLink(ctx, edge, "details")),
    a.evidence.length > 0
      ? evidenceList(a.evidence, relationTerms(graph, edge), ctx.articles, ctx.settings.quotesPerRelation)
      : element("div", { className: "provenance" }, a.provenance.length > 0 ? `curated: ${a.provenance.join(", ")}` : "no evidence recorded"),
  );
}
