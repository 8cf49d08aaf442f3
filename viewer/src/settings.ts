/**
 * The viewer's settings
 * =====================
 *
 * One place for every tunable of the viewer, in the way sigma keeps its own
 * `settings.ts`: `DEFAULT_VIEWER_SETTINGS`, `resolveViewerSettings()` to merge
 * and check overrides, and `sigmaSettingsFor()` to derive sigma's settings for
 * a given graph. Large graphs (thousands of nodes) get thinned labels and hide
 * edges while the camera moves, so that dragging stays smooth.
 */
import type { Attributes } from "graphology-types";
import type { Settings as SigmaSettings } from "sigma/settings";
import type { EntityKind } from "./types.js";

export interface ViewerSettings {
  /** From this many nodes (or 4× as many edges) on, a graph counts as large. */
  largeGraphNodes: number;
  /** Order of the kinds in the legend; kinds not listed follow, sorted. */
  kindOrder: readonly EntityKind[];
  /** Legend colour when no node of a kind has one. */
  fallbackColor: string;
  backgroundColor: string;
  edgeColors: Record<"curated" | "extracted" | "both", string>;
  fadedNodeColor: string;
  fadedEdgeColor: string;
  focusEdgeColor: string;
  selectedEdgeColor: string;
  /**
   * From this many edges on, edges are drawn as plain lines (no arrowheads,
   * no curves) except around the selection: arrows and curves are instanced
   * WebGL programs, which software renderers draw one instance at a time.
   */
  fastEdgesFrom: number;
  /** Curvature between two consecutive parallel edges (`@sigma/edge-curve`). */
  curvatureStep: number;
  /** Edge labels show when zoomed in past this camera ratio (and always on the focused node's edges). */
  edgeLabelsBelowRatio: number;
  /** The same for large graphs, whose first view is already zoomed in on the connected part. */
  largeEdgeLabelsBelowRatio: number;
  /** A hovered node's neighbours get forced labels up to this many neighbours. */
  maxForcedLabels: number;
  /** How many search results the autocomplete lists. */
  searchLimit: number;
  /** Closest camera ratio when the view moves to a chosen node (it zooms out to show the neighbours). */
  focusRatio: number;
  /** Relations listed per predicate before "show more", and quotes per relation. */
  relationsPerGroup: number;
  quotesPerRelation: number;
  labelFont: string;
  /** First view of a large graph: at most this many nodes (overview.ts); "show all" lifts it. */
  overviewNodes: number;
  /** Pixels of stage per drawn label (label-culler.ts): a 1000 × 700 stage draws at most 58. */
  labelArea: number;
  /** Colour of the communities too small to get their own (colour by community). */
  otherCommunityColor: string;
}

export const DEFAULT_VIEWER_SETTINGS: Readonly<ViewerSettings> = Object.freeze({
  largeGraphNodes: 2000,
  kindOrder: ["person", "place", "force", "organization", "event"] as const,
  fallbackColor: "#999999",
  backgroundColor: "#ffffff",
  edgeColors: { curated: "#8e8e8e", both: "#8e8e8e", extracted: "#bdbdbd" },
  fadedNodeColor: "#e8e8e8",
  fadedEdgeColor: "#f1f1f1",
  focusEdgeColor: "#555555",
  selectedEdgeColor: "#d62728",
  fastEdgesFrom: 10_000,
  curvatureStep: 0.35,
  edgeLabelsBelowRatio: 0.6,
  largeEdgeLabelsBelowRatio: 0.08,
  maxForcedLabels: 40,
  searchLimit: 12,
  focusRatio: 0.12,
  relationsPerGroup: 12,
  quotesPerRelation: 3,
  labelFont: "system-ui, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif",
  overviewNodes: 1000,
  labelArea: 12_000,
  otherCommunityColor: "#c9c9c9",
});

export function resolveViewerSettings(overrides: Partial<ViewerSettings> = {}): ViewerSettings {
  const settings: ViewerSettings = { ...DEFAULT_VIEWER_SETTINGS, ...overrides };
  for (const key of ["largeGraphNodes", "fastEdgesFrom", "searchLimit", "maxForcedLabels", "relationsPerGroup", "quotesPerRelation", "overviewNodes", "labelArea"] as const) {
    if (!Number.isInteger(settings[key]) || settings[key] < 1) {
      throw new Error(`viewer settings: "${key}" must be a positive integer, got ${String(settings[key])}`);
    }
  }
  if (!(settings.focusRatio > 0)) throw new Error(`viewer settings: "focusRatio" must be > 0`);
  return settings;
}

export function isLargeGraph(order: number, size: number, settings: ViewerSettings): boolean {
  return order >= settings.largeGraphNodes || size >= settings.largeGraphNodes * 4;
}

/** sigma settings for a graph of this many nodes and edges (the reducers are added by the app). */
export function sigmaSettingsFor<N extends Attributes, E extends Attributes, G extends Attributes>(
  order: number,
  size: number,
  settings: ViewerSettings,
): Partial<SigmaSettings<N, E, G>> {
  const large = isLargeGraph(order, size, settings);
  return {
    renderEdgeLabels: true,
    // Edge picking costs a second pass over every edge on each pointer move.
    enableEdgeEvents: size <= 20_000,
    zIndex: true,
    defaultEdgeType: "arrow",
    labelFont: settings.labelFont,
    edgeLabelFont: settings.labelFont,
    labelSize: 13,
    edgeLabelSize: 11,
    labelColor: { color: "#222222" },
    edgeLabelColor: { color: "#555555" },
    stagePadding: 40,
    // Scale: thin labels out and hide edges while the camera moves.
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    // sigma's label grid is off: label-culler.ts picks the labels (no two overlap) and forces them.
    labelDensity: 0,
    labelGridCellSize: 100,
    labelRenderedSizeThreshold: 0,
    // Large graphs: discs keep their screen size when zooming in (sigma's default grows them with
    // the square root of the zoom), so a zoomed first view or ego network is not a wall of discs.
    ...(large ? { zoomToSizeRatioFunction: () => 1 } : {}),
    minCameraRatio: 0.01,
    maxCameraRatio: 4,
  };
}
