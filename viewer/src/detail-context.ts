/**
 * What the detail views need to know
 * ==================================
 *
 * Passed to the functions that render the node and edge details, so they stay
 * pure functions of (graph, key, context) that return an element.
 */
import type { ViewerSettings } from "./settings.js";
import type { ArticleMeta, Claim, KgGraph, Selection } from "./types.js";

export interface DetailContext {
  graph: KgGraph;
  articles: ReadonlyMap<string, ArticleMeta>;
  /** The graph's claims (figures and who gives them), by id. */
  claims: ReadonlyMap<string, Claim>;
  settings: ViewerSettings;
  /** Colour of a kind, as in the legend. */
  kindColor(kind: string): string;
  /** Select another node or edge (the links inside the panel). */
  select(selection: Selection): void;
}
