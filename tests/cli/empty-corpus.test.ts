import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, runKg, tempDir } from "../helpers/kg-cli.js";

let root = "";
beforeAll(() => {
  ensureBuilt();
  root = tempDir("empty-corpus");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("kg build on a corpus with no articles", () => {
  it("stops with exit 1, says why, and leaves an existing graph/ alone", () => {
    const corpus = path.join(root, "empty");
    mkdirSync(corpus);
    const out = path.join(root, "out");
    mkdirSync(out);
    writeFileSync(path.join(out, "graph.json"), "the previous graph");
    const run = runKg(["build", "--corpus", corpus, "--out", out, "--no-cache"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`kg: corpus ${corpus} has no articles; nothing written`);
    expect(readFileSync(path.join(out, "graph.json"), "utf8")).toBe("the previous graph");
  });

  it("also when every file was skipped, naming each", () => {
    const corpus = path.join(root, "skipped");
    mkdirSync(corpus);
    writeFileSync(path.join(corpus, "blank.txt"), "");
    const run = runKg(["build", "--corpus", corpus, "--out", path.join(root, "out2"), "--no-cache"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(path.join(corpus, "blank.txt"));
    expect(existsSync(path.join(root, "out2", "graph.json"))).toBe(false);
  });

  it("writes an empty graph with --allow-empty", () => {
    const corpus = path.join(root, "empty");
    const out = path.join(root, "out3");
    const run = runKg(["build", "--corpus", corpus, "--out", out, "--no-cache", "--allow-empty"]);
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(readFileSync(path.join(out, "graph.json"), "utf8")) as { nodes: unknown[] }).nodes).toEqual([]);
  });
});
