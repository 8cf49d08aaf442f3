/**
 * news-kg export: GEXF 1.3 (and 1.2draft)
 * =======================================
 *
 * Writes the graph as GEXF 1.3 for Gephi and NetworkX, valid against both the
 * official RELAX NG schema and the (viz-namespace-fixed) XSD; or, with
 * `{ version: "1.2" }`, as GEXF 1.2draft for the readers that know only 1.1
 * and 1.2 (NetworkX before 3.6, Debian's 2.8 among them). Both carry the same
 * nodes, edges and attributes: 1.2draft has no edge `kind`, so the predicate
 * is in the `predicate` attribute only (it is there in 1.3 too).
 *
 * Why hand-written XML rather than graphology-gexf: 0.13 writes invalid 1.3
 * files by default, turns object attributes (evidence) into "[object Object]",
 * joins list items with commas that Gephi splits again, and has no dynamics.
 * Plain string building with one escaping helper does all of it, in graph order.
 *
 * Representation choices:
 * - Lists (`aliases`, `roles`, `sources`, `provenance`) are `liststring` in
 *   Gephi's own array syntax: every item double-quoted, `\` and `"` escaped
 *   with a backslash, items joined by ", " (e.g. `["Putin", "Putin, Vladimir"]`).
 *   Gephi and graphology-gexf parse that back into the exact items, commas
 *   included; without newlines or tabs in the items it is also a JSON array.
 * - `evidence` is a `string` holding the JSON of the evidence array, so quotes
 *   and offsets survive exactly (JSON escapes control characters as `\uXXXX`,
 *   which XML can carry).
 * - Events are dated twice: the `date` attribute keeps the graph's precision
 *   ("2015-09"), and `start` (graph `mode="dynamic" timeformat="date"`) gives
 *   Gephi's timeline the first day of that period ("2015-09-01"). Other nodes
 *   and edges have no time bounds, so they exist throughout.
 * - No `lastmodifieddate`: the same graph always gives the same bytes.
 *
 * Every text is XML-escaped, characters XML 1.0 forbids are dropped, and
 * `\t` `\n` `\r` in attribute values are written as character references so
 * that attribute-value normalization does not turn them into spaces.
 *
 * Readers: Gephi 0.9+, graphology-gexf, NetworkX >= 3.6 (older NetworkX does
 * not know the 1.3 namespace; tests/export/gexf.test.ts shows the two-line fix).
 */
import type { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../schema/graph.js";
import { KIND_COLORS, isEntityKind } from "../schema/kinds.js";
import { escapeXml, stripXmlForbidden } from "./xml-text.js";

type KgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

type GexfType = "string" | "integer" | "double" | "boolean" | "liststring";

interface Column<A> {
  id: string;
  type: GexfType;
  /** The value as GEXF text, or undefined to leave the attvalue out. */
  value: (attributes: A) => string | undefined;
}

const NODE_COLUMNS: readonly Column<NodeAttributes>[] = [
  { id: "kind", type: "string", value: (a) => text(a.kind) },
  { id: "aliases", type: "liststring", value: (a) => list(a.aliases) },
  { id: "date", type: "string", value: (a) => text(a.date) },
  { id: "eventType", type: "string", value: (a) => text(a.eventType) },
  { id: "roles", type: "liststring", value: (a) => (a.roles === undefined ? undefined : list(a.roles)) },
  { id: "sources", type: "liststring", value: (a) => list(a.sources) },
  { id: "mentions", type: "integer", value: (a) => integer(a.mentions) },
  { id: "origin", type: "string", value: (a) => text(a.origin) },
  { id: "importance", type: "double", value: (a) => double(a.importance) },
  { id: "community", type: "integer", value: (a) => integer(a.community) },
  { id: "note", type: "string", value: (a) => text(a.note) },
  { id: "claims", type: "liststring", value: (a) => (a.claims === undefined ? undefined : list(a.claims)) },
  { id: "mergedFrom", type: "string", value: (a) => (a.mergedFrom === undefined ? undefined : json(a.mergedFrom)) },
];

const EDGE_COLUMNS: readonly Column<EdgeAttributes>[] = [
  { id: "predicate", type: "string", value: (a) => text(a.predicate) },
  { id: "confidence", type: "double", value: (a) => double(a.confidence) },
  { id: "origin", type: "string", value: (a) => text(a.origin) },
  { id: "evidence", type: "string", value: (a) => json(a.evidence ?? []) },
  { id: "provenance", type: "liststring", value: (a) => list(a.provenance) },
  { id: "verb", type: "string", value: (a) => text(a.verb) },
  { id: "past", type: "boolean", value: (a) => (a.past ? "true" : undefined) },
];

export interface GexfOptions {
  /** "1.3" (the default: graph.gexf) or "1.2" (GEXF 1.2draft, for NetworkX before 3.6). */
  version?: "1.3" | "1.2";
}

const NAMESPACES = {
  "1.3": { ns: "http://gexf.net/1.3", viz: "http://gexf.net/1.3/viz", schema: "http://gexf.net/1.3/gexf.xsd", version: "1.3" },
  "1.2": { ns: "http://www.gexf.net/1.2draft", viz: "http://www.gexf.net/1.2draft/viz", schema: "http://www.gexf.net/1.2draft/gexf.xsd", version: "1.2" },
} as const;

export function toGexf(graph: KgGraph, options: GexfOptions = {}): string {
  const v = NAMESPACES[options.version ?? "1.3"];
  const name = graph.getAttribute("name");
  const generator = graph.getAttribute("generator");
  const description =
    `${typeof name === "string" && name !== "" ? name : "news-kg graph"}: ` +
    "entities, events and typed relations read from news articles, with their evidence" +
    (typeof generator === "string" && generator !== "" ? ` (news-kg ${generator})` : "");

  const nodes: string[] = [];
  let dynamic = false;
  graph.forEachNode((key, attributes) => {
    const start = attributes.kind === "event" ? firstDay(attributes.date) : undefined;
    if (start !== undefined) dynamic = true;
    nodes.push(nodeXml(key, attributes, start));
  });

  const edges: string[] = [];
  graph.forEachEdge((key, attributes, source, target) => {
    edges.push(edgeXml(key, attributes, source, target, v.version === "1.3"));
  });

  // Dynamic mode only when something is dated, so Gephi shows no empty timeline.
  const timeMode = dynamic ? ' mode="dynamic" timeformat="date"' : ' mode="static"';

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${v.ns}" xmlns:viz="${v.viz}"` +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ` xsi:schemaLocation="${v.ns} ${v.schema}" version="${v.version}">`,
    "  <meta>",
    "    <creator>news-kg</creator>",
    `    <description>${escapeXml(description)}</description>`,
    "  </meta>",
    `  <graph defaultedgetype="directed" idtype="string"${timeMode}>`,
    ...attributesXml("node", NODE_COLUMNS),
    ...attributesXml("edge", EDGE_COLUMNS),
    `    <nodes count="${nodes.length}">`,
    ...nodes,
    "    </nodes>",
    `    <edges count="${edges.length}">`,
    ...edges,
    "    </edges>",
    "  </graph>",
    "</gexf>",
    "",
  ].join("\n");
}

