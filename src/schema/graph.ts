/**
 * news-kg schema: the graph contract
 * ==================================
 *
 * Attribute names of graph/graph.json (graphology's `graph.export()`), which
 * the exporters, the query API and the viewer rely on. See DESIGN.md.
 */
import type { EntityKind } from "./kinds.js";
import type { Predicate } from "./predicates.js";
import type { Claim, Evidence, MergeRecord, Origin } from "./types.js";

export interface NodeAttributes {
  label: string;
  kind: EntityKind;
  aliases: string[];
  /** Events: ISO 8601 date, partial allowed. */
  date?: string;
  /** Events: the event class ("withdrawal", "visit", …). */
  eventType?: string;
  roles?: string[];
  sources: string[];
  mentions: number;
  origin: Origin;
  /** PageRank, 0..1, summing to 1 over the graph. */
  importance: number;
  /** Louvain community index. */
  community: number;
  x: number;
  y: number;
  size: number;
  color: string;
  note?: string;
  /** Ids of the claims that name this entity or come from it (see GraphAttributes.claims). */
  claims?: string[];
  /** Names resolution joined into this node, with their articles and rule. */
  mergedFrom?: MergeRecord[];
}

export interface EdgeAttributes {
  predicate: Predicate;
  label: string;
  evidence: Evidence[];
  confidence: number;
  /** Number of supporting mentions (curated statements count one each). */
  weight: number;
  origin: Origin;
  provenance: string[];
  /** For `related_to`: the verb that relates the two. */
  verb?: string;
  /** Every supporting sentence states the relation as past ("former leader"). */
  past?: boolean;
}

export interface ArticleMeta {
  id: string;
  title?: string;
  outlet?: string;
  published?: string;
}

export interface GraphAttributes {
  name: string;
  /** Version of the news-kg extractor that wrote the graph. */
  generator: string;
  articles: ArticleMeta[];
  curated: boolean;
  /** Figures and who gives them, with conflicts between sources (also written to graph/claims.json). */
  claims: Claim[];
  /** The key a merged name would have had → the node it joined, so old keys keep resolving. */
  redirects?: Record<string, string>;
}
