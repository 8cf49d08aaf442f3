/**
 * news-kg curate: acceptEdge, rejectEdge, addAlias
 * ================================================
 *
 * The edits behind `kg curate accept|reject|alias`, as pure functions from
 * the curated file's text (and what the built graph says about an edge or
 * node) to the new text and a list of what changed. The CLI reads the file,
 * looks the edge or node up in the graph, and writes the result atomically.
 *
 * - accept EDGE_ID: an extracted edge becomes a curated triple. Its ends map
 *   to curated entities (one of the same kind whose label or an alias names
 *   the node, compared as the builder compares names); a node with none gets
 *   a new curated entity carrying its label, aliases and (events) date, so
 *   the next build merges it with the extracted one under the same key. The
 *   triple's note says where it was read.
 * - reject EDGE_ID: the edge key goes into `rejected`, which later builds
 *   drop (only extracted edges can be rejected; a curated one is removed by
 *   deleting its line).
 * - alias NAME ALIAS: the alias is added to the curated entity NAME names
 *   (by id, label or alias), or to a new curated entity for the graph node
 *   NAME names.
 * - distinct NAME NAME: the pair goes into `distinct`, which later builds'
 *   resolution never merges (not even through a third name): the way to undo
 *   a wrong merge that a node's `mergedFrom` shows.
 *
 * Every result is read back with `parseCurated` before it is returned, so an
 * edit can never leave a file the builder rejects.
 */
import { nameKey } from "../lexicon/names.js";
import { CurationError, UsageError, entityId, slug, tripleId, uniqueId } from "../schema/index.js";
import type { EntityKind, Evidence, Origin, Predicate } from "../schema/index.js";
import { CuratedSource, literal } from "./curated-source.js";
import { parseCurated } from "./read-curated.js";
import type { CuratedLayer } from "./types.js";

/** A node of the built graph, as much of it as curation needs. */
export interface GraphNodeInfo {
  id: string;
  label: string;
  kind: EntityKind;
  aliases: readonly string[];
  date?: string;
}

/** An edge of the built graph, with its two ends. */
export interface GraphEdgeInfo {
  id: string;
  predicate: Predicate;
  origin: Origin;
  evidence: readonly Evidence[];
  provenance: readonly string[];
  subject: GraphNodeInfo;
  object: GraphNodeInfo;
}

export interface CurationEdit {
  /** The whole file after the edit (the same text when nothing changed). */
  text: string;
  changed: boolean;
  /** What was done, one line each ("added triple … at corpus/curated.ts:190"). */
  changes: string[];
  /** The line of the entry added or changed last (the triple, the rejection, the alias's entity). */
  line?: number;
}

/** Longest quote kept in an accepted triple's note. */
const NOTE_QUOTE_LENGTH = 120;

export function acceptEdge(text: string, file: string, edge: GraphEdgeInfo): CurationEdit {
  if (edge.origin !== "extracted") {
    const where = edge.provenance.length ? ` (${edge.provenance.join(", ")})` : "";
    throw new UsageError(`${file}: edge "${edge.id}" is already curated${where}; nothing to accept`);
  }
  const layer = parseCurated(text, file);
  const source = new CuratedSource(text, file);
  const changes: string[] = [];
  const used = new Set(layer.entities.map((e) => e.id));
  const before = changes.length;
  const s = curatedIdFor(layer, source, edge.subject, used, changes);
  const subjectKey = changes.length > before ? entityId(edge.subject.kind, edge.subject.label) : edge.subject.id;
  const middle = changes.length;
  const o = curatedIdFor(layer, source, edge.object, used, changes);
  const objectKey = changes.length > middle ? entityId(edge.object.kind, edge.object.label) : edge.object.id;
  const existing = parseCurated(source.text, file).triples.find((t) => t.s === s && t.p === edge.predicate && t.o === o);
  if (existing) {
    throw new UsageError(`${file}:${existing.line}: the triple ${s} ${edge.predicate} ${o} is already curated; rebuild the graph (\`kg build\`) to see it`);
  }
  const first = edge.evidence[0];
  const note = first
    ? `accepted from ${first.doc}:${first.sentence}: ${clip(first.quote.replace(/\s+/g, " ").trim(), NOTE_QUOTE_LENGTH)}`
    : `accepted from the graph (edge ${edge.id})`;
  const line = source.insert("triples", `{ s: ${literal(s)}, p: ${literal(edge.predicate)}, o: ${literal(o)}, note: ${literal(note)} }`);
  changes.push(`added triple ${s} ${edge.predicate} ${o} at ${file}:${line}`);
  // A new curated entity is keyed by its label, which an extracted event's key need not be.
  const key = tripleId(subjectKey, edge.predicate, objectKey);
  if (key !== edge.id) changes.push(`after the next build the edge is ${key}`);
  return finish(source, file, changes, line);
}

