/**
 * `kg export --format …`, end to end
 * ==================================
 *
 * Each format written by the real binary from the committed graph into a
 * temporary folder and read back by a real parser: n3 for Turtle, NetworkX
 * for GraphML, csv-parse for CSV; the Cypher script by statement count.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { Parser } from "n3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGraph } from "../../src/query/load-graph.js";
import { PYTHONS, hasNetworkx } from "../helpers/gexf-validate.js";
import { describeRun, ensureBuilt, listFiles, repoRoot, runKg, tempDir } from "../helpers/kg-cli.js";
import { NETWORKX_MISSING, skipNote } from "../helpers/skip-note.js";

beforeAll(ensureBuilt);

const out = tempDir("export");
afterAll(() => rmSync(out, { recursive: true, force: true }));

const graph = loadGraph(path.join(repoRoot, "graph/graph.json"));

function exportTo(format: string, target: string): void {
  const run = runKg(["export", "--format", format, "--out", target]);
  expect(run.status, describeRun(run)).toBe(0);
  expect(run.stdout).toContain(`wrote: ${target}`);
}

describe("kg export", () => {
  it("--format ttl writes Turtle that n3 reads, an rdf:Statement per edge", () => {
    const file = path.join(out, "graph.ttl");
    exportTo("ttl", file);
    const quads = new Parser().parse(readFileSync(file, "utf8"));
    const statements = quads.filter((q) => q.predicate.value.endsWith("#type") && q.object.value.endsWith("rdf-syntax-ns#Statement"));
    expect(statements.length).toBe(graph.size);
    expect(quads.some((q) => q.subject.value.endsWith("/entity/place/hmeimim") && q.object.value === "Hmeimim")).toBe(true);
    // kg sparql reads the exported file as it reads the graph.
    const count = runKg(["sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--graph", file, "--json"]);
    expect(count.status, describeRun(count)).toBe(0);
    expect(Number(JSON.parse(count.stdout).results.bindings[0].n.value)).toBe(quads.length);
  });

  it.skipIf(!hasNetworkx)(`--format graphml writes GraphML that NetworkX reads${skipNote(hasNetworkx, NETWORKX_MISSING)}`, () => {
    const file = path.join(out, "graph.graphml");
    exportTo("graphml", file);
    for (const python of PYTHONS) {
      const run = spawnSync(python, ["-c", "import sys, networkx as nx; g = nx.read_graphml(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges(), g.nodes['place:hmeimim']['label'])", file], { encoding: "utf8" });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout.trim()).toBe(`${graph.order} ${graph.size} Hmeimim`);
    }
  });

  it("--format csv writes nodes.csv and edges.csv into the --out folder", () => {
    const folder = path.join(out, "csv");
    exportTo("csv", folder);
    expect(listFiles(folder)).toEqual(["edges.csv", "nodes.csv"]);
    const nodes = parseCsv(readFileSync(path.join(folder, "nodes.csv"), "utf8"), { columns: true }) as Array<Record<string, string>>;
    const edges = parseCsv(readFileSync(path.join(folder, "edges.csv"), "utf8"), { columns: true }) as Array<Record<string, string>>;
    expect(nodes.length).toBe(graph.order);
    expect(edges.length).toBe(graph.size);
    expect(edges.find((e) => e.Id === "place:hmeimim|located_in|place:latakia")).toMatchObject({ Source: "place:hmeimim", Target: "place:latakia", predicate: "located_in" });
  });

  it("--format cypher writes one statement per node and per relationship", () => {
    const file = path.join(out, "graph.cypher");
    exportTo("cypher", file);
    const lines = readFileSync(file, "utf8").split("\n").filter((l) => l.endsWith(";"));
    expect(lines.length).toBe(1 + graph.order + graph.size);
  });

  it("writes next to the graph by default", () => {
    const dir = tempDir("export-default");
    try {
      const copy = path.join(dir, "graph.json");
      copyFileSync(path.join(repoRoot, "graph/graph.json"), copy);
      const run = runKg(["export", "--format", "graphml", "--graph", copy]);
      expect(run.status, describeRun(run)).toBe(0);
      expect(listFiles(dir)).toEqual(["graph.graphml", "graph.json"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("rejects an unknown format", () => {
    const run = runKg(["export", "--format", "xlsx", "--out", path.join(out, "x")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('kg: --format: unknown format "xlsx"; use one of ttl, graphml, csv, cypher, gexf\n');
  });
});

describe("kg export --format gexf", () => {
  it("writes 1.3 by default and 1.2draft with --gexf-version 1.2, and refuses another version", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "news-kg-export-gexf-"));
    try {
      const v13 = path.join(dir, "a.gexf");
      const v12 = path.join(dir, "b.gexf");
      expect(runKg(["export", "--format", "gexf", "--out", v13]).status).toBe(0);
      expect(runKg(["export", "--format", "gexf", "--gexf-version", "1.2", "--out", v12]).status).toBe(0);
      expect(readFileSync(v13, "utf8")).toContain('version="1.3"');
      expect(readFileSync(v12, "utf8")).toContain('xmlns="http://www.gexf.net/1.2draft"');
      const bad = runKg(["export", "--format", "gexf", "--gexf-version", "1.1", "--out", path.join(dir, "c.gexf")]);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain("--gexf-version 1.1: use 1.3 or 1.2");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
