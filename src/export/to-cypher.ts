/**
 * news-kg export: a Cypher script for Neo4j
 * =========================================
 *
 * `cypher-shell -f graph.cypher` (or pasting it into Neo4j Browser with
 * multi-statement mode) recreates the graph: a uniqueness constraint on
 * `Entity.id`, one `MERGE` per node, one `MATCH … MERGE` per relationship,
 * one statement per line, each ending in ";". MERGE on the node and edge keys
 * makes the script safe to run twice.
 *
 * - Nodes are `:Entity` plus their kind as a label (`:Person`, `:Place`,
 *   `:Force`, `:Organization`, `:Event`), with `id` (the node key), `label`,
 *   `aliases`, `sources`, `roles`, `claims` (lists of strings), `date`, `mentions`, …
 * - Relationships take the predicate in upper case as their type
 *   (`VISITED`, `LOCATED_IN`), with `id` (the edge key), `predicate`,
 *   `label`, `verb` and `past` where set, `confidence`, `weight`, `origin`, `provenance` (a list), `quotes`
 *   (the supporting sentences) and `evidence` (its JSON, since Neo4j
 *   properties cannot hold maps).
 *
 * Every string is a single-quoted Cypher literal with `\`, `'`, and control
 * characters escaped (`\n`, `\r`, `\t`, `\uXXXX`), so a hostile label cannot
 * end a statement; labels and relationship types are backquoted when they are
 * not plain identifiers.
 */
import type { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../schema/index.js";

type KgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

type Value = string | number | boolean | Float | readonly string[] | undefined;

/** A number Neo4j must store as a float even when it is whole (confidence 1 → 1.0). */
class Float {
  constructor(readonly value: number | undefined) {}
}

export function toCypher(graph: KgGraph): string {
  const name = graph.getAttribute("name");
  const lines = [
    `// ${oneLine(typeof name === "string" && name !== "" ? name : "news-kg graph")}: ${graph.order} entities, ${graph.size} relationships. Run with: cypher-shell -f graph.cypher`,
    "CREATE CONSTRAINT news_kg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;",
  ];
  graph.forEachNode((key, a) => {
    const kind = typeof a.kind === "string" && a.kind.length > 0 ? a.kind.charAt(0).toUpperCase() + a.kind.slice(1) : "Entity";
    const properties = map({
      label: a.label ?? key,
      kind: a.kind,
      aliases: a.aliases,
      date: a.date,
      eventType: a.eventType,
      roles: a.roles,
      sources: a.sources,
      mentions: a.mentions,
      origin: a.origin,
      importance: new Float(a.importance),
      community: a.community,
      note: a.note,
      mergedFrom: a.mergedFrom ? JSON.stringify(a.mergedFrom) : undefined,
      claims: a.claims,
    });
    lines.push(`MERGE (n:Entity {id: ${string(key)}}) SET n:${identifier(kind)} SET n += ${properties};`);
  });
  graph.forEachEdge((key, a, source, target) => {
    const type = identifier(String(a.predicate ?? "RELATED_TO").toUpperCase());
    const properties = map({
      predicate: a.predicate,
      label: a.label,
      verb: a.verb,
      past: a.past === true ? true : undefined,
      confidence: new Float(a.confidence),
      weight: a.weight,
      origin: a.origin,
      provenance: a.provenance ?? [],
      quotes: (a.evidence ?? []).map((e) => e.quote),
      evidence: JSON.stringify(a.evidence ?? []),
    });
    lines.push(
      `MATCH (s:Entity {id: ${string(source)}}), (o:Entity {id: ${string(target)}}) ` +
        `MERGE (s)-[r:${type} {id: ${string(key)}}]->(o) SET r += ${properties};`,
    );
  });
  return `${lines.join("\n")}\n`;
}

/** A Cypher string literal. */
export function string(value: string): string {
  const escaped = value
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .replace(/[\\'\u0000-\u001F\u007F\u2028\u2029]/g, (c) => {
      switch (c) {
        case "\\":
          return "\\\\";
        case "'":
          return "\\'";
        case "\n":
          return "\\n";
        case "\r":
          return "\\r";
        case "\t":
          return "\\t";
        default:
          return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
      }
    });
  return `'${escaped}'`;
}

/** A label or relationship type: as is when a plain identifier, backquoted otherwise. */
export function identifier(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, "``")}\``;
}

function map(properties: Record<string, Value>): string {
  const entries: string[] = [];
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined) continue;
    if (value instanceof Float) {
      if (typeof value.value === "number" && Number.isFinite(value.value)) {
        const text = String(value.value);
        entries.push(`${key}: ${/[.eE]/.test(text) ? text : `${text}.0`}`);
      }
    } else if (typeof value === "number") {
      if (Number.isFinite(value)) entries.push(`${key}: ${value}`);
    } else if (typeof value === "boolean") entries.push(`${key}: ${value}`);
    else if (typeof value === "string") entries.push(`${key}: ${string(value)}`);
    else entries.push(`${key}: [${value.map((v) => string(String(v))).join(", ")}]`);
  }
  return `{${entries.join(", ")}}`;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ");
}