export function rejectEdge(text: string, file: string, edgeId: string, edge?: GraphEdgeInfo): CurationEdit {
  if (edge && edge.origin !== "extracted") {
    throw new UsageError(
      `${file}: edge "${edgeId}" is curated (${edge.provenance.join(", ") || "curated"}); reject only extracted edges, and delete the curated line to drop a curated one`,
    );
  }
  parseCurated(text, file);
  const source = new CuratedSource(text, file);
  if (source.rejectedIds().includes(edgeId)) {
    return { text, changed: false, changes: [`"${edgeId}" is already rejected in ${file}`] };
  }
  const line = source.insert("rejected", literal(edgeId));
  return finish(source, file, [`rejected ${edgeId} at ${file}:${line}`], line);
}

/**
 * Adds `alias` to the entity `name` means: a curated entity (by id, label or
 * alias), else the graph node `findNode(name)` returns, for which a curated
 * entity is added first.
 */
export function addAlias(
  text: string,
  file: string,
  name: string,
  alias: string,
  findNode?: (name: string) => GraphNodeInfo | undefined,
): CurationEdit {
  if (alias.trim() === "") throw new UsageError("the alias is empty; give the new name in quotes");
  const layer = parseCurated(text, file);
  const source = new CuratedSource(text, file);
  const changes: string[] = [];
  let entity = curatedByName(layer, name, file);
  if (!entity) {
    const node = findNode?.(name);
    if (!node) throw new UsageError(`${file}: no curated entity or graph node is named "${name}"; check the name with \`kg show\``);
    const used = new Set(layer.entities.map((e) => e.id));
    const id = curatedIdFor(layer, source, node, used, changes);
    entity = parseCurated(source.text, file).entities.find((e) => e.id === id)!;
  }
  const names = [entity.label, ...(entity.aliases ?? [])];
  if (names.some((n) => n.toLowerCase() === alias.trim().toLowerCase())) {
    return { text: source.text, changed: source.text !== text, changes: [...changes, `"${entity.id}" already has the name "${alias}"`], line: entity.line };
  }
  source.appendAlias(entity.id, alias.trim());
  changes.push(`added alias "${alias.trim()}" to ${entity.id} (${entity.kind} "${entity.label}") at ${file}:${entity.line}`);
  return finish(source, file, changes, entity.line);
}

/**
 * Adds the pair `a`/`b` to `distinct`. `describe`, when given, says what each
 * name is in the built graph ("person Gordon Vellmar (person:gordon-vellmar)")
 * and returns undefined for a name the graph does not know, which is refused:
 * a typo would keep nothing apart.
 */
export function keepDistinct(text: string, file: string, a: string, b: string, describe?: (name: string) => string | undefined): CurationEdit {
  const [x, y] = [a.trim(), b.trim()];
  if (x === "" || y === "") throw new UsageError("a name is empty; give the two names (or node keys) to keep apart, in quotes");
  if (pairKey(x) === pairKey(y)) throw new UsageError(`"${x}" and "${y}" are the same name to the builder; give two different names`);
  const layer = parseCurated(text, file);
  const existing = layer.distinct.find((d) => [pairKey(d.names[0]), pairKey(d.names[1])].sort().join("\u0000") === [pairKey(x), pairKey(y)].sort().join("\u0000"));
  if (existing) return { text, changed: false, changes: [`"${x}" and "${y}" are already kept apart at ${file}:${existing.line}`], line: existing.line };
  const what: string[] = [];
  if (describe) {
    for (const name of [x, y]) {
      const d = describe(name);
      if (d === undefined) throw new UsageError(`no node, alias or merged name of the graph is "${name}"; check the name with \`kg show\` (a node's "merged from" lists the names it absorbed)`);
      what.push(d);
    }
  }
  const source = new CuratedSource(text, file);
  const line = source.insert("distinct", `[${literal(x)}, ${literal(y)}]`);
  const changes = [`kept "${x}" and "${y}" apart at ${file}:${line}`];
  if (what.length === 2) changes.push(`  "${x}": ${what[0]}`, `  "${y}": ${what[1]}`);
  if (what.length === 2 && what[0] === what[1]) changes.push("both are one node now; the next build keeps them apart");
  return finish(source, file, changes, line);
}

