/**
 * Search over labels and aliases
 * ==============================
 *
 * Every node is findable by its label and by each alias ("Hmeymim" finds the
 * node labelled Hmeimim). Matches rank by the rule the query API uses
 * (src/query/lookup-entity.ts): how exactly the name matched (the whole label
 * or alias, the start of the name, the start of a word, anywhere, a
 * spelling-folded match), then mentions, then degree. A node with no edge
 * never comes before a connected one that the corpus mentions five times as
 * often (the bare-surname node beside the full name). A linear scan is fast
 * enough: a 20,000-node graph answers in a few milliseconds.
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
  mentions: number;
  /** Number of articles that mention it. */
  articles: number;
}

interface Entry {
  node: string;
  label: string;
  kind: string;
  color: string;
  importance: number;
  mentions: number;
  articles: number;
  degree: number;
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
    entries.push({
      node,
      label: a.label,
      kind: a.kind,
      color: a.color,
      importance: a.importance,
      mentions: a.mentions ?? 0,
      articles: a.sources?.length ?? 0,
      degree: graph.degree(node),
      names,
    });
  });

  return (query, limit) => {
    const q = foldText(query);
    if (!q) return [];
    const loose = foldSpelling(query);
    const hits: (SearchHit & { importance: number; degree: number })[] = [];
    for (const entry of entries) {
      let best = 0;
      let alias: string | null = null;
      for (const name of entry.names) {
        // A label and an alias that match alike rank alike; the label is preferred only as the name to show.
        const score = scoreName(name.folded, name.loose, q, loose);
        if (score > best || (score === best && name.isLabel && alias !== null)) {
          best = score;
          alias = name.isLabel ? null : name.text;
        }
      }
      if (best > 0) {
        hits.push({
          node: entry.node,
          label: entry.label,
          kind: entry.kind,
          color: entry.color,
          alias,
          score: best,
          mentions: entry.mentions,
          articles: entry.articles,
          importance: entry.importance,
          degree: entry.degree,
        });
      }
    }
    // An orphan takes the rank of a connected match with five times its mentions, and comes after it.
    let strongest = 0;
    for (const h of hits) if (h.degree > 0) strongest = Math.max(strongest, h.mentions);
    for (const h of hits) {
      if (h.degree > 0 || strongest < 5 * Math.max(h.mentions, 1)) continue;
      let cap = h.score;
      for (const o of hits) if (o.degree > 0 && o.mentions >= 5 * Math.max(h.mentions, 1)) cap = Math.min(cap, o.score);
      h.score = cap;
    }
    hits.sort((a, b) => b.score - a.score || b.mentions - a.mentions || b.degree - a.degree || b.importance - a.importance || a.label.localeCompare(b.label));
    return hits.slice(0, limit).map(({ importance: _importance, degree: _degree, ...hit }) => hit);
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
