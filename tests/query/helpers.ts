/**
 * Query test helpers: the seed graph and tiny hand-made graphs
 * ============================================================
 *
 * API tests read the committed graph/graph.json (rebuilt deterministically by
 * `kg build`, and checked current by tests/cli/build.test.ts), and assert only
 * what the curated layer guarantees, so that extractor improvements do not
 * break them. Edge cases use graphs built here node by node.
 */
import path from "node:path";
import Graph from "graphology";
import { loadGraph } from "../../src/query/load-graph.js";
import type { QueryGraph } from "../../src/query/types.js";
import type { ArticleMeta, EdgeAttributes, EntityKind, Evidence, NodeAttributes, Origin, Predicate } from "../../src/schema/index.js";
import { PREDICATES } from "../../src/schema/index.js";
import { repoRoot } from "../helpers/kg-cli.js";

export const SEED_GRAPH = path.join(repoRoot, "graph/graph.json");

let seed: QueryGraph | undefined;
/** The committed seed graph, loaded once per test file. */
export function seedGraph(): QueryGraph {
  seed ??= loadGraph(SEED_GRAPH);
  return seed;
}

export interface TinyNode {
  key: string;
  label: string;
  kind: EntityKind;
  aliases?: string[];
  date?: string;
  sources?: string[];
  origin?: Origin;
  mentions?: number;
}

export interface TinyEdge {
  s: string;
  p: Predicate;
  o: string;
  confidence?: number;
  origin?: Origin;
  evidence?: Evidence[];
  provenance?: string[];
}

/** A graph with the contract's attributes, from a few nodes and edges. */
export function tinyGraph(nodes: TinyNode[], edges: TinyEdge[] = [], articles: ArticleMeta[] = []): QueryGraph {
  const graph: QueryGraph = new Graph.MultiDirectedGraph<NodeAttributes, EdgeAttributes>() as QueryGraph;
  graph.replaceAttributes({ name: "tiny", generator: "test", articles, curated: false, claims: [] });
  for (const n of nodes) {
    graph.addNode(n.key, {
      label: n.label,
      kind: n.kind,
      aliases: n.aliases ?? [n.label],
      ...(n.date ? { date: n.date } : {}),
      sources: n.sources ?? [],
      mentions: n.mentions ?? 1,
      origin: n.origin ?? "extracted",
      importance: 0,
      community: 0,
      x: 0,
      y: 0,
      size: 1,
      color: "#000000",
    });
  }
  for (const e of edges) {
    const evidence = e.evidence ?? [];
    const provenance = e.provenance ?? [];
    graph.addDirectedEdgeWithKey(`${e.s}|${e.p}|${e.o}`, e.s, e.o, {
      predicate: e.p,
      label: PREDICATES[e.p].label,
      evidence,
      confidence: e.confidence ?? 0.9,
      weight: evidence.length + provenance.length,
      origin: e.origin ?? "extracted",
      provenance,
    });
  }
  return graph;
}

export function evidence(doc: string, quote: string, sentence = 0): Evidence {
  return { doc, sentence, start: 0, end: quote.length, quote };
}
