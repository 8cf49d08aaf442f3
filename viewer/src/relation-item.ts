/**
 * One relation in a node's detail view
 * ====================================
 *
 * The other end (a link), the direction, origin and confidence, the evidence
 * quotes and, for curated facts, the line of `curated.ts` they come from.
 */
import type { DetailContext } from "./detail-context.js";
import { element } from "./element.js";
import { evidenceList } from "./evidence-list.js";
import { edgeLink, nodeLink } from "./node-link.js";
import { originBadge } from "./origin-badge.js";
import { relationTerms } from "./relation-terms.js";

export function relationItem(ctx: DetailContext, edge: string, from: string): HTMLElement {
  const { graph } = ctx;
  const a = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const outgoing = source === from;
  const other = outgoing ? target : source;
  const head = element(
    "div",
    { className: "relation-head" },
    outgoing ? element("span", { className: "dir", title: "outgoing" }, "→ ") : null,
    nodeLink(ctx, other),
    outgoing ? null : element("span", { className: "dir", title: "incoming" }, " →"),
    " ",
    originBadge(a.origin),
    element("span", { className: "confidence", title: "confidence" }, `conf. ${a.confidence.toFixed(2)}`),
    edgeLink(ctx, edge, "details"),
  );
  return element(
    "li",
    { className: "relation", attrs: { "data-edge": edge } },
    head,
    a.evidence.length > 0 ? evidenceList(a.evidence, relationTerms(graph, edge), ctx.articles, ctx.settings.quotesPerRelation) : null,
    a.provenance.length > 0 ? element("div", { className: "provenance" }, `curated: ${a.provenance.join(", ")}`) : null,
    a.evidence.length === 0 && a.provenance.length === 0 ? element("div", { className: "provenance" }, "no evidence recorded") : null,
  );
}
