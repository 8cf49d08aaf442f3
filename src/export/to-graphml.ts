/**
 * news-kg export: GraphML
 * =======================
 *
 * For yEd, Cytoscape, NetworkX (`nx.read_graphml`), igraph and Gephi. Every
 * attribute of the graph contract is declared as a `<key>` with its
 * `attr.type` (string, int, double), for nodes and edges separately; lists
 * (aliases, roles, sources, provenance, claim ids) and the evidence are JSON strings,
 * because GraphML has no list type and JSON keeps every item and quote exact.
 * Edges are directed and carry their key as `id`, so parallel relations
 * between two entities stay apart (NetworkX reads a MultiDiGraph).
 *
 * Attributes a node or edge does not have (an entity's date) are left out,
 * not written empty. Text is XML-escaped and stripped of the characters XML
 * forbids (xml-text.ts). The same graph always gives the same bytes.
 */
import type { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../schema/index.js";
import { escapeXml } from "./xml-text.js";

type KgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

type GraphmlType = "string" | "int" | "double" | "boolean";

interface Key<A> {
  name: string;
  type: GraphmlType;
  value: (attributes: A) => string | undefined;
}

const NODE_KEYS: readonly Key<NodeAttributes>[] = [
  { name: "label", type: "string", value: (a) => str(a.label) },
  { name: "kind", type: "string", value: (a) => str(a.kind) },
  { name: "aliases", type: "string", value: (a) => json(a.aliases) },
  { name: "date", type: "string", value: (a) => str(a.date) },
  { name: "eventType", type: "string", value: (a) => str(a.eventType) },
  { name: "roles", type: "string", value: (a) => json(a.roles) },
  { name: "sources", type: "string", value: (a) => json(a.sources) },
  { name: "mentions", type: "int", value: (a) => int(a.mentions) },
  { name: "origin", type: "string", value: (a) => str(a.origin) },
  { name: "importance", type: "double", value: (a) => double(a.importance) },
  { name: "community", type: "int", value: (a) => int(a.community) },
  { name: "x", type: "double", value: (a) => double(a.x) },
  { name: "y", type: "double", value: (a) => double(a.y) },
  { name: "size", type: "double", value: (a) => double(a.size) },
  { name: "color", type: "string", value: (a) => str(a.color) },
  { name: "note", type: "string", value: (a) => str(a.note) },
  { name: "claims", type: "string", value: (a) => json(a.claims) },
  { name: "mergedFrom", type: "string", value: (a) => json(a.mergedFrom) },
];

const EDGE_KEYS: readonly Key<EdgeAttributes>[] = [
  { name: "predicate", type: "string", value: (a) => str(a.predicate) },
  { name: "label", type: "string", value: (a) => str(a.label) },
  { name: "confidence", type: "double", value: (a) => double(a.confidence) },
  { name: "weight", type: "double", value: (a) => double(a.weight) },
  { name: "origin", type: "string", value: (a) => str(a.origin) },
  { name: "evidence", type: "string", value: (a) => json(a.evidence ?? []) },
  { name: "provenance", type: "string", value: (a) => json(a.provenance ?? []) },
  { name: "verb", type: "string", value: (a) => str(a.verb) },
  { name: "past", type: "boolean", value: (a) => (a.past ? "true" : undefined) },
];

export function toGraphml(graph: KgGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map((k) => keyXml("node", "n", k)),
    ...EDGE_KEYS.map((k) => keyXml("edge", "e", k)),
    `  <graph id="${escapeXml(graphName(graph))}" edgedefault="directed">`,
  ];
  graph.forEachNode((key, a) => {
    lines.push(`    <node id="${escapeXml(key)}">`, ...dataXml("n", NODE_KEYS, a), "    </node>");
  });
  graph.forEachEdge((key, a, source, target) => {
    lines.push(
      `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`,
      ...dataXml("e", EDGE_KEYS, a),
      "    </edge>",
    );
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

function keyXml<A>(domain: "node" | "edge", prefix: string, key: Key<A>): string {
  return `  <key id="${prefix}_${key.name}" for="${domain}" attr.name="${key.name}" attr.type="${key.type}"/>`;
}

function dataXml<A>(prefix: string, keys: readonly Key<A>[], attributes: A): string[] {
  const lines: string[] = [];
  for (const key of keys) {
    const value = key.value(attributes);
    if (value !== undefined) lines.push(`      <data key="${prefix}_${key.name}">${escapeXml(value)}</data>`);
  }
  return lines;
}

function graphName(graph: KgGraph): string {
  const name = graph.getAttribute("name");
  return typeof name === "string" && name !== "" ? name : "news-kg";
}

function str(value: string | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function int(value: number | undefined): string | undefined {
  return typeof value === "number" && Number.isFinite(value) ? String(Math.round(value)) : undefined;
}

function double(value: number | undefined): string | undefined {
  return typeof value === "number" && Number.isFinite(value) ? String(value) : undefined;
}

/** JSON of a list or of the evidence; U+FFFE/U+FFFF escaped so the XML can carry them. */
function json(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return JSON.stringify(value).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
