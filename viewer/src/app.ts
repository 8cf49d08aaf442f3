/**
 * The viewer application
 * ======================
 *
 * Composes the parts, in the order a reader would look for them: state from
 * the URL, filters, sigma with its reducers, then the panels (search, legend,
 * filters, timeline, details, toolbar). Every change goes through the store;
 * the store drives sigma (through the reducers: the graph is never changed to
 * restyle it) and the URL hash.
 */
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram, NodeCircleProgram, NodePointProgram } from "sigma/rendering";
import type { EdgeProgramType, NodeProgramType } from "sigma/rendering";
import { focusEdge, focusNode } from "./camera-focus.js";
import { communityColors } from "./community-colors.js";
import { computeVisibility, type VisibilityContext } from "./compute-visibility.js";
import { mountControls } from "./controls.js";
import type { DetailContext } from "./detail-context.js";
import { mountDetailPanel } from "./detail-panel.js";
import { drawNodeLabel } from "./draw-node-label.js";
import { edgeCurvatures } from "./edge-curvatures.js";
import { mountFilterPanel } from "./filter-panel.js";
import { filtersEqual, showAllFilters } from "./filters.js";
import { cameraToFit } from "./fit-camera.js";
import { createLabelCuller } from "./label-culler.js";
import type { Box } from "./label-layout.js";
import { byProminence, nodeProminence } from "./prominence.js";
import { append, clear, element } from "./element.js";
import { kindColors } from "./kind-colors.js";
import { createLayoutRunner } from "./layout-runner.js";
import { mountLegend } from "./legend.js";
import { createEdgeReducer, createNodeReducer, type Neighbourhood, type RenderState } from "./reducers.js";
import { createSearchIndex } from "./search-index.js";
import { mountSearchBox } from "./search-box.js";
import { isLargeGraph, resolveViewerSettings, sigmaSettingsFor, type ViewerSettings } from "./settings.js";
import { mountTimeline } from "./timeline.js";
import type { ArticleMeta, Claim, EdgeAttributes, Filters, GraphAttributes, KgGraph, NodeAttributes, Selection, ViewState } from "./types.js";
import { formatUrlState, parseUrlState } from "./url-state.js";
import { createViewStore, type ViewStore } from "./view-store.js";

export interface ViewerElements {
  stage: HTMLElement;
  search: HTMLElement;
  controls: HTMLElement;
  legend: HTMLElement;
  filters: HTMLElement;
  timeline: HTMLElement;
  details: HTMLElement;
  status: HTMLElement;
}

export interface ViewerApp {
  sigma: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;
  graph: KgGraph;
  store: ViewStore;
  settings: ViewerSettings;
}

export interface ViewerOptions {
  gexfUrl: string | null;
  settings?: Partial<ViewerSettings>;
}

