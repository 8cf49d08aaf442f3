/**
 * A broken curated file stops the build, names its line, and writes nothing
 * ========================================================================
 *
 * Each case breaks one line of a copy of corpus/curated.ts (or the whole
 * file) and runs `kg build` over the seed corpus into a folder that already
 * holds outputs. The build must exit 1 with one line naming
 * `curated.ts:LINE` and what is wrong, print no stack trace, and leave the
 * folder exactly as it was: a graph silently built without the curated layer
 * would be wrong without anyone noticing.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeRun, ensureBuilt, listFiles, repoRoot, runKg, tempDir } from "../helpers/kg-cli.js";

const curatedLines = readFileSync(path.join(repoRoot, "corpus/curated.ts"), "utf8").split("\n");
const ENTITY = /^\s*\{\s*id:\s*"[^"]+",\s*kind:\s*"place",\s*label:\s*"[^"]+"/;
const TRIPLE = /^\s*\{\s*s:\s*"[^"]+",\s*p:\s*"located_in",\s*o:\s*"[^"]+"/;

function lineOf(re: RegExp): number {
  const index = curatedLines.findIndex((l) => re.test(l));
  if (index === -1) throw new Error(`corpus/curated.ts has no line matching ${re}`);
  return index;
}

/** A copy of curated.ts with line `index` (0-based) changed. */
function withLine(index: number, change: (line: string) => string): string {
  const lines = [...curatedLines];
  lines[index] = change(lines[index]!);
  expect(lines[index], "the change must change the line").not.toBe(curatedLines[index]);
  return lines.join("\n");
}

interface Case {
  name: string;
  contents: () => string | Uint8Array;
  /** 1-based lines the message may name (a parser may report the line after the mistake). */
  lines: () => number[];
  message: RegExp;
}

const entity = () => lineOf(ENTITY);
const triple = () => lineOf(TRIPLE);

const CASES: Case[] = [
  { name: "a syntax error", contents: () => withLine(entity(), (l) => l.replace(/\},\s*$/, "")), lines: () => [entity() + 1, entity() + 2], message: /syntax error/ },
  { name: "an unknown kind", contents: () => withLine(entity(), (l) => l.replace('kind: "place"', 'kind: "plaec"')), lines: () => [entity() + 1], message: /unknown kind "plaec"/ },
  { name: "a triple naming an unknown entity", contents: () => withLine(triple(), (l) => l.replace(/o:\s*"[^"]+"/, 'o: "no-such-place"')), lines: () => [triple() + 1], message: /no-such-place/ },
  { name: "a predicate that does not fit the kinds", contents: () => withLine(triple(), (l) => l.replace('p: "located_in"', 'p: "commands"')), lines: () => [triple() + 1], message: /predicate "commands" does not fit/ },
  { name: "a value that is not a literal", contents: () => withLine(entity(), (l) => l.replace(/label:\s*"[^"]+"/, "label: someVariable")), lines: () => [entity() + 1], message: /must be a string literal/ },
  { name: "an empty file", contents: () => "", lines: () => [1], message: /no default export/ },
  { name: "binary garbage", contents: () => Uint8Array.from([0x00, 0x01, 0xff, 0xfe, 0x89, 0x50, 0x4e, 0x47]), lines: () => [1], message: /syntax error|no default export/ },
];

let root = "";
const previous = { "graph.json": "previous graph.json\n", "graph.gexf": "<previous/>\n", "claims.json": "[]\n" };

beforeAll(() => {
  ensureBuilt();
  root = tempDir("curated-errors");
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("kg build with a broken curated file", () => {
  it.each(CASES)("$name: exits 1 naming curated.ts:LINE and leaves the outputs alone", (c) => {
    const dir = path.join(root, c.name.replace(/\W+/g, "-"));
    const corpus = path.join(dir, "corpus");
    mkdirSync(corpus, { recursive: true });
    for (const f of listFiles(path.join(repoRoot, "corpus"))) if (f !== "curated.ts") copyFileSync(path.join(repoRoot, "corpus", f), path.join(corpus, f));
    writeFileSync(path.join(corpus, "curated.ts"), c.contents());
    const out = path.join(dir, "out");
    mkdirSync(out);
    for (const [f, text] of Object.entries(previous)) writeFileSync(path.join(out, f), text);

    // The curated file is found by default beside the corpus, as users run it.
    const run = runKg(["build", "--corpus", corpus, "--out", out]);
    expect(run.status, describeRun(run)).toBe(1);
    const stderr = run.stderr.trimEnd();
    expect(stderr.split("\n"), `expected a one-line message:\n${run.stderr}`).toHaveLength(1);
    expect(stderr).toMatch(/^kg: /);
    const line = Number(/curated\.ts:(\d+):/.exec(stderr)?.[1]);
    expect(c.lines(), stderr).toContain(line);
    expect(stderr).toMatch(c.message);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).not.toMatch(/^wrote:/m);
    expect(listFiles(out)).toEqual(Object.keys(previous).sort());
    for (const [f, text] of Object.entries(previous)) expect(readFileSync(path.join(out, f), "utf8")).toBe(text);
  });

  it("a --curated file that does not exist is an error, not a build without curation", () => {
    const out = path.join(root, "missing-out");
    const run = runKg(["build", "--curated", path.join(root, "nope.ts"), "--out", out]);
    expect(run.status, describeRun(run)).toBe(1);
    expect(run.stderr).toMatch(/nope\.ts: curated file not found/);
    expect(listFiles(out)).toEqual([]);
  });
});