/** How a name of a distinct pair is compared: a node key as written, a name as the builder compares names. */
function pairKey(name: string): string {
  return /^(?:person|place|force|organization|event):\S+$/.test(name) ? name : nameKey(name);
}

/** The curated entity id for a graph node: an existing entity that names it, or a new one. */
function curatedIdFor(layer: CuratedLayer, source: CuratedSource, node: GraphNodeInfo, used: Set<string>, changes: string[]): string {
  const found = curatedForNode(layer, node);
  if (found) return found.id;
  const id = uniqueId(slug(node.label), used);
  const aliases = [...new Set(node.aliases)].filter((a) => a !== node.label).sort();
  const parts = [`id: ${literal(id)}`, `kind: ${literal(node.kind)}`, `label: ${literal(node.label)}`];
  if (aliases.length > 0) parts.push(`aliases: [${aliases.map(literal).join(", ")}]`);
  if (node.kind === "event" && node.date !== undefined) parts.push(`date: ${literal(node.date)}`);
  // After the last entity of the same kind, so the file's grouping by kind holds.
  const line = source.insert("entities", `{ ${parts.join(", ")} }`, (element) => /\bkind:\s*["'`](\w+)["'`]/.exec(element.getText())?.[1] === node.kind);
  changes.push(`added entity ${id} (${node.kind} "${node.label}") at ${source.file}:${line}`);
  // Later lookups in this edit see the new entity.
  layer.entities.push({ id, kind: node.kind, label: node.label, aliases, ...(node.kind === "event" && node.date !== undefined ? { date: node.date } : {}), line });
  return id;
}

/** A curated entity of the node's kind named by its label (preferred) or one of its aliases. */
function curatedForNode(layer: CuratedLayer, node: GraphNodeInfo): CuratedLayer["entities"][number] | undefined {
  const sameKind = layer.entities.filter((e) => e.kind === node.kind);
  const label = nameKey(node.label);
  const byLabel = sameKind.find((e) => nameKey(e.label) === label);
  if (byLabel) return byLabel;
  const names = new Set([node.label, ...node.aliases].map(nameKey).filter((k) => k !== ""));
  return sameKind.find((e) => [e.label, ...(e.aliases ?? [])].some((n) => names.has(nameKey(n))));
}

/** The curated entity `name` means (id, then label, then alias); throws when several kinds share the name. */
function curatedByName(layer: CuratedLayer, name: string, file: string): CuratedLayer["entities"][number] | undefined {
  const byId = layer.entities.find((e) => e.id === name);
  if (byId) return byId;
  const key = nameKey(name);
  if (key === "") return undefined;
  for (const matches of [
    layer.entities.filter((e) => nameKey(e.label) === key),
    layer.entities.filter((e) => (e.aliases ?? []).some((a) => nameKey(a) === key)),
  ]) {
    if (matches.length === 1) return matches[0];
    if (matches.length > 1) {
      throw new UsageError(`${file}: "${name}" names ${matches.length} curated entities (${matches.map((m) => `${m.id} at line ${m.line}`).join(", ")}); give the curated id instead`);
    }
  }
  return undefined;
}

function finish(source: CuratedSource, file: string, changes: string[], line: number): CurationEdit {
  try {
    parseCurated(source.text, file);
  } catch (error) {
    if (!(error instanceof CurationError)) throw error;
    // E.g. an extracted edge whose kinds the predicate does not accept: say so, and write nothing.
    throw new CurationError(file, error.line, `${error.message.slice(`${file}:${error.line}: `.length)} (after the edit; nothing was written)`);
  }
  return { text: source.text, changed: true, changes, line };
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
