/**
 * The detail view of a relation (edge)
 * ====================================
 *
 * Subject, predicate and object, origin, confidence, number of supporting
 * mentions, curated provenance, every evidence sentence, conflicting claims
 * and the other relations between the same two nodes.
 */
import { conflictView } from "./conflict-view.js";
import type { DetailContext } from "./detail-context.js";
import { element } from "./element.js";
import { evidenceList } from "./evidence-list.js";
import { findConflicts } from "./find-conflicts.js";
import { edgeLink, nodeLink } from "./node-link.js";
import { originBadge } from "./origin-badge.js";
import { relationTerms } from "./relation-terms.js";

export function edgeDetails(ctx: DetailContext, edge: string): HTMLElement {
  const { graph } = ctx;
  const a = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const parallel = [...graph.edges(source, target), ...(source === target ? [] : graph.edges(target, source))].filter((e) => e !== edge);

  return element(
    "div",
    { className: "edge-details", attrs: { "data-edge": edge } },
    element(
      "header",
      {},
      element("div", { className: "chips" }, element("span", { className: "kind-chip relation-chip" }, "relation"), originBadge(a.origin)),
      element("h2", { className: "detail-title" }, nodeLink(ctx, source), element("span", { className: "predicate" }, ` ${a.label} `), nodeLink(ctx, target)),
    ),
    element(
      "dl",
      { className: "facts" },
      element("dt", {}, "Predicate"),
      element("dd", {}, element("code", {}, a.predicate)),
      a.verb ? element("dt", {}, "Verb") : null,
      a.verb ? element("dd", {}, a.verb) : null,
      a.past ? element("dt", {}, "Time") : null,
      a.past ? element("dd", { className: "past" }, "past: every supporting sentence says it held once (“former”, “ex-”)") : null,
      element("dt", {}, "Confidence"),
      element("dd", {}, a.confidence.toFixed(2)),
      element("dt", {}, "Support"),
      element("dd", {}, `${a.weight} mention${a.weight === 1 ? "" : "s"} or curated statement${a.weight === 1 ? "" : "s"}`),
      a.provenance.length > 0 ? element("dt", {}, "Curated at") : null,
      a.provenance.length > 0 ? element("dd", {}, a.provenance.join(", ")) : null,
    ),
    conflictView(ctx, findConflicts(graph, [edge])),
    element(
      "section",
      { className: "evidence-section" },
      element("h3", {}, `Evidence (${a.evidence.length})`),
      a.evidence.length > 0
        ? evidenceList(a.evidence, relationTerms(graph, edge), ctx.articles, Math.max(ctx.settings.quotesPerRelation, 10))
        : element("p", { className: "muted" }, "No sentence: this relation comes from the curated layer."),
    ),
    parallel.length > 0
      ? element(
          "section",
          { className: "parallel" },
          element("h3", {}, "Other relations between them"),
          element(
            "ul",
            {},
            ...parallel.map((other) => {
              const [s, t] = graph.extremities(other);
              return element("li", {}, edgeLink(ctx, other, `${graph.getNodeAttribute(s, "label")} ${graph.getEdgeAttribute(other, "label")} ${graph.getNodeAttribute(t, "label")}`));
            }),
          ),
        )
      : null,
  );
}
