/**
 * A seeded sample of nodes for judging by hand (issue 13)
 * =======================================================
 *
 *   npx tsx scripts/eval/node-sample.ts GRAPH.json CORPUS OUT.md [--n 100] [--seed 1]
 *
 * Draws N entity nodes (every kind but events, which the relation issue
 * judges) uniformly at random with a seeded generator, and writes, for each,
 * its label, kind, aliases, mention count and up to two sentences of its
 * source articles that contain one of its names, so that a judge who did not
 * write the rules can mark it: a real thing of the right kind with a clean
 * label, or not (fragment, generic word, wrong kind, work/law/product…).
 * The kind definitions head the file; the judge is told nothing else.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { readCorpus } from "../../src/corpus/read-corpus.js";

interface Node {
  key: string;
  attributes: { label: string; kind: string; aliases?: string[]; sources?: string[]; mentions?: number };
}

const args = process.argv.slice(2);
const [graphFile, corpus, out] = args;
if (!graphFile || !corpus || !out) {
  console.error("usage: tsx scripts/eval/node-sample.ts GRAPH.json CORPUS OUT.md [--n 100] [--seed 1]");
  process.exit(2);
}
const opt = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const n = opt("--n", 100);
let seed = opt("--seed", 1);
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;

const graph = JSON.parse(readFileSync(graphFile, "utf8")) as { nodes: Node[] };
const pool = graph.nodes.filter((x) => x.attributes.kind !== "event").sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
const picked: Node[] = [];
const taken = new Set<number>();
while (picked.length < Math.min(n, pool.length)) {
  const i = Math.floor(random() * pool.length);
  if (taken.has(i)) continue;
  taken.add(i);
  picked.push(pool[i]!);
}

const { articles } = await readCorpus(corpus);
const byId = new Map(articles.map((a) => [a.id, a]));

/** Up to `max` sentences of the node's articles that contain one of its names (whole word). */
function contexts(node: Node, max: number): string[] {
  const names = [...new Set([node.attributes.label, ...(node.attributes.aliases ?? [])])].sort((a, b) => b.length - a.length);
  const escaped = names.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "iu");
  const found: string[] = [];
  for (const id of node.attributes.sources ?? []) {
    const text = byId.get(id)?.text;
    if (!text) continue;
    for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
      if (!pattern.test(sentence)) continue;
      found.push(`[${id}] ${sentence.trim().replace(/\s+/g, " ").slice(0, 400)}`);
      break;
    }
    if (found.length >= max) break;
  }
  return found;
}

const lines = [
  `# Node sample: ${picked.length} of ${pool.length} entity nodes of ${graphFile}, seed ${opt("--seed", 1)}`,
  "",
  "Kinds: **person** (a human being), **place** (a country, region, city, site, or other location),",
  "**force** (an army, militia, armed group, police or security force), **organization** (a company,",
  "party, government body, institution, team, group of people with a name).",
  "Mark each node **right** when it is one real thing of the given kind and its label is a clean name of",
  "it (no extra words glued on, not cut short, not a generic word); otherwise **wrong**, with the reason:",
  "fragment, generic, wrong kind (say which), work/law/product/programme (a book, film, song, TV show,",
  "law, plan, product), not a thing.",
  "",
];
picked.forEach((node, i) => {
  const a = node.attributes;
  lines.push(`## ${i + 1}. ${a.label}  (${a.kind}, ${a.mentions ?? 0} mentions)`);
  if (a.aliases && a.aliases.length > 1) lines.push(`aliases: ${a.aliases.slice(0, 8).join(" · ")}`);
  for (const c of contexts(node, 2)) lines.push(`> ${c}`);
  lines.push("");
});
writeFileSync(out, lines.join("\n"));
console.log(`wrote ${out}: ${picked.length} nodes`);
