/**
 * `kg curate accept|reject|alias`: curation from the command line
 * ===============================================================
 *
 *   kg curate accept EDGE_ID      an extracted edge becomes a curated triple
 *   kg curate reject EDGE_ID      an extracted edge is dropped from later builds
 *   kg curate alias NAME ALIAS    NAME's entity gets another name
 *   kg curate distinct NAME NAME  the two are never merged by resolution
 *
 * Each edits the curated file (--file, default corpus/curated.ts) in place,
 * keeping its formatting and comments (src/curate/edit-curated.ts), writes it
 * atomically, and prints what changed. Edge ids and names are looked up in
 * the built graph (--graph, default graph/graph.json); run `kg build` after
 * curating to see the change in the graph.
 */
import { readFileSync } from "node:fs";
import { acceptEdge, addAlias, keepDistinct, rejectEdge, type CurationEdit, type GraphEdgeInfo, type GraphNodeInfo } from "../curate/edit-curated.js";
import { writeFileAtomic } from "../export/write-atomic.js";
import { findEdge } from "../query/edge-view.js";
import { loadGraph } from "../query/load-graph.js";
import { lookupEntity, resolveEntity } from "../query/lookup-entity.js";
import type { QueryGraph } from "../query/types.js";
import { CurationError } from "../schema/index.js";
import { nameKey } from "../lexicon/names.js";

export const DEFAULT_CURATED_FILE = "corpus/curated.ts";

export interface CurateCommandOptions {
  file: string;
  graph: string;
}

export type CurateAction = "accept" | "reject" | "alias" | "distinct";

export async function curateCommand(action: CurateAction, args: readonly string[], options: CurateCommandOptions, log: (line: string) => void): Promise<CurationEdit> {
  const text = readCuratedText(options.file);
  const graph = loadGraph(options.graph);
  let edit: CurationEdit;
  if (action === "accept") {
    edit = acceptEdge(text, options.file, edgeInfo(graph, findEdge(graph, args[0]!)));
  } else if (action === "reject") {
    const id = args[0]!;
    // An id already rejected may be gone from the graph: the edit reports it as a no-op.
    edit = graph.hasEdge(id) ? rejectEdge(text, options.file, id, edgeInfo(graph, id)) : rejectEdge(text, options.file, findEdgeUnlessRejected(graph, text, id));
  } else if (action === "distinct") {
    const [a, b] = args as [string, string];
    edit = keepDistinct(text, options.file, a, b, (name) => describeName(graph, name));
  } else {
    const [name, alias] = args as [string, string];
    edit = addAlias(text, options.file, name, alias, (n) => {
      const lookup = lookupEntity(graph, n);
      return lookup.status === "unknown" ? undefined : nodeInfo(graph, resolveEntity(graph, n).id);
    });
  }
  if (edit.changed) await writeFileAtomic(options.file, edit.text);
  for (const change of edit.changes) log(change);
  if (edit.changed) log(`run \`kg build\` to see the change in the graph`);
  return edit;
}

function readCuratedText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new CurationError(file, 0, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); pass the curated file with --file`);
  }
}

function findEdgeUnlessRejected(graph: QueryGraph, text: string, id: string): string {
  // A quick textual check is enough to decide whether to look the id up: rejectEdge parses the file itself.
  return text.includes(JSON.stringify(id)) ? id : findEdge(graph, id);
}

/** What a name is in the graph: the node it finds, or a name some node absorbed; undefined when unknown. */
function describeName(graph: QueryGraph, name: string): string | undefined {
  const lookup = lookupEntity(graph, name);
  const show = (id: string) => `${graph.getNodeAttribute(id, "kind")} ${graph.getNodeAttribute(id, "label")} (${id})`;
  if (lookup.status === "found") return show(lookup.entity.id);
  if (lookup.status === "ambiguous") return `names ${lookup.candidates.map((c) => show(c.id)).join(", ")}`;
  const key = nameKey(name);
  const into = graph.findNode((_, a) => (a.mergedFrom ?? []).some((m) => nameKey(m.form) === key));
  return into === undefined ? undefined : `merged into ${show(into)}`;
}

function nodeInfo(graph: QueryGraph, id: string): GraphNodeInfo {
  const a = graph.getNodeAttributes(id);
  return { id, label: a.label, kind: a.kind, aliases: a.aliases ?? [], ...(a.date !== undefined ? { date: a.date } : {}) };
}

function edgeInfo(graph: QueryGraph, id: string): GraphEdgeInfo {
  const a = graph.getEdgeAttributes(id);
  return {
    id,
    predicate: a.predicate,
    origin: a.origin,
    evidence: a.evidence ?? [],
    provenance: a.provenance ?? [],
    subject: nodeInfo(graph, graph.source(id)),
    object: nodeInfo(graph, graph.target(id)),
  };
}
