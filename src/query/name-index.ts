/**
 * news-kg query: nameIndex
 * ========================
 *
 * Node keys by folded name, so that resolving a name costs a few map lookups
 * instead of folding every label and alias of the graph again. Built on first
 * use and kept per graph (a WeakMap, so it goes with the graph); any change to
 * the graph's nodes or their attributes drops it, to be rebuilt on the next
 * lookup.
 */
import { nameKey, spellingKey } from "../lexicon/names.js";
import type { QueryGraph } from "./types.js";

export interface NameIndex {
  /** Folded label (`nameKey`) → node keys. */
  label: Map<string, string[]>;
  /** Folded label or alias → node keys. */
  alias: Map<string, string[]>;
  /** Transliteration key (`spellingKey`) of the label or an alias → node keys. */
  spelling: Map<string, string[]>;
  /** People: last word of the folded label → node keys. */
  surname: Map<string, string[]>;
}

const cache = new WeakMap<QueryGraph, NameIndex>();
const watched = new WeakSet<QueryGraph>();

export function nameIndex(graph: QueryGraph): NameIndex {
  let index = cache.get(graph);
  if (index) return index;
  index = { label: new Map(), alias: new Map(), spelling: new Map(), surname: new Map() };
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    if (key === "") return;
    const list = map.get(key);
    if (!list) map.set(key, [id]);
    else if (list[list.length - 1] !== id && !list.includes(id)) list.push(id);
  };
  graph.forEachNode((id, a) => {
    const label = nameKey(a.label ?? id);
    add(index!.label, label, id);
    for (const name of [a.label ?? id, ...(a.aliases ?? [])]) {
      add(index!.alias, nameKey(name), id);
      add(index!.spelling, spellingKey(name), id);
    }
    if (a.kind === "person") add(index!.surname, label.split(" ").at(-1) ?? "", id);
  });
  cache.set(graph, index);
  if (!watched.has(graph)) {
    watched.add(graph);
    const drop = () => cache.delete(graph);
    for (const event of ["nodeAdded", "nodeDropped", "nodeAttributesUpdated", "cleared"] as const) graph.on(event, drop);
  }
  return index;
}
