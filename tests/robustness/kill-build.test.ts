/**
 * A build killed at any moment leaves the previous outputs whole
 * ==============================================================
 *
 * Builds a small corpus A into a folder, then starts `kg build` of a larger
 * corpus B into the same folder and kills it with SIGKILL (nothing can be
 * cleaned up) at fixed times, at random times, and the instant its first
 * temporary output file appears. After each kill the folder's graph.json,
 * graph.gexf and claims.json must be byte for byte A's (or B's, if the build
 * had already finished): never missing, never half written, never a mix.
 * Temporary files a killed build leaves are hidden (`.graph.json.<pid>.….tmp`)
 * and the next build removes them.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, watch, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newsParagraph, seededRandom } from "../../scripts/make-bad-corpus.js";
import { describeRun, ensureBuilt, kgBin, listFiles, repoRoot, runKg, tempDir } from "../helpers/kg-cli.js";

const OUTPUTS = ["claims.json", "graph.gexf", "graph.json"];

let root = "";
let corpusA = "";
let corpusB = "";
let outputsA: Buffer[] = [];
let outputsB: Buffer[] = [];

function read(dir: string): Array<Buffer | undefined> {
  return OUTPUTS.map((f) => (existsSync(path.join(dir, f)) ? readFileSync(path.join(dir, f)) : undefined));
}

function same(a: Array<Buffer | undefined>, b: ReadonlyArray<Buffer | undefined>): boolean {
  return a.every((x, i) => (x === undefined ? b[i] === undefined : b[i] !== undefined && x.equals(b[i]!)));
}

/** A folder holding corpus A's outputs. */
function folderWithA(name: string): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  OUTPUTS.forEach((f, i) => writeFileSync(path.join(dir, f), outputsA[i]!));
  return dir;
}

interface Killed {
  /** Whether the build finished before the kill. */
  finished: boolean;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Starts `kg build` of corpus B into `out` and kills it when `killWhen` says. */
function buildAndKill(out: string, killWhen: (child: ChildProcess, kill: () => void) => void): Promise<Killed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [kgBin, "build", "--corpus", corpusB, "--out", out, "--quiet"], { cwd: repoRoot, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    const kill = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    };
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve({ finished: code === 0, signal, stderr }));
    killWhen(child, kill);
  });
}

function checkAfterKill(out: string, result: Killed, expectedBefore: ReadonlyArray<Buffer | undefined>): void {
  const now = read(out);
  if (result.finished) {
    expect(same(now, outputsB), "the build finished: the outputs must be B's").toBe(true);
  } else {
    expect(result.signal, result.stderr).toBe("SIGKILL");
    // A kill between the last rename and the process's exit finds B's outputs complete: also whole.
    expect(same(now, expectedBefore) || same(now, outputsB), `killed build changed the outputs: ${OUTPUTS.map((f, i) => `${f} ${now[i] === undefined ? "missing" : now[i]!.equals(outputsA[i]!) ? "A" : now[i]!.equals(outputsB[i]!) ? "B" : "CORRUPT"}`).join(", ")}`).toBe(true);
  }
  // Anything else in the folder is a hidden temporary file of a killed build, or the
  // extraction cache (SQLite, with its rollback journal if the kill came mid-write).
  for (const f of listFiles(out).filter((f) => !OUTPUTS.includes(f))) {
    expect(f).toMatch(/^\.(?:graph\.json|graph\.gexf|claims\.json)\.\d+\.[0-9a-f]{12}\.tmp$|^\.kg-cache\/extractions\.sqlite(?:-journal)?$/);
  }
}

beforeAll(() => {
  ensureBuilt();
  root = tempDir("kill");
  corpusA = path.join(root, "a");
  corpusB = path.join(root, "b");
  mkdirSync(corpusA);
  mkdirSync(corpusB);
  writeFileSync(path.join(corpusA, "one.txt"), "President Vladimir Putin visited the Hmeimim air base in Syria on Monday.\n");
  // About 400 KB of generated news in 300 articles: a build of a few seconds with outputs of a few MB.
  const random = seededRandom(3);
  const lines: string[] = [];
  for (let i = 0; i < 300; i++) {
    const text = Array.from({ length: 5 }, () => newsParagraph(random)).join("");
    lines.push(JSON.stringify({ id: `b-${i}`, text, published: "2017-12-11" }));
  }
  writeFileSync(path.join(corpusB, "articles.jsonl"), `${lines.join("\n")}\n`);

  const outA = path.join(root, "out-a");
  const runA = runKg(["build", "--corpus", corpusA, "--out", outA]);
  if (runA.status !== 0) throw new Error(describeRun(runA));
  outputsA = read(outA) as Buffer[];
  const outB = path.join(root, "out-b");
  const runB = runKg(["build", "--corpus", corpusB, "--out", outB]);
  if (runB.status !== 0) throw new Error(describeRun(runB));
  outputsB = read(outB) as Buffer[];
  expect(outputsA.some((a, i) => a.equals(outputsB[i]!))).toBe(false);
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("kg build killed with SIGKILL", () => {
  const random = seededRandom(42);
  const delays = [50, 300, 1000, ...Array.from({ length: 3 }, () => Math.round(200 + random() * 3000))];

  it.each(delays)("after %i ms leaves the previous outputs whole", async (delay) => {
    const out = folderWithA(`timed-${delay}`);
    const result = await buildAndKill(out, (_, kill) => setTimeout(kill, delay));
    checkAfterKill(out, result, outputsA);
  });

  it("the instant its first temporary output appears, leaves the previous outputs whole", async () => {
    let caught = 0;
    for (let attempt = 0; attempt < 3 && caught === 0; attempt++) {
      const out = folderWithA(`at-tmp-${attempt}`);
      let watcher: ReturnType<typeof watch> | undefined;
      const result = await buildAndKill(out, (_, kill) => {
        watcher = watch(out, (_event, name) => {
          if (name?.endsWith(".tmp")) kill();
        });
      });
      watcher?.close();
      checkAfterKill(out, result, outputsA);
      if (!result.finished) caught++;
    }
    expect(caught, "the build always finished before its temporary files were seen").toBeGreaterThan(0);
  });

  it("into an empty folder, leaves no output at all", async () => {
    const out = path.join(root, "empty-out");
    mkdirSync(out);
    let watcher: ReturnType<typeof watch> | undefined;
    const result = await buildAndKill(out, (_, kill) => {
      watcher = watch(out, (_event, name) => {
        if (name?.endsWith(".tmp")) kill();
      });
    });
    watcher?.close();
    checkAfterKill(out, result, [undefined, undefined, undefined]);
  });

  it("leaves temporary files that the next build removes", async () => {
    const out = folderWithA("stale");
    // Temporary files of a dead process (pid 2^22 + 1 is above Linux's pid_max default) and of this one.
    const stale = [".graph.json.4194305.0123456789ab.tmp", ".graph.gexf.4194305.0123456789ab.tmp"];
    for (const f of stale) writeFileSync(path.join(out, f), "half a file");
    const mine = `.graph.json.${process.pid}.0123456789ab.tmp`;
    writeFileSync(path.join(out, mine), "a write in progress");
    const run = runKg(["build", "--corpus", corpusA, "--out", out, "--quiet"]);
    expect(run.status, describeRun(run)).toBe(0);
    expect(listFiles(out).filter((f) => !f.startsWith(".kg-cache/"))).toEqual([mine, ...OUTPUTS].sort());
    expect(same(read(out), outputsA)).toBe(true);
  });
});
