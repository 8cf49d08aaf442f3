/**
 * A link to another node or relation inside the detail panel
 * ==========================================================
 *
 * A button (not an anchor with a data-built href) that selects its target,
 * coloured by the target's kind.
 */
import type { DetailContext } from "./detail-context.js";
import { element } from "./element.js";

export function nodeLink(ctx: DetailContext, node: string): HTMLElement {
  const attributes = ctx.graph.getNodeAttributes(node);
  const button = element(
    "button",
    {
      className: "node-link",
      attrs: { "data-node": node, type: "button" },
      title: `${attributes.kind}: ${attributes.label}`,
      onClick: () => ctx.select({ type: "node", key: node }),
    },
    element("span", { className: "dot", attrs: { "aria-hidden": "true" } }),
    attributes.label,
  );
  button.style.setProperty("--kind-color", ctx.kindColor(attributes.kind));
  return button;
}

export function edgeLink(ctx: DetailContext, edge: string, text: string): HTMLElement {
  return element(
    "button",
    {
      className: "edge-link",
      attrs: { "data-edge": edge, type: "button" },
      title: "show this relation",
      onClick: () => ctx.select({ type: "edge", key: edge }),
    },
    text,
  );
}