export function createViewerApp(graph: KgGraph, elements: ViewerElements, options: ViewerOptions): ViewerApp {
  const settings = resolveViewerSettings(options.settings);
  const colors = kindColors(graph);
  const kindColor = (kind: string) => colors.get(kind) ?? settings.fallbackColor;
  const present = new Set<string>();
  graph.forEachNode((_n, a) => present.add(a.kind));
  const kinds = [
    ...settings.kindOrder.filter((k) => present.has(k)),
    ...[...present].filter((k) => !(settings.kindOrder as readonly string[]).includes(k)).sort(),
  ];
  const articles = new Map<string, ArticleMeta>((graph.getAttribute("articles") ?? []).map((a) => [a.id, a]));
  const claims = new Map<string, Claim>((graph.getAttribute("claims") ?? []).map((c) => [c.id, c]));
  const prominence = nodeProminence(graph);
  const order = byProminence(graph, prominence);
  const communities = communityColors(graph, prominence);
  const communityMap = new Map(communities.map((c) => [c.community, c.color]));

  // 1. State, from the URL.
  const initial = parseUrlState(location.hash);
  if (!isValidSelection(graph, initial.selection)) initial.selection = null;
  const store = createViewStore(initial);

  // 2. What the reducers read.
  const large = isLargeGraph(graph.order, graph.size, settings);
  const edgeLabelsBelowRatio = large ? settings.largeEdgeLabelsBelowRatio : settings.edgeLabelsBelowRatio;
  const visibilityContext = (selection: Selection): VisibilityContext => ({
    selected: selection?.type === "node" ? selection.key : null,
    budget: settings.overviewNodes,
    prominence: (node) => prominence.get(node) ?? 0,
  });
  const render: RenderState = {
    visibility: computeVisibility(graph, initial.filters, visibilityContext(initial.selection)),
    selection: initial.selection,
    focus: null,
    hover: null,
    hoveredEdge: null,
    curvatures: edgeCurvatures(graph, settings.curvatureStep),
    large,
    fastEdges: graph.size >= settings.fastEdgesFrom,
    zoomedIn: false,
    labels: new Set(),
    leftLabels: new Set(),
    communityColors: initial.colorBy === "community" ? communityMap : null,
  };
  let hovered: string | null = null;

  // 3. sigma.
  const sigma = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(graph, elements.stage, {
    ...sigmaSettingsFor(graph.order, graph.size, settings),
    defaultDrawNodeLabel: drawNodeLabel,
    nodeReducer: createNodeReducer(() => render, settings),
    edgeReducer: createEdgeReducer(() => render, settings),
    nodeProgramClasses: {
      circle: NodeCircleProgram as unknown as NodeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>,
      point: NodePointProgram as unknown as NodeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>,
    },
    edgeProgramClasses: {
      arrow: EdgeArrowProgram as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>,
      curved: EdgeCurvedArrowProgram as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>,
      fast: EdgeLineProgram as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>,
    },
  });
  const camera = sigma.getCamera();

  // Labels: laid out by label-culler.ts so that none overlap, none sit under the overlays.
  const overlays = [elements.status, ...Array.from(elements.stage.parentElement?.querySelectorAll<HTMLElement>(".hint") ?? [])];
  const labels = createLabelCuller(sigma as unknown as Sigma, {
    order,
    labels: render.labels as Set<string>,
    leftLabels: render.leftLabels as Set<string>,
    labelArea: settings.labelArea,
    settleMs: large ? 120 : 0,
    priority: () => {
      const first: string[] = [];
      if (render.selection?.type === "node") first.push(render.selection.key);
      if (hovered !== null) first.push(hovered);
      const around = [...(render.hover?.nodes ?? []), ...(render.focus?.nodes ?? [])];
      around.sort((a, b) => (prominence.get(b) ?? 0) - (prominence.get(a) ?? 0));
      return [...first, ...around];
    },
    obstacles: () => {
      const stage = elements.stage.getBoundingClientRect();
      return overlays
        .filter((el) => !el.hidden && el.textContent)
        .map((el): Box => {
          const r = el.getBoundingClientRect();
          return { left: r.left - stage.left, top: r.top - stage.top, right: r.right - stage.left, bottom: r.bottom - stage.top };
        });
    },
  });
  // sigma follows only window resizes; the stage also shrinks when the detail panel opens.
  if (typeof ResizeObserver !== "undefined") {
    new ResizeObserver(() => {
      sigma.resize();
      sigma.refresh();
      labels.schedule();
    }).observe(elements.stage);
  }
  const fitShown = (animate: boolean) => {
    const shown = graph.filterNodes((node) => !render.visibility.hiddenNodes.has(node));
    const state = shown.length > 0 && shown.length < graph.order ? cameraToFit(sigma as unknown as Sigma, shown) : { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    if (!state) return;
    if (animate) void camera.animate(state, { duration: 400 });
    else camera.setState(state);
  };

  const neighbourhood = (center: string): Neighbourhood => {
    const nodes = new Set([center]);
    const edges = new Set<string>();
    graph.forEachEdge(center, (edge, _a, source, target) => {
      if (render.visibility.hiddenEdges.has(edge)) return;
      edges.add(edge);
      nodes.add(source === center ? target : source);
    });
    return { center, nodes, edges };
  };
  // Small graphs: the hovered (else selected) neighbourhood is in focus and the
  // rest fades. Large graphs: only the selection fades the rest (one full
  // refresh per click); hovering highlights without fading, which refreshes
  // only the nodes and edges that change.
  const updateFocus = () => {
    const selection = render.selection;
    // With the component or ego filter on, what is shown is already the selection's surroundings: nothing fades.
    const scoped = store.get().filters.scope !== "all";
    const center = (large ? null : hovered) ?? (selection?.type === "node" && !scoped ? selection.key : null);
    if (center !== null && graph.hasNode(center)) render.focus = neighbourhood(center);
    else if (selection?.type === "edge" && graph.hasEdge(selection.key)) {
      render.focus = { center: null, nodes: new Set(graph.extremities(selection.key)), edges: new Set([selection.key]) };
    } else render.focus = null;
    render.hover = large && hovered !== null && graph.hasNode(hovered) ? neighbourhood(hovered) : null;
  };
  updateFocus();
  sigma.refresh();
  const refreshHover = () => {
    labels.schedule();
    if (!large) {
      updateFocus();
      sigma.scheduleRefresh();
      return;
    }
    const before = render.hover;
    updateFocus();
    const nodes = new Set([...(before?.nodes ?? []), ...(render.hover?.nodes ?? [])]);
    const edges = new Set([...(before?.edges ?? []), ...(render.hover?.edges ?? [])]);
    sigma.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true, schedule: true });
  };

  // 4. Interaction.
  const select = (selection: Selection, moveCamera: boolean) => {
    store.set({ selection });
    if (!moveCamera || !selection) return;
    if (selection.type === "node") void focusNode(sigma, selection.key, settings.focusRatio);
    else void focusEdge(sigma, selection.key);
  };
  // While the camera is dragged, the pointer crosses nodes: that is not hovering.
  const dragging = () => sigma.getMouseCaptor().isMouseDown;
  sigma.on("enterNode", ({ node }) => {
    elements.stage.classList.add("pointer");
    if (dragging()) return;
    hovered = node;
    refreshHover();
  });
  sigma.on("leaveNode", () => {
    elements.stage.classList.remove("pointer");
    if (hovered === null) return;
    hovered = null;
    refreshHover();
  });
  const setHoveredEdge = (edge: string | null) => {
    const edges = [render.hoveredEdge, edge].filter((e): e is string => e !== null);
    render.hoveredEdge = edge;
    sigma.refresh({ partialGraph: { edges }, skipIndexation: true, schedule: true });
  };
  sigma.on("enterEdge", ({ edge }) => {
    elements.stage.classList.add("pointer");
    if (!dragging()) setHoveredEdge(edge);
  });
  sigma.on("leaveEdge", () => {
    elements.stage.classList.remove("pointer");
    if (render.hoveredEdge !== null) setHoveredEdge(null);
  });
  sigma.on("clickNode", ({ node }) => select({ type: "node", key: node }, false));
  sigma.on("clickEdge", ({ edge }) => select({ type: "edge", key: edge }, false));
  sigma.on("clickStage", () => store.set({ selection: null }));
  document.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement | null;
    if (event.key === "Escape" && target?.tagName !== "INPUT") store.set({ selection: null });
  });

  // 5. Panels.
  const legend = mountLegend(elements.legend, graph, store, { kinds, kindColor, communities });
  legend.update(render.visibility);
  mountFilterPanel(elements.filters, graph, store);
  mountTimeline(elements.timeline, graph, store);
  const detailContext: DetailContext = { graph, articles, claims, settings, kindColor, select: (selection) => select(selection, true) };
  mountDetailPanel(elements.details, store, detailContext);
  mountSearchBox(elements.search, createSearchIndex(graph), settings.searchLimit, (node) => select({ type: "node", key: node }, true));
  mountControls(elements.controls, {
    sigma,
    graph,
    layout: createLayoutRunner(graph),
    gexfUrl: options.gexfUrl,
    fileBase: fileBase(graph.getAttribute("name")),
    backgroundColor: settings.backgroundColor,
    resetView: () => fitShown(true),
  });

  // The footer: "N of M nodes shown", M being every node of graph.json, with one click to show them all.
  const showStatus = () => {
    const { hiddenNodes, hiddenEdges, limited } = render.visibility;
    const n = graph.order - hiddenNodes.size;
    const e = graph.size - hiddenEdges.size;
    const fmt = (x: number) => x.toLocaleString("en-US");
    const nodes = n === graph.order ? `${fmt(n)} nodes` : `${fmt(n)} of ${fmt(graph.order)} nodes shown`;
    const edges = e === graph.size ? `${fmt(e)} edges` : `${fmt(e)} of ${fmt(graph.size)} edges`;
    const articleCount = articles.size;
    clear(elements.status);
    append(
      elements.status,
      element("span", { className: "status-text" }, `${nodes} · ${edges} · ${fmt(articleCount)} article${articleCount === 1 ? "" : "s"}`),
      limited ? element("span", { className: "status-note" }, " · first view: the largest connected parts") : null,
      n < graph.order
        ? element(
            "button",
            { className: "show-all link", attrs: { type: "button", "data-control": "show-all" }, onClick: () => store.set({ filters: showAllFilters() }) },
            `show all ${fmt(graph.order)}`,
          )
        : null,
    );
  };
  showStatus();

  // 6. Store → sigma, panels and URL.
  store.subscribe((state, previous) => {
    let dirty = false;
    const filtersChanged = !filtersEqual(state.filters, previous.filters);
    const selectionChanged = state.selection !== previous.selection;
    // The selection is the centre of the component / ego filters and is pinned in the first view.
    const selectionMatters = selectionChanged && (state.filters.scope !== "all" || render.visibility.limited);
    if (filtersChanged || selectionMatters) {
      render.visibility = computeVisibility(graph, state.filters, visibilityContext(state.selection));
      legend.update(render.visibility);
      showStatus();
      dirty = true;
    }
    if (selectionChanged) {
      render.selection = state.selection;
      dirty = true;
    }
    if (state.colorBy !== previous.colorBy) {
      render.communityColors = state.colorBy === "community" ? communityMap : null;
      legend.update(render.visibility);
      dirty = true;
    }
    if (dirty) {
      updateFocus();
      sigma.refresh();
      labels.schedule();
    }
    if ((filtersChanged && structureChanged(state.filters, previous.filters)) || (selectionChanged && state.filters.scope !== "all" && state.selection?.type === "node")) {
      fitShown(true);
    }
    scheduleUrlWrite();
  });

  let urlTimer: ReturnType<typeof setTimeout> | null = null;
  let lastHash = location.hash;
  const scheduleUrlWrite = () => {
    if (urlTimer !== null) clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      urlTimer = null;
      const hash = formatUrlState(store.get());
      if (hash === lastHash || (hash === "" && lastHash === "#")) return;
      lastHash = hash;
      history.replaceState(history.state, "", `${location.pathname}${location.search}${hash}`);
    }, 150);
  };
  camera.on("updated", (state) => {
    labels.schedule();
    const zoomedIn = state.ratio <= edgeLabelsBelowRatio;
    if (zoomedIn !== render.zoomedIn) {
      render.zoomedIn = zoomedIn;
      sigma.scheduleRefresh();
    }
    store.set({ camera: { x: state.x, y: state.y, ratio: state.ratio } });
  });
  window.addEventListener("hashchange", () => {
    if (location.hash === lastHash) return;
    lastHash = location.hash;
    const next: ViewState = parseUrlState(location.hash);
    if (!isValidSelection(graph, next.selection)) next.selection = null;
    store.set({ selection: next.selection, filters: next.filters, colorBy: next.colorBy });
    if (next.camera) camera.setState(next.camera);
  });

  // 7. Initial camera: the shared one, or the selected node.
  if (initial.camera) {
    render.zoomedIn = initial.camera.ratio <= edgeLabelsBelowRatio;
    camera.setState(initial.camera);
    sigma.refresh();
  }
  else if (initial.selection?.type === "node" && initial.filters.scope === "all") void focusNode(sigma, initial.selection.key, settings.focusRatio);
  else if (render.visibility.hiddenNodes.size > 0) fitShown(false);
  labels.run();

  return { sigma, graph, store, settings };
}

/** Filters that change which part of the graph is shown, after which the camera frames it again. */
function structureChanged(a: Filters, b: Filters): boolean {
  return a.overview !== b.overview || a.scope !== b.scope || a.minDegree !== b.minDegree || a.minMentions !== b.minMentions || a.hideIsolated !== b.hideIsolated;
}

function isValidSelection(graph: KgGraph, selection: Selection): boolean {
  return selection === null || (selection.type === "node" ? graph.hasNode(selection.key) : graph.hasEdge(selection.key));
}

function fileBase(name: string | undefined): string {
  const base = (name ?? "graph").replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^-+|-+$/g, "");
  return `news-kg-${base || "graph"}`;
}
