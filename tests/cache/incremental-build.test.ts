/**
 * `kg build` incrementally, end to end
 * ====================================
 *
 * The real binary on a copy of the seed corpus with its SQLite cache: a
 * rebuild extracts nothing, a changed or added article is extracted again, a
 * removed one leaves no trace, and every output equals a `--no-cache` build
 * of the same corpus. A cache file that is not a database, or a truncated
 * one, gives a warning and is rebuilt; the build never fails because of it.
 */
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeRun, ensureBuilt, listFiles, repoRoot, runKg, tempDir } from "../helpers/kg-cli.js";

const OUTPUTS = ["claims.json", "graph.gexf", "graph.json"];

let root = "";
let corpus = "";
beforeAll(() => {
  ensureBuilt();
  root = tempDir("incremental");
  corpus = path.join(root, "corpus");
  mkdirSync(corpus);
  for (const f of readdirSync(path.join(repoRoot, "corpus"))) {
    if (statSync(path.join(repoRoot, "corpus", f)).isFile()) copyFileSync(path.join(repoRoot, "corpus", f), path.join(corpus, f));
  }
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** `kg build` of the corpus copy; the counts of its summary's extract stage. */
function build(out: string, ...args: string[]): { cached: number; extracted: number; stdout: string; stderr: string; ms: number } {
  const t0 = performance.now();
  const run = runKg(["build", "--corpus", corpus, "--out", out, ...args]);
  const ms = performance.now() - t0;
  expect(run.status, describeRun(run)).toBe(0);
  const m = /extract \d+ ms \((\d+) articles: (\d+) cached, (\d+) extracted/.exec(run.stdout);
  expect(m, run.stdout).not.toBeNull();
  expect(Number(m![2]) + Number(m![3])).toBe(Number(m![1]));
  return { cached: Number(m![2]), extracted: Number(m![3]), stdout: run.stdout, stderr: run.stderr, ms };
}

function outputs(dir: string): string[] {
  return OUTPUTS.map((f) => readFileSync(path.join(dir, f), "utf8"));
}

/** What a build without any cache writes for the corpus as it is now. */
function fromScratch(): string[] {
  const out = path.join(root, `scratch-${Math.random().toString(16).slice(2)}`);
  build(out, "--no-cache");
  expect(existsSync(path.join(out, ".kg-cache")), "--no-cache must not write a cache").toBe(false);
  return outputs(out);
}

function articleFiles(): string[] {
  return readdirSync(corpus).filter((f) => f.endsWith(".txt")).sort();
}

describe("kg build with its extraction cache", () => {
  it("caches in <out>/.kg-cache, extracts only what changed, and always writes what a build from scratch writes", () => {
    const out = path.join(root, "out");
    const first = build(out);
    expect(first).toMatchObject({ cached: 0, extracted: 5 });
    expect(listFiles(out)).toEqual([".kg-cache/extractions.sqlite", ...OUTPUTS]);
    expect(outputs(out)).toEqual(fromScratch());

    const again = build(out);
    expect(again).toMatchObject({ cached: 5, extracted: 0 });
    expect(outputs(out)).toEqual(fromScratch());

    // One article changed. (The lower-cased Reuters story may be extracted
    // again too: it is truecased from the other stories' casing; see
    // tests/cache/incremental-pipeline.test.ts for the exact set.)
    const file = path.join(corpus, articleFiles()[1]!);
    appendFileSync(file, "\nThe talks in Geneva ended on Tuesday.\n");
    const changed = build(out);
    expect(changed.extracted).toBeGreaterThanOrEqual(1);
    expect(changed.extracted).toBeLessThanOrEqual(2);
    expect(outputs(out)).toEqual(fromScratch());
    console.log(`rebuild after one changed article: ${Math.round(changed.ms)} ms wall (${changed.stdout.match(/^time: .*$/m)?.[0]})`);

    // One article added.
    writeFileSync(path.join(corpus, "zz-extra.txt"), "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Ankara on Monday.\n");
    const added = build(out);
    expect(added.extracted).toBeGreaterThanOrEqual(1);
    expect(added.extracted).toBeLessThanOrEqual(2);
    expect(outputs(out)).toEqual(fromScratch());

    // One article removed: nothing cites it, and its nodes are gone.
    rmSync(path.join(corpus, "zz-extra.txt"));
    const removed = build(out);
    expect(removed.extracted).toBeLessThanOrEqual(1);
    const after = outputs(out);
    expect(after).toEqual(fromScratch());
    expect(after[0]).not.toContain("zz-extra");
    expect(after[2]).not.toMatch(/"sources":\s*\[\s*"zz-extra"\s*\]/);
  });

  it("keeps the cache where --cache says", () => {
    const out = path.join(root, "out-elsewhere");
    const cache = path.join(root, "caches", "seed.sqlite");
    expect(build(out, "--cache", cache)).toMatchObject({ extracted: 5 });
    expect(existsSync(cache)).toBe(true);
    expect(existsSync(path.join(out, ".kg-cache"))).toBe(false);
    expect(build(path.join(root, "out-elsewhere-2"), "--cache", cache)).toMatchObject({ cached: 5, extracted: 0 });
  });

  it.each([
    ["a file that is not a database", true, (file: string) => writeFileSync(file, "this is not a SQLite database, just text ".repeat(200))],
    ["a truncated database", true, (file: string) => truncateSync(file, Math.floor(statSync(file).size / 3))],
    // SQLite takes an empty file for an empty database: no warning, everything extracted.
    ["an empty file", false, (file: string) => writeFileSync(file, "")],
  ])("survives %s: a warning, a full build, a new cache", (_, warns, damage) => {
    const out = path.join(root, `damaged-${Math.random().toString(16).slice(2)}`);
    build(out);
    const file = path.join(out, ".kg-cache", "extractions.sqlite");
    damage(file);
    const run = build(out);
    expect(run.extracted + run.cached).toBe(5);
    expect(outputs(out)).toEqual(fromScratch());
    expect(build(out)).toMatchObject({ cached: 5, extracted: 0 });
    if (warns) expect(run.stderr).toMatch(/^warning: .*extractions\.sqlite: .*(?:new cache|new one)/m);
    else expect(run.stderr).toBe("");
  });

  it("does not create a cache when the build fails before extracting", () => {
    const out = path.join(root, "failed");
    const run = runKg(["build", "--corpus", corpus, "--curated", path.join(root, "missing.ts"), "--out", out]);
    expect(run.status).toBe(1);
    expect(listFiles(out)).toEqual([]);
  });
});
