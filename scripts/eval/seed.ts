/**
 * Seed corpus against the hand-written gold (tests/gold/seed-gold.ts), curation off.
 * ==================================================================================
 *
 * - entities: a gold entity counts when exactly one node of its kind carries one of its names;
 *   precision is the share of extracted (non-event) nodes that are gold entities.
 * - relations: a gold triple counts when its two nodes are linked by that predicate, or
 *   through one event node they are both linked to.
 * - events: an event of the class and date, linked to the named participant.
 */
import { readCorpus } from "../../src/corpus/read-corpus.js";
import type { KnowledgeGraph } from "../../src/graph/build-graph.js";
import { nameKey } from "../../src/lexicon/index.js";
import { runPipeline } from "../../src/pipeline.js";
import { GOLD_ENTITIES, GOLD_EVENTS, GOLD_TRIPLES } from "../../tests/gold/seed-gold.js";

export interface SeedReport {
  entities: { found: number; total: number; precision: number; missed: string[]; spurious: string[] };
  triples: { found: number; total: number; missed: string[] };
  events: { found: number; total: number; missed: string[] };
}

function nodesFor(g: KnowledgeGraph, names: string[], kind?: string): string[] {
  const keys = new Set(names.map(nameKey));
  return g.filterNodes((_, a) => (!kind || a.kind === kind) && [a.label, ...a.aliases].some((n) => keys.has(nameKey(n))));
}

export async function evalSeed(corpus = "corpus"): Promise<SeedReport> {
  const { articles } = await readCorpus(corpus);
  const g = runPipeline(articles, { name: "seed" }).graph;
  const missedEntities: string[] = [];
  const matched = new Set<string>();
  for (const e of GOLD_ENTITIES) {
    const nodes = nodesFor(g, e.names, e.kind);
    nodes.forEach((n) => matched.add(n));
    if (nodes.length !== 1) missedEntities.push(`${e.kind} ${e.names[0]} (${nodes.length} nodes)`);
  }
  const extracted = g.filterNodes((_, a) => a.kind !== "event");
  const spurious = extracted.filter((n) => !matched.has(n)).map((n) => `${g.getNodeAttribute(n, "kind")} ${g.getNodeAttribute(n, "label")}`);
  const entityOf = (name: string) => {
    const gold = GOLD_ENTITIES.find((e) => e.names.includes(name));
    return nodesFor(g, gold ? gold.names : [name], gold?.kind);
  };
  const missedTriples: string[] = [];
  for (const t of GOLD_TRIPLES) {
    const ss = entityOf(t.s);
    const os = entityOf(t.o);
    const direct = ss.some((s) => os.some((o) => g.edges(s, o).some((e) => g.getEdgeAttribute(e, "predicate") === t.p)));
    const viaEvent = ss.some((s) => os.some((o) => g.neighbors(s).some((n) => g.getNodeAttribute(n, "kind") === "event" && g.areNeighbors(n, o))));
    if (!direct && !viaEvent) missedTriples.push(`${t.s} ${t.p} ${t.o}`);
  }
  const missedEvents: string[] = [];
  for (const e of GOLD_EVENTS) {
    const withNodes = entityOf(e.with);
    const ok = g.someNode((n, a) => a.kind === "event" && a.eventType === e.type && (a.date ?? "").startsWith(e.date) && withNodes.some((w) => g.areNeighbors(n, w)));
    if (!ok) missedEvents.push(`${e.type} ${e.date} with ${e.with}`);
  }
  return {
    entities: { found: GOLD_ENTITIES.length - missedEntities.length, total: GOLD_ENTITIES.length, precision: (extracted.length - spurious.length) / Math.max(1, extracted.length), missed: missedEntities, spurious },
    triples: { found: GOLD_TRIPLES.length - missedTriples.length, total: GOLD_TRIPLES.length, missed: missedTriples },
    events: { found: GOLD_EVENTS.length - missedEvents.length, total: GOLD_EVENTS.length, missed: missedEvents },
  };
}
