/**
 * `kg curate accept|reject|alias`, round trip through a rebuild
 * =============================================================
 *
 * On a copy of the seed corpus: build, curate from the command line, check
 * that the edited curated.ts still type-checks and reads, rebuild, and find
 * the accepted edges curated (with the new line as provenance), the rejected
 * edge gone, and the alias resolving with `kg show`.
 *
 * The copy sits in a hidden folder at the repository root (ignored by git as
 * `*.tmp`), because curated.ts imports "../src/schema/curated.js": there the
 * import resolves, so `tsc` checks the edited file exactly as written.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCurated } from "../../src/curate/read-curated.js";
import { loadGraph } from "../../src/query/load-graph.js";
import type { QueryGraph } from "../../src/query/types.js";
import type { EntityDetails } from "../../src/query/types.js";
import { describeRun, ensureBuilt, repoRoot, runKg, tempDir } from "../helpers/kg-cli.js";

const ALIAS = "Humaymim";

let work: string;
let out: string;
let curated: string;
let original: string;
let before: QueryGraph;

function kg(args: string[]) {
  const run = runKg(args);
  expect(run.status, describeRun(run)).toBe(0);
  return run;
}

function build(dir: string): QueryGraph {
  kg(["build", "--corpus", work, "--out", dir, "--quiet"]);
  return loadGraph(path.join(dir, "graph.json"));
}

/** The first of `preferred` that `ok` accepts, else the first edge (by key) that it accepts. */
function pickEdge(graph: QueryGraph, preferred: string[], ok: (edge: string) => boolean): string {
  const found = [...preferred.filter((e) => graph.hasEdge(e)), ...graph.edges().sort()].find(ok);
  if (!found) throw new Error("the seed graph has no edge of the kind this test needs");
  return found;
}

beforeAll(() => {
  ensureBuilt();
  // mkdtemp cannot add a suffix: rename so that git ignores the folder (*.tmp) even if a run dies.
  const made = mkdtempSync(path.join(repoRoot, ".curate-test-"));
  work = `${made}.tmp`;
  renameSync(made, work);
  const corpus = path.join(repoRoot, "corpus");
  for (const file of readdirSync(corpus)) if (statSync(path.join(corpus, file)).isFile()) copyFileSync(path.join(corpus, file), path.join(work, file));
  curated = path.join(work, "curated.ts");
  original = readFileSync(curated, "utf8");
  out = tempDir("curate");
  before = build(path.join(out, "before"));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  if (out) rmSync(out, { recursive: true, force: true });
});

