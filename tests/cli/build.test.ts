/**
 * `kg build`, end to end
 * ======================
 *
 * Runs the real binary (`node bin/kg.js build …`, from the repository root)
 * and checks what users and other tools rely on: the same bytes on every run
 * and in the committed graph/, the summary, GEXF that both official schemas
 * and NetworkX accept, graph.json as graphology's serialization with the
 * attribute contract of DESIGN.md, the curated layer switched off or broken,
 * other corpus formats, and atomic writes.
 */
import { readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import GraphModule, { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ENTITY_KINDS,
  PREDICATES,
  PREDICATE_NAMES,
  type EdgeAttributes,
  type GraphAttributes,
  type NodeAttributes,
} from "../../src/schema/index.js";
import { PYTHONS, hasNetworkx, hasSchemas, runNetworkx, validateGexfRng, validateGexfXsd } from "../helpers/gexf-validate.js";
import {
  describeRun,
  ensureBuilt,
  firstDifference,
  listFiles,
  repoRoot,
  runKg,
  seedArticleTexts,
  tempDir,
} from "../helpers/kg-cli.js";
import { NETWORKX_MISSING, SHARED_MISSING, skipNote } from "../helpers/skip-note.js";

// graphology's types describe a CommonJS module while Node loads its ESM build, whose default
// export is the Graph class itself (src/graph/build-graph.ts meets the same mismatch).
const Graph = GraphModule as unknown as typeof GraphModule.default;

type KgJson = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

const ORIGINS = ["curated", "extracted", "both"];
const ISO_PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const REBUILD = "run `node bin/kg.js build` (after `npm run build`) and commit graph/";

const dirs: string[] = [];
function scratch(prefix: string): string {
  const dir = tempDir(prefix);
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function readGraph(dir: string): KgJson {
  return JSON.parse(readFileSync(path.join(dir, "graph.json"), "utf8")) as KgJson;
}

/**
 * Every way the evidence of `graph` breaks the contract: each item must be
 * `{doc, sentence, start, end, quote}`, and evidence read from an article
 * (a known doc) must quote exactly `text.slice(start, end)`. Only curated
 * statements may point elsewhere.
 */
function evidenceProblems(graph: KgJson, texts: ReadonlyMap<string, string>): { problems: string[]; checked: number } {
  const problems: string[] = [];
  let checked = 0;
  for (const edge of graph.edges) {
    const a = edge.attributes!;
    if (!Array.isArray(a.evidence)) {
      problems.push(`${edge.key}: evidence is not an array`);
      continue;
    }
    a.evidence.forEach((ev, i) => {
      const where = `${edge.key} evidence[${i}]`;
      if (Object.keys(ev).sort().join() !== "doc,end,quote,sentence,start") {
        problems.push(`${where}: keys are ${Object.keys(ev).sort().join()}, expected doc, sentence, start, end, quote`);
      }
      if (typeof ev.doc !== "string" || typeof ev.quote !== "string") problems.push(`${where}: doc and quote must be strings`);
      for (const k of ["sentence", "start", "end"] as const) {
        if (!Number.isInteger(ev[k]) || ev[k] < 0) problems.push(`${where}: ${k} is ${ev[k]}, expected an integer ≥ 0`);
      }
      const text = texts.get(ev.doc);
      if (text === undefined) {
        if (a.origin === "extracted") problems.push(`${where}: doc ${JSON.stringify(ev.doc)} is not an article of the corpus`);
        return;
      }
      checked++;
      if (!(ev.start <= ev.end && ev.end <= text.length)) {
        problems.push(`${where}: span [${ev.start}, ${ev.end}) is outside ${ev.doc} (length ${text.length})`);
      } else if (text.slice(ev.start, ev.end) !== ev.quote) {
        problems.push(`${where}: quote ${JSON.stringify(ev.quote)} is not ${ev.doc}[${ev.start}, ${ev.end}) = ${JSON.stringify(text.slice(ev.start, ev.end))}`);
      }
    });
  }
  return { problems, checked };
}

describe("kg build on the seed corpus", () => {
  let out1 = "";
  let out2 = "";
  let run1: ReturnType<typeof runKg>;
  let run2: ReturnType<typeof runKg>;

  beforeAll(() => {
    ensureBuilt();
    out1 = scratch("build-1");
    out2 = scratch("build-2");
    // Stale outputs in the second folder must be replaced whole.
    writeFileSync(path.join(out2, "graph.json"), "stale graph.json that is longer than nothing");
    writeFileSync(path.join(out2, "graph.gexf"), "<stale/>");
    run1 = runKg(["build", "--out", out1]);
    run2 = runKg(["build", "--out", out2]);
  });

  it("exits 0 and prints the summary", () => {
    for (const run of [run1, run2]) {
      expect(run.status, describeRun(run)).toBe(0);
      expect(run.stdout).toMatch(/^articles: 5\b/m);
      expect(run.stdout).toMatch(/^entities: /m);
      expect(run.stdout).toMatch(/^edges: \d+$/m);
      expect(run.stdout).toMatch(/^warnings: \d+/m);
    }
    // The summary counts what was written.
    const graph = readGraph(out1);
    const entities = /^entities: (.*)$/m.exec(run1.stdout)?.[1] ?? "";
    const perKind = [...entities.matchAll(/(\d+) \w+/g)].map((m) => Number(m[1]));
    expect(perKind).toHaveLength(ENTITY_KINDS.length);
    expect(perKind.reduce((a, b) => a + b, 0)).toBe(graph.nodes.length);
    expect(Number(/^edges: (\d+)$/m.exec(run1.stdout)?.[1])).toBe(graph.edges.length);
  });

  it("writes byte-identical graph.json and graph.gexf on every run", () => {
    for (const file of ["graph.json", "graph.gexf"]) {
      const a = readFileSync(path.join(out1, file));
      const b = readFileSync(path.join(out2, file));
      expect(a.equals(b), `${file} differs between two builds of the same corpus:\n${firstDifference(a.toString(), b.toString())}`).toBe(true);
    }
  });

  it("writes exactly the committed graph/graph.json and graph/graph.gexf", () => {
    for (const file of ["graph.json", "graph.gexf"]) {
      const fresh = readFileSync(path.join(out1, file));
      const committed = readFileSync(path.join(repoRoot, "graph", file));
      expect(
        fresh.equals(committed),
        `graph/${file} is not what a fresh build writes; ${REBUILD}.\n${firstDifference(fresh.toString(), committed.toString())}`,
      ).toBe(true);
    }
  });

  it("writes atomically: only the three outputs, no *.tmp files left behind", () => {
    for (const dir of [out1, out2]) {
      // Besides the extraction cache of incremental builds (tests/cache/).
      const files = listFiles(dir).filter((f) => !f.startsWith(".kg-cache/"));
      expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
      expect(files).toEqual(["claims.json", "graph.gexf", "graph.json"]);
    }
    expect(readFileSync(path.join(out2, "graph.gexf"), "utf8")).not.toBe("<stale/>");
  });

  describe("graph.gexf", () => {
    it.skipIf(!hasSchemas)(`validates against the fixed GEXF 1.3 XSD${skipNote(hasSchemas, SHARED_MISSING)}`, async () => {
      const result = await validateGexfXsd(readFileSync(path.join(out1, "graph.gexf"), "utf8"));
      expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
      expect(result.valid).toBe(true);
    });

    it.skipIf(!hasSchemas)(`validates against the official GEXF 1.3 RELAX NG schema (xsi attributes stripped)${skipNote(hasSchemas, SHARED_MISSING)}`, async () => {
      const result = await validateGexfRng(readFileSync(path.join(out1, "graph.gexf"), "utf8"));
      expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
      expect(result.valid).toBe(true);
    });

    it.skipIf(!hasNetworkx)(`reads back in NetworkX with the node and edge counts of graph.json${skipNote(hasNetworkx, NETWORKX_MISSING)}`, () => {
      const graph = readGraph(out1);
      const script = `
g = nx.read_gexf(sys.stdin.buffer)
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "multi": g.is_multigraph(), "directed": g.is_directed()}))
`;
      for (const python of PYTHONS) {
        const run = runNetworkx(python, script, readFileSync(path.join(out1, "graph.gexf"), "utf8"));
        expect(run.stderr, `${python}: ${run.stderr}`).toBe("");
        expect(run.status).toBe(0);
        expect(JSON.parse(run.stdout)).toEqual({ nodes: graph.nodes.length, edges: graph.edges.length, multi: true, directed: true });
      }
    });
  });

  describe("graph.json", () => {
    it("is graphology's serialization of a directed multigraph", () => {
      const json = readGraph(out1);
      expect(json.options).toMatchObject({ type: "directed", multi: true });
      const fromJson = Graph.from(json);
      expect(fromJson.type).toBe("directed");
      expect(fromJson.multi).toBe(true);
      expect(fromJson.order).toBe(json.nodes.length);
      expect(fromJson.size).toBe(json.edges.length);
      const imported = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>().import(json);
      expect(imported.order).toBe(json.nodes.length);
      expect(imported.size).toBe(json.edges.length);
      // Round trip: graphology exports the same document again.
      expect(imported.export()).toEqual(json);
    });

    it("has the graph attributes: name, generator, the five articles, curated", () => {
      const { attributes } = readGraph(out1);
      expect(typeof attributes.name).toBe("string");
      expect(attributes.generator).toMatch(/^news-kg \d+\.\d+\.\d+/);
      expect(attributes.articles.map((a) => a.id).sort()).toEqual([...seedArticleTexts().keys()].sort());
      expect(attributes.curated).toBe(true);
    });

    it("gives every node the contract's attributes", () => {
      const json = readGraph(out1);
      const articleIds = new Set(seedArticleTexts().keys());
      const problems: string[] = [];
      for (const node of json.nodes) {
        const a = node.attributes as Partial<NodeAttributes> | undefined;
        const bad = (what: string) => problems.push(`${node.key}: ${what}`);
        if (!a) {
          bad("no attributes");
          continue;
        }
        if (typeof a.label !== "string" || a.label === "") bad(`label ${JSON.stringify(a.label)}`);
        if (!(ENTITY_KINDS as readonly unknown[]).includes(a.kind)) bad(`kind ${JSON.stringify(a.kind)}`);
        if (!Array.isArray(a.aliases) || !a.aliases.every((s) => typeof s === "string")) bad("aliases is not an array of strings");
        if (!Array.isArray(a.sources) || !a.sources.every((s) => articleIds.has(s))) bad(`sources ${JSON.stringify(a.sources)} are not article ids`);
        if (!Number.isInteger(a.mentions) || a.mentions! < 0) bad(`mentions ${a.mentions}`);
        if (!ORIGINS.includes(a.origin as string)) bad(`origin ${JSON.stringify(a.origin)}`);
        for (const k of ["x", "y", "size", "importance"] as const) if (!Number.isFinite(a[k])) bad(`${k} ${a[k]}`);
        if (!(a.importance! >= 0 && a.importance! <= 1)) bad(`importance ${a.importance} outside 0..1`);
        if (!Number.isInteger(a.community) || a.community! < 0) bad(`community ${a.community}`);
        if (typeof a.color !== "string" || a.color === "") bad(`color ${JSON.stringify(a.color)}`);
        if ("type" in a) bad("has a `type` attribute (sigma uses it to pick a renderer; the kind goes in `kind`)");
        // An event is dated when the text dates it; an undated one has no date at all (never an empty or malformed one).
        if (a.kind === "event" && a.date !== undefined && !(typeof a.date === "string" && ISO_PARTIAL_DATE.test(a.date))) bad(`event date ${JSON.stringify(a.date)}`);
        if (a.kind !== "event" && a.date !== undefined) bad(`a ${a.kind} with a date`);
      }
      expect(problems).toEqual([]);
      expect(json.nodes.some((n) => n.attributes?.kind === "event")).toBe(true);
    });

    it("gives every edge the contract's attributes, with evidence quoting the article", () => {
      const json = readGraph(out1);
      const problems: string[] = [];
      for (const edge of json.edges) {
        const a = edge.attributes as Partial<EdgeAttributes> | undefined;
        const bad = (what: string) => problems.push(`${edge.key}: ${what}`);
        if (!a) {
          bad("no attributes");
          continue;
        }
        if (!PREDICATE_NAMES.includes(a.predicate!)) bad(`predicate ${JSON.stringify(a.predicate)} is not in the vocabulary`);
        else if (a.predicate === "related_to") {
          // The verb names the relation: it is in the label and in its own attribute.
          if (typeof a.verb !== "string" || a.verb === "") bad("related_to without its verb");
          else if (a.label !== `${PREDICATES.related_to.label} (${a.verb})`) bad(`label ${JSON.stringify(a.label)} for related_to ${a.verb}`);
        } else if (a.verb !== undefined) bad(`verb on a ${a.predicate} edge`);
        else if (a.label !== PREDICATES[a.predicate!].label) bad(`label ${JSON.stringify(a.label)} for ${a.predicate}`);
        if (a.past !== undefined && a.past !== true) bad(`past ${JSON.stringify(a.past)}`);
        if (a.past && !(a.evidence ?? []).every((e) => e.past === true)) bad("past, but a supporting sentence is not");
        if (!(typeof a.confidence === "number" && a.confidence >= 0 && a.confidence <= 1)) bad(`confidence ${a.confidence} outside 0..1`);
        if (!(typeof a.weight === "number" && a.weight >= 1)) bad(`weight ${a.weight} < 1`);
        if (!ORIGINS.includes(a.origin as string)) bad(`origin ${JSON.stringify(a.origin)}`);
        if (!Array.isArray(a.provenance)) bad("provenance is not an array");
        if (a.origin !== "curated" && !(Array.isArray(a.evidence) && a.evidence.length > 0)) bad(`${a.origin} edge without evidence`);
      }
      const evidence = evidenceProblems(json, seedArticleTexts());
      expect([...problems, ...evidence.problems]).toEqual([]);
      expect(evidence.checked).toBeGreaterThan(0);
    });
  });
});

describe("kg build --no-curated", () => {
  beforeAll(ensureBuilt);

  it("builds from extraction alone and says so", () => {
    const out = scratch("no-curated");
    const run = runKg(["build", "--no-curated", "--out", out]);
    expect(run.status, describeRun(run)).toBe(0);
    expect(run.stdout).toMatch(/^articles: 5 .*no curation/m);
    const graph = readGraph(out);
    expect(graph.attributes.curated).toBe(false);
    expect(graph.nodes.length).toBeGreaterThan(0);
    const curated = [
      ...graph.nodes.filter((n) => n.attributes?.origin !== "extracted").map((n) => `node ${n.key}: ${n.attributes?.origin}`),
      ...graph.edges.filter((e) => e.attributes?.origin !== "extracted").map((e) => `edge ${e.key}: ${e.attributes?.origin}`),
    ];
    expect(curated).toEqual([]);
    expect(graph.edges.filter((e) => (e.attributes?.provenance ?? []).length > 0).map((e) => e.key)).toEqual([]);
  });
});

describe("kg build with a broken curated file", () => {
  beforeAll(ensureBuilt);

  it("exits 1 with one line naming curated.ts:LINE, no stack trace, and writes nothing", () => {
    const dir = scratch("bad-curated");
    const lines = readFileSync(path.join(repoRoot, "corpus/curated.ts"), "utf8").split("\n");
    const TRIPLE = /^(\s*\{\s*s:\s*"[^"]+",\s*p:\s*"[^"]+",\s*o:\s*)"[^"]+"/;
    const index = lines.findLastIndex((l) => TRIPLE.test(l));
    expect(index, "corpus/curated.ts has no triple written as { s: …, p: …, o: … } on one line").toBeGreaterThanOrEqual(0);
    lines[index] = lines[index]!.replace(TRIPLE, '$1"no-such-entity"');
    const curated = path.join(dir, "curated.ts");
    writeFileSync(curated, lines.join("\n"));
    const out = path.join(dir, "out");
    mkdirSync(out);

    const run = runKg(["build", "--curated", curated, "--out", out]);
    const line = index + 1;
    expect(run.status, describeRun(run)).toBe(1);
    const stderr = run.stderr.trimEnd();
    expect(stderr.split("\n"), `expected a one-line message:\n${run.stderr}`).toHaveLength(1);
    expect(stderr).toMatch(new RegExp(`curated\\.ts:${line}\\b`));
    expect(stderr).toContain("no-such-entity");
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).not.toMatch(/^wrote:/m);
    expect(listFiles(out)).toEqual([]);
  });
});

describe("kg build --corpus with JSONL and Markdown articles", () => {
  beforeAll(ensureBuilt);

  it("reads every article of both formats", () => {
    const dir = scratch("corpus-formats");
    const corpus = path.join(dir, "articles");
    mkdirSync(corpus);
    const jsonl = [
      { id: "wire-1", text: "President Vladimir Putin visited Syria on Monday. He met Bashar al-Assad at the Hmeimim airbase.", outlet: "Test Wire", published: "2017-12-11" },
      { id: "wire-2", text: "Russian forces will withdraw from Syria, Defence Minister Sergei Shoigu said.", outlet: "Test Wire", published: "2017-12-12" },
      { id: "wire-3", text: "🇷🇺 President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Ankara.", outlet: "Test Wire", published: "2017-12-11" },
    ];
    writeFileSync(path.join(corpus, "wire.jsonl"), jsonl.map((a) => JSON.stringify(a)).join("\n") + "\n");
    const body = "Putin flew on to Cairo, where he met Egyptian President Abdel Fattah al-Sisi.\n";
    writeFileSync(
      path.join(corpus, "cairo.md"),
      `---\nid: md-cairo\ntitle: "Putin in Egypt"\noutlet: Test Daily\npublished: 2017-12-11\n---\n${body}`,
    );
    const out = path.join(dir, "out");

    const run = runKg(["build", "--corpus", corpus, "--out", out]);
    expect(run.status, describeRun(run)).toBe(0);
    expect(run.stdout).toMatch(/^articles: 4\b/m);
    const graph = readGraph(out);
    const articles = [...graph.attributes.articles].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(articles).toEqual([
      { id: "md-cairo", title: "Putin in Egypt", outlet: "Test Daily", published: "2017-12-11" },
      { id: "wire-1", outlet: "Test Wire", published: "2017-12-11" },
      { id: "wire-2", outlet: "Test Wire", published: "2017-12-12" },
      { id: "wire-3", outlet: "Test Wire", published: "2017-12-11" },
    ]);
    // Offsets stay indices into each article's own text (the .md body after its front matter).
    const texts = new Map<string, string>([...jsonl.map((a) => [a.id, a.text] as [string, string]), ["md-cairo", body]]);
    const evidence = evidenceProblems(graph, texts);
    expect(evidence.problems).toEqual([]);
    expect(evidence.checked).toBeGreaterThan(0);
    expect(listFiles(out).filter((f) => !f.startsWith(".kg-cache/"))).toEqual(["claims.json", "graph.gexf", "graph.json"]);
  });
});
