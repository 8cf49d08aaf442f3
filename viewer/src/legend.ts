/**
 * The legend, which is also the kind filter
 * =========================================
 *
 * One button per kind with its colour and counts (shown / total). Clicking a
 * kind hides or shows it; "only" keeps one kind; the state lives in the store
 * (and so in the URL). When nodes are coloured by community, the largest
 * communities are listed under the kinds, each named after its most
 * prominent member.
 */
import type { Visibility } from "./compute-visibility.js";
import type { CommunityInfo } from "./community-colors.js";
import { clear, element } from "./element.js";
import type { KgGraph } from "./types.js";
import type { ViewStore } from "./view-store.js";

export interface LegendOptions {
  kinds: readonly string[];
  kindColor(kind: string): string;
  communities: readonly CommunityInfo[];
}

export function mountLegend(container: HTMLElement, graph: KgGraph, store: ViewStore, options: LegendOptions) {
  const totals = new Map<string, number>();
  graph.forEachNode((_n, a) => totals.set(a.kind, (totals.get(a.kind) ?? 0) + 1));
  const list = element("ul", { className: "legend", attrs: { "aria-label": "node kinds" } });
  const communityList = element("ul", { className: "community-legend", attrs: { "aria-label": "largest communities" } });
  const communityBlock = element("div", {}, element("h2", {}, "Communities (Louvain)"), communityList);
  container.append(element("h2", {}, "Kinds"), list, communityBlock);

  const updateCommunities = () => {
    const on = store.get().colorBy === "community";
    communityBlock.hidden = !on;
    clear(communityList);
    if (!on) return;
    for (const c of options.communities) {
      const swatch = element("span", { className: "swatch", attrs: { "aria-hidden": "true" } });
      swatch.style.background = c.color;
      communityList.appendChild(
        element("li", { attrs: { "data-community": String(c.community) } }, swatch, element("span", { className: "kind-name" }, c.name), element("span", { className: "count" }, String(c.size))),
      );
    }
    communityList.appendChild(element("li", { className: "muted" }, "others: grey"));
  };

  const update = (visibility: Visibility) => {
    updateCommunities();
    const shown = new Map<string, number>();
    graph.forEachNode((node, a) => {
      if (!visibility.hiddenNodes.has(node)) shown.set(a.kind, (shown.get(a.kind) ?? 0) + 1);
    });
    const hidden = new Set(store.get().filters.hiddenKinds);
    clear(list);
    for (const kind of options.kinds) {
      const total = totals.get(kind) ?? 0;
      const visible = shown.get(kind) ?? 0;
      const swatch = element("span", { className: "swatch", attrs: { "aria-hidden": "true" } });
      swatch.style.background = options.kindColor(kind);
      const toggle = element(
        "button",
        {
          className: "legend-toggle",
          attrs: { type: "button", "data-kind": kind, "aria-pressed": String(!hidden.has(kind)) },
          title: hidden.has(kind) ? `show ${kind} nodes` : `hide ${kind} nodes`,
          onClick: () => {
            const next = new Set(store.get().filters.hiddenKinds);
            if (next.has(kind)) next.delete(kind);
            else next.add(kind);
            store.setFilters({ hiddenKinds: [...next] });
          },
        },
        swatch,
        element("span", { className: "kind-name" }, kind),
        element("span", { className: "count" }, visible === total ? String(total) : `${visible}/${total}`),
      );
      const only = element(
        "button",
        {
          className: "legend-only",
          attrs: { type: "button", "data-only": kind },
          title: `show only ${kind} nodes`,
          onClick: () => store.setFilters({ hiddenKinds: options.kinds.filter((k) => k !== kind) }),
        },
        "only",
      );
      list.appendChild(element("li", { className: hidden.has(kind) ? "off" : "" }, toggle, only));
    }
  };
  return { update };
}
