/**
 * `kg build --jobs N`: the same bytes on any number of threads
 * ============================================================
 *
 * Extraction spread over worker threads must give byte-identical outputs to
 * extraction in the main thread: on the seed corpus (also the committed
 * graph/), and on 300 Reuters-21578 stories read from ../shared at run time
 * (skipped when ../shared is missing). `--min-parallel-chars 0` makes the
 * pool use its workers even for this little text, and the summary says how
 * many threads extracted.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeRun, ensureBuilt, repoRoot, runKg, tempDir } from "../helpers/kg-cli.js";
import { SHARED_MISSING, sharedPath, skipNote } from "../helpers/skip-note.js";

const OUTPUTS = ["graph.json", "graph.gexf", "claims.json"];
const REUTERS = sharedPath("corpora", "reuters-21578.jsonl");

let root = "";
beforeAll(() => {
  ensureBuilt();
  root = tempDir("parallel");
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function build(name: string, args: string[]): { dir: string; stdout: string } {
  const dir = path.join(root, name);
  const run = runKg(["build", "--out", dir, ...args]);
  expect(run.status, describeRun(run)).toBe(0);
  return { dir, stdout: run.stdout };
}

function expectSameOutputs(a: string, b: string): void {
  for (const f of OUTPUTS) {
    const x = readFileSync(path.join(a, f));
    const y = readFileSync(path.join(b, f));
    expect(x.equals(y), `${f} differs between ${a} and ${b}`).toBe(true);
  }
}

describe("kg build --jobs", () => {
  it("writes the same bytes with 2 worker threads as in one thread, on the seed corpus", () => {
    const one = build("seed-1", ["--jobs", "1", "--no-cache"]);
    const two = build("seed-2", ["--jobs", "2", "--min-parallel-chars", "0", "--no-cache"]);
    expect(one.stdout).toMatch(/\(5 articles: 0 cached, 5 extracted\)/);
    expect(two.stdout).toMatch(/\(5 articles: 0 cached, 5 extracted on 2 threads\)/);
    expectSameOutputs(one.dir, two.dir);
    for (const f of ["graph.json", "graph.gexf"]) expect(readFileSync(path.join(two.dir, f)).equals(readFileSync(path.join(repoRoot, "graph", f))), f).toBe(true);
  });

  it.skipIf(!existsSync(REUTERS))(`writes the same bytes with 2 worker threads as in one thread, on 300 Reuters stories, with and without the cache${skipNote(existsSync(REUTERS), SHARED_MISSING)}`, () => {
    const corpus = path.join(root, "reuters-300");
    mkdirSync(corpus);
    const lines = readFileSync(REUTERS, "utf8").split("\n").filter((l) => l.trim() !== "").slice(0, 300);
    writeFileSync(path.join(corpus, "reuters-300.jsonl"), `${lines.join("\n")}\n`);
    const one = build("reuters-1", ["--corpus", corpus, "--jobs", "1", "--no-cache"]);
    const two = build("reuters-2", ["--corpus", corpus, "--jobs", "3", "--min-parallel-chars", "0"]);
    expect(two.stdout).toMatch(/\(300 articles: 0 cached, 300 extracted on 3 threads\)/);
    expectSameOutputs(one.dir, two.dir);
    // Again into the same folder: everything from the cache the workers filled.
    const again = build("reuters-2", ["--corpus", corpus, "--jobs", "2", "--min-parallel-chars", "0"]);
    expect(again.stdout).toMatch(/\(300 articles: 300 cached, 0 extracted\)/);
    expectSameOutputs(one.dir, again.dir);
  });
});
