/**
 * Samples for judging precision by hand
 * =====================================
 *
 * Writes two files for a judge who did not write the rules:
 *   edges.md   a seeded random sample of N entity–entity edges from a graph
 *              built (curation off) over BBC business, tech and entertainment,
 *              articles no rule was written on, each with its sentence;
 *   events.md  a seeded random sample of M events from BBC politics 001–200,
 *              with class, participants, place, date and sentences.
 * Each item is numbered; the judge marks it right or wrong. The predicate
 * definitions (schema/predicates.ts) head edges.md: the judge is told
 * nothing else. Usage: tsx scripts/eval/judge-sample.ts OUT_DIR [--edges 100] [--events 50] [--seed 1]
 * Uses dist/ (run `npm run build` first).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PREDICATES } from "../../src/schema/predicates.js";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const shared = path.resolve(repo, "..", "shared");
const args = process.argv.slice(2);
const out = args[0];
if (!out) throw new Error("usage: judge-sample.ts OUT_DIR [--edges N] [--events M] [--seed S]");
const opt = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
let seed = opt("--seed", 1);
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
function sample<T>(items: T[], n: number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, n);
}

interface G { nodes: { key: string; attributes: Record<string, unknown> }[]; edges: { source: string; target: string; attributes: Record<string, unknown> }[] }
function build(lines: string[]): G {
  const work = mkdtempSync(path.join(os.tmpdir(), "news-kg-judge-"));
  try {
    const file = path.join(work, "corpus.jsonl");
    writeFileSync(file, `${lines.join("\n")}\n`);
    const r = spawnSync(process.execPath, [path.join(repo, "bin", "kg.js"), "build", "--corpus", file, "--out", path.join(work, "g"), "--no-curated", "--no-cache", "--quiet"], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(readFileSync(path.join(work, "g", "graph.json"), "utf8")) as G;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const corpus = readFileSync(path.join(shared, "corpora", "bbc-2004-2005.jsonl"), "utf8").split("\n").filter(Boolean);
mkdirSync(out, { recursive: true });
type Ev = { doc: string; quote: string; past?: boolean };
const quotes = (a: Record<string, unknown>) => ((a.evidence as Ev[] | undefined) ?? []).slice(0, 2).map((e) => `> ${e.quote.replace(/\s+/g, " ")} (${e.doc}${e.past ? ", past" : ""})`).join("\n");

{
  const g = build(corpus.filter((l) => /"category": "(?:business|tech|entertainment)"/.test(l)));
  const nodes = new Map(g.nodes.map((n) => [n.key, n.attributes]));
  const edges = g.edges.filter((e) => nodes.get(e.source)!.kind !== "event" && nodes.get(e.target)!.kind !== "event");
  const picked = sample(edges, opt("--edges", 100));
  const defs = Object.entries(PREDICATES).map(([p, d]) => `- \`${p}\`: ${d.description}`).join("\n");
  const items = picked.map((e, i) => {
    const s = nodes.get(e.source)!;
    const o = nodes.get(e.target)!;
    const verb = e.attributes.verb ? ` (verb: ${String(e.attributes.verb)})` : "";
    return `### ${i + 1}. ${String(s.label)} [${String(s.kind)}] —${String(e.attributes.predicate)}${verb}→ ${String(o.label)} [${String(o.kind)}]${e.attributes.past ? " (past)" : ""}\n${quotes(e.attributes)}`;
  });
  writeFileSync(path.join(out, "edges.md"), `# ${picked.length} edges of ${edges.length} (BBC business, tech, entertainment; curation off; seed ${opt("--seed", 1)})\n\n## Predicates\n${defs}\n\n## Edges\n${items.join("\n\n")}\n`);
}
{
  const lines = corpus.filter((l) => /"id": "bbc\/politics\/(?:0\d\d|1\d\d|200)"/.test(l) && !l.includes('"bbc/politics/000"'));
  const g = build(lines);
  const nodes = new Map(g.nodes.map((n) => [n.key, n.attributes]));
  const events = g.nodes.filter((n) => n.attributes.kind === "event");
  const around = new Map<string, string[]>();
  const evidence = new Map<string, string>();
  for (const e of g.edges) {
    for (const [ev, other] of [[e.target, e.source], [e.source, e.target]] as const) {
      if (nodes.get(ev)?.kind !== "event") continue;
      const list = around.get(ev) ?? [];
      list.push(`${String(e.attributes.predicate)}: ${String(nodes.get(other)!.label)}`);
      around.set(ev, list);
      if (!evidence.has(ev)) evidence.set(ev, quotes(e.attributes));
    }
  }
  const picked = sample(events, opt("--events", 50));
  const items = picked.map((n, i) => `### ${i + 1}. ${String(n.attributes.label)}\nclass: ${String(n.attributes.eventType)}; date: ${String(n.attributes.date ?? "none")}; ${(around.get(n.key) ?? []).join("; ")}\n${evidence.get(n.key) ?? ""}`);
  writeFileSync(path.join(out, "events.md"), `# ${picked.length} events of ${events.length} (BBC politics 001–200; curation off; seed ${opt("--seed", 1)})\n\n${items.join("\n\n")}\n`);
  console.log(`${events.length} events over ${lines.length} articles`);
}
