/**
 * news-kg query: lookupEntity and resolveEntity
 * =============================================
 *
 * A name as a user types it ("Hmeymim", "assad", "Tartous") to the node it
 * means. Names are compared the way the builder merges them (`nameKey`: case,
 * diacritics, punctuation and Arabic article prefixes such as "al-" folded),
 * in order of strength:
 *   1. the node key itself ("place:hmeimim"), or a key that a merge absorbed
 *      (the graph's `redirects`: "person:vellmar" → "person:gordon-vellmar");
 *   2. the label or an alias, alike (a junk node labelled "The Blair" is no
 *      stronger a match for "Blair" than the prime minister whose articles
 *      call him "Blair": mentions decide between them, as below);
 *   3. a transliteration variant of the label or an alias (`spellingKey`:
 *      Khmeymim ~ Hmeimim, Tartous ~ Tartus);
 *   4. a person's surname, the last word of the label ("Putin" for Vladimir
 *      Putin even where no article wrote "Putin" alone).
 * The strongest level with any match decides. Among several entities matching
 * at that level, prominence decides only when it is overwhelming: one with at
 * least five times the mentions of the next (then degree breaks a tie of
 * mentions in the ranking) is the one meant ("Brown" for the chancellor with
 * hundreds of mentions, not a namesake with two); otherwise the name is
 * ambiguous, unless a kind filter leaves one: a name never silently picks one
 * of several comparable entities. A found entity comes with `alternatives`:
 * every other entity the name matched, at any level, most prominent first (the
 * viewer's search ranks the same way). `lookupEntity` returns the outcome as
 * data; `resolveEntity` returns the entity or throws a `QueryError` that lists
 * the candidates or the close matches.
 */
import { nameKey, spellingKey } from "../lexicon/names.js";
import { nameIndex } from "./name-index.js";
import { QueryError } from "../schema/index.js";
import type { EntityKind } from "../schema/index.js";
import { compareText } from "./compare-text.js";
import { distanceLimit, editDistance } from "./close-matches.js";
import { entityRef } from "./entity-view.js";
import type { EntityRef, QueryGraph } from "./types.js";

export interface LookupOptions {
  /** Only entities of this kind (or these kinds) can match. */
  kind?: EntityKind | readonly EntityKind[];
  /** How many close matches an unknown name suggests. */
  maxSuggestions: number;
}

export const DEFAULT_LOOKUP_OPTIONS: LookupOptions = { maxSuggestions: 5 };

export function resolveLookupOptions(options: Partial<LookupOptions> = {}): LookupOptions {
  return { ...DEFAULT_LOOKUP_OPTIONS, ...options };
}

/** How a name matched: the strength levels above. */
export type MatchedBy = "id" | "label" | "alias" | "spelling" | "surname";

/** A matched entity with what ranks it: mentions, then degree. */
export interface RankedRef extends EntityRef {
  mentions: number;
  degree: number;
}

/** One match having this many times the mentions of the next makes it the one meant. */
export const DOMINANCE = 5;

export type Lookup =
  | { status: "found"; name: string; entity: EntityRef; matchedBy: MatchedBy; alternatives: RankedRef[] }
  | { status: "ambiguous"; name: string; matchedBy: MatchedBy; candidates: EntityRef[] }
  | { status: "unknown"; name: string; suggestions: EntityRef[] };

/** The strength levels; a name and an alias are one level ("name"), reported as "label" or "alias". */
const LEVELS = ["id", "name", "spelling", "surname"] as const;