function attributesXml<A>(cls: "node" | "edge", columns: readonly Column<A>[]): string[] {
  return [
    `    <attributes class="${cls}">`,
    ...columns.map((c) => `      <attribute id="${c.id}" title="${c.id}" type="${c.type}"/>`),
    "    </attributes>",
  ];
}

function attvaluesXml<A>(columns: readonly Column<A>[], attributes: A, indent: string): string[] {
  const lines: string[] = [];
  for (const column of columns) {
    const value = column.value(attributes);
    if (value !== undefined) {
      lines.push(`${indent}  <attvalue for="${column.id}" value="${escapeXml(value)}"/>`);
    }
  }
  return lines.length === 0 ? [] : [`${indent}<attvalues>`, ...lines, `${indent}</attvalues>`];
}

function nodeXml(key: string, a: NodeAttributes, start: string | undefined): string {
  const open =
    `      <node id="${escapeXml(key)}" label="${escapeXml(token(a.label ?? key))}"` +
    (start === undefined ? "" : ` start="${start}"`) +
    ">";
  const lines = [open, ...attvaluesXml(NODE_COLUMNS, a, "        ")];
  const rgb = parseColor(a.color) ?? (isEntityKind(a.kind) ? parseColor(KIND_COLORS[a.kind]) : undefined);
  if (rgb !== undefined) lines.push(`        <viz:color r="${rgb[0]}" g="${rgb[1]}" b="${rgb[2]}"/>`);
  lines.push(`        <viz:position x="${finite(a.x, 0)}" y="${finite(a.y, 0)}" z="0"/>`);
  lines.push(`        <viz:size value="${Math.max(0, finite(a.size, 1))}"/>`);
  lines.push("      </node>");
  return lines.join("\n");
}

function edgeXml(key: string, a: EdgeAttributes, source: string, target: string, withKind: boolean): string {
  // `kind` = predicate keeps parallel edges of different predicates apart in Gephi (GEXF 1.3; 1.2draft has no kind).
  const open =
    `      <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}"` +
    ` label="${escapeXml(token(a.label ?? a.predicate ?? ""))}"` +
    (withKind ? ` kind="${escapeXml(token(a.predicate ?? ""))}"` : "") +
    ` weight="${finite(a.weight, 1)}">`;
  return [open, ...attvaluesXml(EDGE_COLUMNS, a, "        "), "      </edge>"].join("\n");
}

// ---------------------------------------------------------------- values

function text(value: string | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function integer(value: number | undefined): string | undefined {
  return typeof value === "number" && Number.isFinite(value) ? String(Math.round(value)) : undefined;
}

function double(value: number | undefined): string | undefined {
  return typeof value === "number" && Number.isFinite(value) ? String(value) : undefined;
}

function finite(value: number | undefined, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/** Gephi's array literal: always quoted, so commas, brackets and spaces stay inside items. */
function list(items: readonly string[] | undefined): string {
  const quoted = (items ?? []).map(
    (item) => `"${stripXmlForbidden(String(item)).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`,
  );
  return `[${quoted.join(", ")}]`;
}

/** JSON with U+FFFE/U+FFFF escaped too, since XML cannot carry them raw. */
function json(value: unknown): string {
  return JSON.stringify(value).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** `label` and `kind` are xsd:token: collapse whitespace so no validator or reader disagrees. */
function token(value: string): string {
  return stripXmlForbidden(String(value)).replace(/[\t\n\r ]+/g, " ").trim();
}

/** `#rgb`, `#rrggbb` (alpha ignored in `#rrggbbaa`) to channels, or undefined. */
function parseColor(color: string | undefined): [number, number, number] | undefined {
  if (typeof color !== "string") return undefined;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(color.trim())?.[1];
  if (hex === undefined) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/**
 * A partial ISO date ("2016", "2015-09", "2015-09-30", optionally with a time)
 * expanded to the first day it covers, as xsd:date wants; undefined when the
 * text is not a real calendar date.
 */
function firstDay(date: string | undefined): string | undefined {
  if (typeof date !== "string") return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T.*)?)?)?$/.exec(date.trim());
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return `${m[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

