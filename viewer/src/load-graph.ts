/**
 * Loading the exported graph
 * ==========================
 *
 * Fetches graphology's serialization (`graph.export()`, as written by
 * `kg build`) and checks it against the graph contract before sigma sees it.
 * Bad values are repaired (a missing position, a label that is not a string)
 * rather than refused, so one odd node never leaves the analyst with nothing.
 * Nothing here interprets text: labels, quotes and titles stay plain strings.
 */
import { MultiDirectedGraph } from "graphology";
import type { Claim, EdgeAttributes, Evidence, GraphAttributes, KgGraph, NodeAttributes, Origin } from "./types.js";

const ORIGINS: readonly Origin[] = ["curated", "extracted", "both"];
const COLOR = /^#[0-9a-f]{3,8}$/i;

export async function loadGraph(url: string, fetchImpl: typeof fetch = fetch): Promise<KgGraph> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: "no-cache" });
  } catch (error) {
    throw new Error(`${url}: cannot fetch the graph (${(error as Error).message})`);
  }
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}. Build the graph with \`node bin/kg.js build\`.`);
  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    throw new Error(`${url}: not valid JSON (${(error as Error).message})`);
  }
  return graphFromJson(data, url);
}

export function graphFromJson(data: unknown, where = "graph"): KgGraph {
  if (!isObject(data) || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
    throw new Error(`${where}: not a graphology export (expected "nodes" and "edges" arrays)`);
  }
  const graph: KgGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.replaceAttributes(graphAttributes(data.attributes));
  data.nodes.forEach((entry: unknown, index: number) => {
    if (!isObject(entry) || (typeof entry.key !== "string" && typeof entry.key !== "number")) return;
    const key = String(entry.key);
    if (graph.hasNode(key)) return;
    graph.addNode(key, nodeAttributes(key, isObject(entry.attributes) ? entry.attributes : {}, index));
  });
  data.edges.forEach((entry: unknown) => {
    if (!isObject(entry)) return;
    const source = String(entry.source);
    const target = String(entry.target);
    if (!graph.hasNode(source) || !graph.hasNode(target)) return;
    const attributes = edgeAttributes(isObject(entry.attributes) ? entry.attributes : {});
    const key = typeof entry.key === "string" ? entry.key : undefined;
    if (key !== undefined && !graph.hasEdge(key)) graph.addEdgeWithKey(key, source, target, attributes);
    else graph.addEdge(source, target, attributes);
  });
  return graph;
}

function graphAttributes(raw: unknown): GraphAttributes {
  const a = isObject(raw) ? raw : {};
  return {
    name: str(a.name, "graph"),
    generator: str(a.generator, ""),
    curated: a.curated === true,
    articles: (Array.isArray(a.articles) ? a.articles : []).filter(isObject).map((article) => ({
      id: str(article.id, ""),
      ...(typeof article.title === "string" ? { title: article.title } : {}),
      ...(typeof article.outlet === "string" ? { outlet: article.outlet } : {}),
      ...(typeof article.published === "string" ? { published: article.published } : {}),
    })),
    claims: (Array.isArray(a.claims) ? a.claims : []).filter(isObject).map(claim),
  };
}

function claim(c: Record<string, unknown>): Claim {
  const result: Claim = {
    id: str(c.id, ""),
    doc: str(c.doc, ""),
    subject: str(c.subject, ""),
    value: num(c.value, 0),
    unit: str(c.unit, ""),
    evidence: evidence(isObject(c.evidence) ? c.evidence : {}),
    conflicts: strings(c.conflicts),
  };
  if (typeof c.attributedTo === "string") result.attributedTo = c.attributedTo;
  if (typeof c.source === "string") result.source = c.source;
  if (Array.isArray(c.about)) result.about = strings(c.about);
  return result;
}

function evidence(e: Record<string, unknown>): Evidence {
  return {
    doc: str(e.doc, ""),
    sentence: num(e.sentence, 0),
    start: num(e.start, 0),
    end: num(e.end, 0),
    quote: str(e.quote, ""),
  };
}

function nodeAttributes(key: string, a: Record<string, unknown>, index: number): NodeAttributes {
  // A node without a position still gets one (on a spiral), so sigma can draw it.
  const angle = index * 2.399963;
  const radius = 10 * Math.sqrt(index + 1);
  const attributes: NodeAttributes = {
    label: str(a.label, key),
    kind: str(a.kind, "unknown") as NodeAttributes["kind"],
    aliases: strings(a.aliases),
    sources: strings(a.sources),
    mentions: num(a.mentions, 0),
    origin: ORIGINS.includes(a.origin as Origin) ? (a.origin as Origin) : "extracted",
    importance: num(a.importance, 0),
    community: num(a.community, 0),
    x: num(a.x, radius * Math.cos(angle)),
    y: num(a.y, radius * Math.sin(angle)),
    size: Math.max(1, num(a.size, 4)),
    color: typeof a.color === "string" && COLOR.test(a.color) ? a.color : "",
  };
  if (typeof a.date === "string") attributes.date = a.date;
  if (typeof a.eventType === "string") attributes.eventType = a.eventType;
  if (Array.isArray(a.roles)) attributes.roles = strings(a.roles);
  if (typeof a.note === "string") attributes.note = a.note;
  if (Array.isArray(a.claims)) attributes.claims = strings(a.claims);
  return attributes;
}

function edgeAttributes(a: Record<string, unknown>): EdgeAttributes {
  const predicate = str(a.predicate, "related_to");
  return {
    predicate: predicate as EdgeAttributes["predicate"],
    label: str(a.label, predicate.replace(/_/g, " ")),
    evidence: (Array.isArray(a.evidence) ? a.evidence : []).filter(isObject).map(evidence),
    confidence: Math.min(1, Math.max(0, num(a.confidence, 1))),
    weight: Math.max(1, num(a.weight, 1)),
    origin: ORIGINS.includes(a.origin as Origin) ? (a.origin as Origin) : "extracted",
    provenance: strings(a.provenance),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function str(value: unknown, fallback: string): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : fallback;
}
function num(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}
function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
