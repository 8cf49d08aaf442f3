/**
 * One claim: a figure, who gives it, and the sentence it comes from
 * =================================================================
 *
 * "23 warplanes (aircraft withdrawn), according to Sergei Surovikin", then
 * the quote with the figure and the source highlighted, and the article.
 */
import { articleCitation } from "./article-citation.js";
import type { DetailContext } from "./detail-context.js";
import { element } from "./element.js";
import { highlightText, type HighlightTerm } from "./highlight-text.js";
import { nodeLink } from "./node-link.js";
import type { Claim } from "./types.js";

export function claimCard(ctx: DetailContext, claim: Claim): HTMLElement {
  const source =
    claim.source && ctx.graph.hasNode(claim.source)
      ? nodeLink(ctx, claim.source)
      : claim.attributedTo
        ? element("span", {}, claim.attributedTo)
        : element("span", { className: "muted" }, "source not named");
  const terms: HighlightTerm[] = [
    { text: claim.value.toLocaleString("en-US"), className: "mention figure" },
    { text: String(claim.value), className: "mention figure" },
  ];
  if (claim.attributedTo) terms.push({ text: claim.attributedTo, className: "mention subject" });
  const quote = element("blockquote", { className: "quote" });
  quote.appendChild(highlightText(claim.evidence.quote, terms));
  return element(
    "div",
    { className: "claim", attrs: { "data-claim": claim.id } },
    element(
      "div",
      { className: "claim-figure" },
      element("strong", {}, `${claim.value.toLocaleString("en-US")} ${claim.unit}`),
      ` (${claim.subject})`,
    ),
    element("div", { className: "claim-source" }, "according to ", source),
    quote,
    element("div", { className: "cite" }, articleCitation(claim.doc, ctx.articles.get(claim.doc)), ` · sentence ${claim.evidence.sentence + 1}`),
  );
}
