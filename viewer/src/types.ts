/**
 * Types shared by the viewer's modules
 * ====================================
 *
 * The graph's attributes come from the project's graph contract
 * (`src/schema/graph.ts`, imported as types only: the viewer reads the
 * exported JSON and nothing else of `src/`). Everything else here is the
 * viewer's own state: what is selected, which filters are on, the camera.
 */
import type { MultiDirectedGraph } from "graphology";
import type {
  ArticleMeta,
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
} from "../../src/schema/graph.js";
import type { EntityKind } from "../../src/schema/kinds.js";
import type { Claim, Evidence, Origin } from "../../src/schema/types.js";

export type { ArticleMeta, Claim, EdgeAttributes, EntityKind, Evidence, GraphAttributes, NodeAttributes, Origin };

export type KgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** What the detail panel shows, and what the URL remembers. */
export type Selection = { type: "node"; key: string } | { type: "edge"; key: string } | null;

export interface Filters {
  /** Kinds switched off in the legend (a list of what is hidden, so unknown kinds stay visible). */
  hiddenKinds: string[];
  hiddenPredicates: string[];
  /** Only what this article says (an article id), or everything. */
  source: string | null;
  showCurated: boolean;
  showExtracted: boolean;
  /** Edges below this confidence (0..1) are hidden. */
  minConfidence: number;
  /** Timeline: ISO dates (YYYY-MM-DD), inclusive; null is an open end. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Nodes with fewer distinct visible neighbours are hidden (the selection excepted). */
  minDegree: number;
  /** Nodes mentioned fewer times are hidden (the selection excepted). */
  minMentions: number;
  /** Nodes with no visible relation are hidden. */
  hideIsolated: boolean;
  /** Only the selected node's connected component, or its ego network of 1 or 2 hops. */
  scope: Scope;
  /**
   * Large graphs open on a first view of at most `overviewNodes` nodes (the
   * largest connected components, the most prominent nodes first); false
   * ("show all") lifts that budget.
   */
  overview: boolean;
}

export type Scope = "all" | "component" | "ego1" | "ego2";

export type ColorBy = "kind" | "community";

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  selection: Selection;
  filters: Filters;
  camera: CameraView | null;
  /** Node colour: the kind (the build's colours) or the Louvain community. */
  colorBy: ColorBy;
}
