/**
 * Test helpers: the real `kg` binary
 * ==================================
 *
 * End-to-end tests run `node bin/kg.js …` from the repository root, as a user
 * would, against the compiled dist/. `npm test` builds first; when dist/ is
 * missing (a bare `npx vitest run`), `ensureBuilt()` builds it once, under a
 * lock, because vitest runs test files in parallel processes and a second
 * `tsc` rewriting dist/ while the first file's tests run the binary would
 * make them flaky.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { repoRoot } from "./gexf-validate.js";

export { repoRoot };

export const kgBin = path.join(repoRoot, "bin/kg.js");
const distMain = path.join(repoRoot, "dist/cli/main.js");
// Outside the repository, so that a crash never leaves a stray folder in the working tree.
const lockDir = path.join(tmpdir(), `news-kg-build-lock-${createHash("sha1").update(repoRoot).digest("hex").slice(0, 12)}`);

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds dist/ with `npm run build` when dist/cli/main.js is missing. */
export function ensureBuilt(): void {
  if (existsSync(distMain)) return;
  const deadline = Date.now() + 110_000;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      // Another test file is building; a lock older than two minutes is left over from a crash.
      try {
        if (Date.now() - statSync(lockDir).mtimeMs > 120_000) rmSync(lockDir, { recursive: true, force: true });
      } catch {
        // gone in the meantime
      }
      sleep(200);
      if (existsSync(distMain) && !existsSync(lockDir)) return;
      if (Date.now() > deadline) throw new Error("timed out waiting for another test file to build dist/");
    }
  }
  try {
    if (existsSync(distMain)) return;
    const run = spawnSync("npm", ["run", "build"], { cwd: repoRoot, encoding: "utf8", shell: process.platform === "win32" });
    if (run.status !== 0) throw new Error(`npm run build failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Runs `node bin/kg.js ...args` in `cwd` (the repository root unless given). */
export function runKg(args: readonly string[], options: { cwd?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [kgBin, ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The command's output, for failure messages. */
export function describeRun(run: SpawnSyncReturns<string>): string {
  return `exit ${run.status}${run.signal ? ` (signal ${run.signal})` : ""}\n--- stdout ---\n${run.stdout}\n--- stderr ---\n${run.stderr}`;
}

/** A fresh temporary folder; remove it with `rmSync(dir, { recursive: true, force: true })`. */
export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `news-kg-${prefix}-`));
}

/** Every file under `dir`, relative, `/`-separated, sorted. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join("/"))
    .sort();
}

/** The seed corpus's article texts by id, from corpus/manifest.json (falling back to `<id>.txt`). */
export function seedArticleTexts(): Map<string, string> {
  const corpus = path.join(repoRoot, "corpus");
  const texts = new Map<string, string>();
  const manifest = JSON.parse(readFileSync(path.join(corpus, "manifest.json"), "utf8")) as {
    articles: Record<string, { id?: string }>;
  };
  const described = new Set(Object.keys(manifest.articles));
  for (const [file, meta] of Object.entries(manifest.articles)) {
    texts.set(meta.id ?? file.replace(/\.[^.]*$/, ""), readFileSync(path.join(corpus, file), "utf8"));
  }
  // Articles the manifest does not describe take their id from the file name.
  for (const file of readdirSync(corpus)) {
    if (file.endsWith(".txt") && !described.has(file)) texts.set(file.slice(0, -".txt".length), readFileSync(path.join(corpus, file), "utf8"));
  }
  return texts;
}

/** Where two texts first differ, as a line number and the two lines, for failure messages. */
export function firstDifference(actual: string, expected: string): string {
  const a = actual.split("\n");
  const e = expected.split("\n");
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    if (a[i] !== e[i]) {
      const clip = (s: string | undefined) => (s === undefined ? "(no line)" : s.length > 200 ? `${s.slice(0, 200)}…` : s);
      return `first difference at line ${i + 1}:\n  fresh build: ${clip(a[i])}\n  committed:   ${clip(e[i])}`;
    }
  }
  return "no difference";
}