describe("kg curate, round trip", () => {
  let acceptBoth: string;
  let acceptNew: string;
  let newEnd: string;
  let reject: string;
  const lines: Record<string, number> = {};
  let after: QueryGraph;

  it("accepts, rejects and adds an alias, printing what changed", () => {
    const curatedEnds = (e: string) => before.getNodeAttribute(before.source(e), "origin") !== "extracted" && before.getNodeAttribute(before.target(e), "origin") !== "extracted";
    const extracted = (e: string) => before.getEdgeAttribute(e, "origin") === "extracted";
    acceptBoth = pickEdge(before, ["force:russian-armed-forces|has_base_at|place:hmeimim"], (e) => extracted(e) && curatedEnds(e));
    // An edge to an entity only extraction knows (not an event, whose key is not its label's slug).
    const extractedEnd = (e: string) => [before.source(e), before.target(e)].find((n) => before.getNodeAttribute(n, "origin") === "extracted" && before.getNodeAttribute(n, "kind") !== "event");
    acceptNew = pickEdge(before, [], (e) => extracted(e) && e !== acceptBoth && extractedEnd(e) !== undefined && [before.source(e), before.target(e)].every((n) => before.getNodeAttribute(n, "kind") !== "event" || before.getNodeAttribute(n, "origin") !== "extracted"));
    newEnd = extractedEnd(acceptNew)!;
    reject = pickEdge(before, ["place:hmeimim|near|place:latakia"], (e) => extracted(e) && e !== acceptBoth && e !== acceptNew);

    const graph = path.join(out, "before", "graph.json");
    const common = ["--file", curated, "--graph", graph];
    const accepted = kg(["curate", "accept", acceptBoth, ...common]).stdout;
    lines.acceptBoth = Number(/^added triple .* at .*curated\.ts:(\d+)$/m.exec(accepted)?.[1]);
    expect(accepted).toMatch(/run `kg build` to see the change in the graph/);
    const acceptedNew = kg(["curate", "accept", acceptNew, ...common]).stdout;
    expect(acceptedNew).toMatch(new RegExp(`^added entity \\S+ \\(${before.getNodeAttribute(newEnd, "kind")} "`, "m"));
    lines.acceptNew = Number(/^added triple .* at .*curated\.ts:(\d+)$/m.exec(acceptedNew)?.[1]);
    const rejected = kg(["curate", "reject", reject, ...common]).stdout;
    expect(rejected).toMatch(new RegExp(`^rejected ${reject.replace(/[|]/g, "\\|")} at `, "m"));
    const aliased = kg(["curate", "alias", "Hmeymim", ALIAS, ...common]).stdout;
    expect(aliased).toMatch(/^added alias "Humaymim" to hmeimim \(place "Hmeimim"\)/m);
    expect(lines.acceptBoth).toBeGreaterThan(0);
    expect(lines.acceptNew).toBeGreaterThan(0);
  });

  it("kept the file's formatting and comments, and it still reads and type-checks", () => {
    const text = readFileSync(curated, "utf8");
    const kept = new Set(text.split("\n"));
    const changed = original.split("\n").filter((line) => !kept.has(line));
    // Only Hmeimim's line (its new alias) and an empty `rejected: []` (opened into lines) may differ.
    expect(changed.filter((line) => !line.includes('id: "hmeimim"') && !/^\s*rejected: \[\],?$/.test(line))).toEqual([]);
    const layer = readCurated(curated);
    expect(layer.rejected.map((r) => r.edge)).toContain(reject);

    const dir = mkdtempSync(path.join(out, "tsc-"));
    const tsconfig = path.join(dir, "tsconfig.json");
    writeFileSync(tsconfig, JSON.stringify({ extends: path.join(repoRoot, "tsconfig.json"), include: [], files: [curated] }));
    const tsc = spawnSync(process.execPath, [path.join(repoRoot, "node_modules/typescript/bin/tsc"), "-p", tsconfig], { encoding: "utf8" });
    expect(tsc.status, `${tsc.stdout}${tsc.stderr}`).toBe(0);
  });

  it("a rebuild has the accepted edges curated, the rejected one gone, and the alias", () => {
    after = build(path.join(out, "after"));
    // Lines as the file has them now: the second accept added an entity above the first triple.
    const accepted = readCurated(curated).triples.filter((t) => t.note?.startsWith("accepted from "));
    expect(accepted.length).toBe(2);
    expect(accepted.at(-1)!.line).toBe(lines.acceptNew);
    for (const [edge, triple] of [[acceptBoth, accepted[0]!], [acceptNew, accepted[1]!]] as const) {
      expect(after.hasEdge(edge), edge).toBe(true);
      expect(after.getEdgeAttribute(edge, "origin")).toBe("both");
      expect(after.getEdgeAttribute(edge, "provenance").some((p) => p.endsWith(`curated.ts:${triple.line}`))).toBe(true);
    }
    expect(after.getNodeAttribute(newEnd, "origin")).toBe("both");
    expect(before.hasEdge(reject)).toBe(true);
    expect(after.hasEdge(reject)).toBe(false);
    expect(after.getNodeAttribute("place:hmeimim", "aliases")).toContain(ALIAS);
  });

  it("kg show resolves the new alias", () => {
    const run = kg(["show", ALIAS, "--graph", path.join(out, "after", "graph.json"), "--json"]);
    expect((JSON.parse(run.stdout) as EntityDetails).entity.id).toBe("place:hmeimim");
  });

  it("repeating a rejection changes nothing; accepting a curated edge is refused", () => {
    const text = readFileSync(curated, "utf8");
    const graph = path.join(out, "after", "graph.json");
    const again = kg(["curate", "reject", reject, "--file", curated, "--graph", graph]);
    expect(again.stdout).toMatch(/is already rejected/);
    const refused = runKg(["curate", "accept", acceptBoth, "--file", curated, "--graph", graph]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/is already curated/);
    const unknown = runKg(["curate", "accept", "person:nobody|visited|place:nowhere", "--file", curated, "--graph", graph]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^kg: no edge "person:nobody\|visited\|place:nowhere"/);
    expect(readFileSync(curated, "utf8")).toBe(text);
  });
});
