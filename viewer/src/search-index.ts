/**
 * Search over labels and aliases
 * ==============================
 *
 * Every node is findable by its label and by each alias ("Hmeymim" finds the
 * node labelled Hmeimim). Matches rank from exact to loose: whole name, start
 * of the name, start of a word, anywhere, then a spelling-folded match; ties
 * go to the more important node (PageRank). A linear scan is fast enough: a
 * 20,000-node graph answers in a few milliseconds.
 */
import { foldSpelling, foldText } from "./fold-text.js";
import type { KgGraph } from "./types.js";

export interface SearchHit {
  node: string;
  label: string;
  kind: string;
  color: string;
  /** The alias that matched, when it was not the label. */
  alias: string | null;
  score: number;
}

interface Entry {
  node: string;
  label: string;
  kind: string;
  color: string;
  importance: number;
  names: { text: string; folded: string; loose: string; isLabel: boolean }[];
}

export type Search = (query: string, limit: number) => SearchHit[];

export function createSearchIndex(graph: KgGraph): Search {
  const entries: Entry[] = [];
  graph.forEachNode((node, a) => {
    const seen = new Set<string>();
    const names: Entry["names"] = [];
    for (const [text, isLabel] of [[a.label, true] as const, ...a.aliases.map((alias) => [alias, false] as const)]) {
      const folded = foldText(text);
      if (!folded || seen.has(folded)) continue;
      seen.add(folded);
      names.push({ text, folded, loose: foldSpelling(text), isLabel });
    }
    entries.push({ node, label: a.label, kind: a.kind, color: a.color, importance: a.importance, names });
  });

  return (query, limit) => {
    const q = foldText(query);
    if (!q) return [];
    const loose = foldSpelling(query);
    const hits: (SearchHit & { importance: number })[] = [];
    for (const entry of entries) {
      let best = 0;
      let alias: string | null = null;
      for (const name of entry.names) {
        const score = scoreName(name.folded, name.loose, q, loose) - (name.isLabel ? 0 : 1);
        if (score > best) {
          best = score;
          alias = name.isLabel ? null : name.text;
        }
      }
      if (best > 0) {
        hits.push({ node: entry.node, label: entry.label, kind: entry.kind, color: entry.color, alias, score: best, importance: entry.importance });
      }
    }
    hits.sort((a, b) => b.score - a.score || b.importance - a.importance || a.label.localeCompare(b.label));
    return hits.slice(0, limit).map(({ importance: _importance, ...hit }) => hit);
  };
}

function scoreName(folded: string, loose: string, q: string, looseQ: string): number {
  if (folded === q) return 100;
  if (folded.startsWith(q)) return 80;
  if (folded.includes(` ${q}`)) return 60;
  if (folded.includes(q)) return 40;
  if (loose === looseQ) return 30;
  if (looseQ.length >= 3 && loose.includes(looseQ)) return 20;
  return 0;
}
