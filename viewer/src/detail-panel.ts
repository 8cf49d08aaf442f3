/**
 * The detail panel
 * ================
 *
 * Shows the selected node or relation (see node-details.ts, edge-details.ts)
 * and follows the store: selecting something else replaces the content,
 * clearing the selection closes the panel.
 */
import type { DetailContext } from "./detail-context.js";
import { clear, element } from "./element.js";
import { edgeDetails } from "./edge-details.js";
import { nodeDetails } from "./node-details.js";
import type { ViewStore } from "./view-store.js";

export function mountDetailPanel(panel: HTMLElement, store: ViewStore, ctx: DetailContext): void {
  const render = () => {
    const { selection } = store.get();
    clear(panel);
    const valid =
      selection !== null && (selection.type === "node" ? ctx.graph.hasNode(selection.key) : ctx.graph.hasEdge(selection.key));
    panel.hidden = !valid;
    if (!valid || selection === null) return;
    panel.appendChild(
      element(
        "button",
        { className: "close", attrs: { type: "button", "aria-label": "close the panel" }, onClick: () => store.set({ selection: null }) },
        "×",
      ),
    );
    panel.appendChild(selection.type === "node" ? nodeDetails(ctx, selection.key) : edgeDetails(ctx, selection.key));
    panel.scrollTop = 0;
  };
  store.subscribe((state, previous) => {
    if (state.selection?.type !== previous.selection?.type || state.selection?.key !== previous.selection?.key) render();
  });
  render();
}
