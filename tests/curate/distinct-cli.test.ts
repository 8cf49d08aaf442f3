/**
 * `kg curate distinct NAME NAME` round trip on an invented corpus: a lone
 * surname joins the dominant full name; after `kg curate distinct` and a
 * rebuild it is a node of its own, and the pair is in the curated file.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGraph } from "../../src/query/load-graph.js";
import { describeRun, ensureBuilt, runKg, tempDir } from "../helpers/kg-cli.js";

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir("distinct");
  const articles = [
    ...Array.from({ length: 8 }, (_, i) => ({ id: `a${i}`, published: "2005-01-10", text: `Chancellor Gordon Vellmar spoke in Harlow on day ${i + 1}.` })),
    { id: "b0", published: "2005-01-10", text: "Dr Vellmar said taxes would rise in Harlow." },
  ];
  writeFileSync(path.join(dir, "corpus.jsonl"), articles.map((a) => JSON.stringify(a)).join("\n") + "\n");
  writeFileSync(path.join(dir, "curated.ts"), "export default defineCurated({\n  entities: [],\n  triples: [],\n});\n");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function kg(args: string[]) {
  const run = runKg(args);
  expect(run.status, describeRun(run)).toBe(0);
  return run;
}

const build = () => {
  kg(["build", "--corpus", path.join(dir, "corpus.jsonl"), "--curated", path.join(dir, "curated.ts"), "--out", path.join(dir, "out"), "--quiet", "--no-cache"]);
  return loadGraph(path.join(dir, "out", "graph.json"));
};

describe("kg curate distinct", () => {
  it("undoes a surname merge through a rebuild", () => {
    const before = build();
    const people = () => before.filterNodes((_, a) => a.kind === "person");
    expect(people()).toEqual(["person:gordon-vellmar"]);
    expect(before.getNodeAttribute("person:gordon-vellmar", "mergedFrom")).toEqual([{ form: "Vellmar", docs: ["b0"], rule: "surname" }]);

    const args = ["curate", "distinct", "Vellmar", "Gordon Vellmar", "--file", path.join(dir, "curated.ts"), "--graph", path.join(dir, "out", "graph.json")];
    const run = kg(args);
    expect(run.stdout).toMatch(/kept "Vellmar" and "Gordon Vellmar" apart at .*curated\.ts:5/);
    expect(run.stdout).toContain("both are one node now; the next build keeps them apart");
    expect(readFileSync(path.join(dir, "curated.ts"), "utf8")).toContain('distinct: [\n    ["Vellmar", "Gordon Vellmar"],\n  ],');

    const after = build();
    expect(after.filterNodes((_, a) => a.kind === "person").sort()).toEqual(["person:gordon-vellmar", "person:vellmar"]);
    expect(after.getNodeAttribute("person:gordon-vellmar", "mergedFrom")).toBeUndefined();

    // Again: a no-op. An unknown name: a clear error, nothing written.
    expect(kg(args).stdout).toMatch(/already kept apart/);
    const text = readFileSync(path.join(dir, "curated.ts"), "utf8");
    const bad = runKg(["curate", "distinct", "Vellmar", "Zorblatt Quenn", "--file", path.join(dir, "curated.ts"), "--graph", path.join(dir, "out", "graph.json")]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/no node, alias or merged name of the graph is "Zorblatt Quenn"/);
    expect(readFileSync(path.join(dir, "curated.ts"), "utf8")).toBe(text);
  });
});
