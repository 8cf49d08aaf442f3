/**
 * sigma's node and edge reducers
 * ==============================
 *
 * The only place where the picture departs from the graph's own attributes.
 * The graph is never written to: filters hide, hovering or selecting a node
 * highlights its neighbourhood (with the predicates as edge labels) and fades
 * the rest, a selected relation stands out, edge labels appear when zoomed in,
 * and parallel relations are drawn as curves. Which labels are drawn is
 * decided by label-culler.ts (`forceLabel`), so that none overlap. Nodes are
 * coloured by kind (the build's colour) or by community. The entity kind stays in
 * `kind`; `type` is set here, and only to pick sigma's renderer.
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { Visibility } from "./compute-visibility.js";
import type { ViewerSettings } from "./settings.js";
import type { EdgeAttributes, NodeAttributes, Selection } from "./types.js";

export interface Neighbourhood {
  center: string | null;
  nodes: Set<string>;
  edges: Set<string>;
}

export interface RenderState {
  visibility: Visibility;
  selection: Selection;
  /** In focus: highlighted, everything else faded (the hovered or selected node's neighbourhood). */
  focus: Neighbourhood | null;
  /**
   * Large graphs only: the hovered neighbourhood, highlighted without fading
   * the rest, so that hovering refreshes a few items instead of the whole graph.
   */
  hover: Neighbourhood | null;
  /** The edge under the pointer: it shows its predicate. */
  hoveredEdge: string | null;
  curvatures: ReadonlyMap<string, number>;
  /** Large graphs drop the faded edges entirely while something is in focus, and draw nodes as points. */
  large: boolean;
  /** Many edges: plain lines, except the selection's (see settings.fastEdgesFrom). */
  fastEdges: boolean;
  /** Zoomed in far enough for every edge to carry its predicate label. */
  zoomedIn: boolean;
  /** The nodes whose label is drawn (label-culler.ts: no two overlap); sigma's own label grid is off. */
  labels: ReadonlySet<string>;
  /** Of those, the ones drawn left of their node (draw-node-label.ts). */
  leftLabels: ReadonlySet<string>;
  /** Colour by community: community → colour (others: settings.otherCommunityColor); null: by kind. */
  communityColors: ReadonlyMap<number, string> | null;
}

type EdgeDisplay = Partial<EdgeDisplayData> & { curvature?: number };

export function createNodeReducer(state: () => RenderState, settings: ViewerSettings) {
  return (node: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    const s = state();
    const color = s.communityColors ? (s.communityColors.get(data.community) ?? settings.otherCommunityColor) : data.color || settings.fallbackColor;
    const result: Partial<NodeDisplayData> = {
      x: data.x,
      y: data.y,
      size: data.size,
      color,
      label: data.label,
      type: s.large ? "point" : "circle",
      zIndex: 1,
    };
    if (s.visibility.hiddenNodes.has(node)) {
      result.hidden = true;
      return result;
    }
    const selected = s.selection?.type === "node" && s.selection.key === node;
    if (s.focus) {
      if (s.focus.nodes.has(node)) {
        result.zIndex = 2;
        if (node === s.focus.center) result.highlighted = true;
      } else {
        result.color = settings.fadedNodeColor;
        result.label = null;
        result.zIndex = 0;
      }
    }
    if (s.hover?.nodes.has(node)) {
      result.color = color;
      result.label = data.label;
      result.zIndex = 2;
      if (node === s.hover.center) result.highlighted = true;
    }
    if (selected) {
      result.highlighted = true;
      result.zIndex = 3;
    }
    result.forceLabel = result.label !== null && s.labels.has(node);
    if (result.forceLabel && s.leftLabels.has(node)) (result as Partial<NodeDisplayData> & { labelLeft?: boolean }).labelLeft = true;
    return result;
  };
}

export function createEdgeReducer(state: () => RenderState, settings: ViewerSettings) {
  return (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    const s = state();
    const selected = s.selection?.type === "edge" && s.selection.key === edge;
    // The type only changes with the selection (a full refresh), never on hover.
    const plain = s.fastEdges && !selected && !s.focus?.edges.has(edge);
    const curvature = plain ? undefined : s.curvatures.get(edge);
    const result: EdgeDisplay = {
      label: s.zoomedIn ? data.label : null,
      size: Math.min(5, 1 + Math.log2(Math.max(1, data.weight))),
      color: settings.edgeColors[data.origin] ?? settings.edgeColors.extracted,
      type: plain ? "fast" : curvature === undefined ? "arrow" : "curved",
      zIndex: 0,
    };
    if (curvature !== undefined) result.curvature = curvature;
    if (s.visibility.hiddenEdges.has(edge)) {
      result.hidden = true;
      return result;
    }
    if (selected) {
      result.color = settings.selectedEdgeColor;
      result.label = data.label;
      result.size = (result.size ?? 1) + 2;
      result.forceLabel = true;
      result.zIndex = 2;
      return result;
    }
    if (edge === s.hoveredEdge) {
      result.color = settings.focusEdgeColor;
      result.label = data.label;
      result.forceLabel = true;
      result.zIndex = 2;
      return result;
    }
    if (s.hover?.edges.has(edge)) {
      result.color = settings.focusEdgeColor;
      result.label = data.label;
      result.forceLabel = s.hover.edges.size <= settings.maxForcedLabels;
      result.zIndex = 1;
      return result;
    }
    if (s.focus) {
      if (s.focus.edges.has(edge)) {
        result.color = settings.focusEdgeColor;
        result.label = data.label;
        result.forceLabel = s.focus.edges.size <= settings.maxForcedLabels;
        result.zIndex = 1;
      } else if (s.large) {
        result.hidden = true;
      } else {
        result.color = settings.fadedEdgeColor;
        result.label = null;
      }
    }
    return result;
  };
}