export function lookupEntity(graph: QueryGraph, name: string, options: Partial<LookupOptions> = {}): Lookup {
  const opts = resolveLookupOptions(options);
  const kinds = opts.kind === undefined ? undefined : new Set<string>(typeof opts.kind === "string" ? [opts.kind] : opts.kind);
  const allowed = (id: string) => kinds === undefined || kinds.has(graph.getNodeAttribute(id, "kind"));
  const wanted = name.trim();
  const key = nameKey(wanted);
  const spelling = spellingKey(wanted);
  const found: Record<(typeof LEVELS)[number], string[]> = { id: [], name: [], spelling: [], surname: [] };
  let labelled: ReadonlySet<string> = new Set();

  if (graph.hasNode(wanted) && allowed(wanted)) found.id.push(wanted);
  else {
    // A key that a merge absorbed keeps resolving, to the node it joined.
    const moved = graph.getAttribute("redirects")?.[wanted];
    if (moved !== undefined && graph.hasNode(moved) && allowed(moved)) found.id.push(moved);
  }
  if (key !== "") {
    const index = nameIndex(graph);
    const byLabel = (index.label.get(key) ?? []).filter(allowed);
    labelled = new Set(byLabel);
    found.name = [...new Set([...byLabel, ...(index.alias.get(key) ?? []).filter(allowed)])];
    found.spelling = (index.spelling.get(spelling) ?? []).filter(allowed);
    if (!key.includes(" ")) found.surname = (index.surname.get(key) ?? []).filter(allowed);
  }
  const ranked = (ids: readonly string[]): RankedRef[] =>
    [...new Set(ids)]
      .map((id) => ({ ...entityRef(graph, id), mentions: graph.getNodeAttribute(id, "mentions") ?? 0, degree: graph.degree(id) }))
      .sort((a, b) => b.mentions - a.mentions || b.degree - a.degree || (a.id < b.id ? -1 : 1));
  const others = (chosen: string) => ranked(LEVELS.flatMap((l) => found[l])).filter((r) => r.id !== chosen);
  const by = (level: (typeof LEVELS)[number], ids: readonly string[]): MatchedBy =>
    level !== "name" ? level : ids.every((id) => labelled.has(id)) ? "label" : "alias";
  for (const level of LEVELS) {
    const ids = found[level];
    if (ids.length === 1) return { status: "found", name, entity: entityRef(graph, ids[0]!), matchedBy: by(level, ids), alternatives: others(ids[0]!) };
    if (ids.length > 1) {
      const [top, next] = ranked(ids);
      if (top!.mentions >= DOMINANCE * Math.max(next!.mentions, 1) && top!.mentions > next!.mentions) {
        return { status: "found", name, entity: entityRef(graph, top!.id), matchedBy: by(level, [top!.id]), alternatives: others(top!.id) };
      }
      return { status: "ambiguous", name, matchedBy: by(level, ids), candidates: [...ids].sort().map((id) => entityRef(graph, id)) };
    }
  }
  return { status: "unknown", name, suggestions: suggest(graph, key, opts.maxSuggestions) };
}

/**
 * The entity `name` means, with `alternatives` (the other entities it matched,
 * most prominent first); throws a `QueryError` when it is unknown or ambiguous.
 */
export function resolveEntity(graph: QueryGraph, name: string, options: Partial<LookupOptions> = {}): EntityRef & { alternatives: RankedRef[] } {
  const lookup = lookupEntity(graph, name, options);
  if (lookup.status === "found") return { ...lookup.entity, alternatives: lookup.alternatives };
  const kind = options.kind === undefined ? "" : ` of kind ${[options.kind].flat().join(" or ")}`;
  if (lookup.status === "ambiguous") {
    const listed = lookup.candidates.map(describeRef);
    throw new QueryError(
      "ambiguous-name",
      `"${name}" is ambiguous: it is the ${lookup.matchedBy === "spelling" ? "spelling variant of a name" : lookup.matchedBy === "alias" ? "name or alias" : lookup.matchedBy} of ${lookup.candidates.length} entities${kind} (${listed.join("; ")}); name one by its key (e.g. "${lookup.candidates[0]!.id}") or give its kind`,
      listed,
      lookup.candidates,
    );
  }
  const listed = lookup.suggestions.map(describeRef);
  throw new QueryError(
    "unknown-name",
    `"${name}": no entity${kind} has this name or alias${listed.length ? `; close matches: ${listed.join("; ")}` : "; check the spelling or give a node key such as \"place:syria\""}`,
    listed,
  );
}

/** "Hmeimim (place, place:hmeimim)": how candidates and suggestions are shown. */
export function describeRef(ref: EntityRef): string {
  return `${ref.label} (${ref.kind}, ${ref.id})`;
}

/**
 * Entities whose label or an alias is within a small edit distance of the
 * folded name, or contains it as whole words ("Bashar" → Bashar al-Assad),
 * nearest first.
 */
function suggest(graph: QueryGraph, key: string, max: number): EntityRef[] {
  if (key === "" || max <= 0) return [];
  const limit = distanceLimit(key);
  const scored: Array<{ id: string; label: string; score: number }> = [];
  graph.forEachNode((id, a) => {
    let best = Infinity;
    for (const n of [a.label ?? id, ...(a.aliases ?? [])]) {
      const folded = nameKey(n);
      const distance = editDistance(key, folded);
      if (distance <= limit) best = Math.min(best, distance);
      else if (key.length >= 3 && ` ${folded} `.includes(` ${key} `)) best = Math.min(best, limit);
    }
    if (best !== Infinity) scored.push({ id, label: a.label ?? id, score: best });
  });
  return scored
    .sort((a, b) => a.score - b.score || compareText(a.label, b.label) || (a.id < b.id ? -1 : 1))
    .slice(0, max)
    .map((s) => entityRef(graph, s.id));
}
