/**
 * Without ../shared, every test that needs it is skipped and says why
 * ===================================================================
 *
 * A clone on a machine without the shared data folder must still pass, and a
 * reader of the test report must see why tests did not run. This runs the
 * test files that read ../shared (found by what they import: `sharedPath`,
 * the GEXF schemas, the training paths) with NEWS_KG_SHARED pointing at a
 * folder that does not exist, and checks that nothing fails, that each file
 * skips something, and that every skipped test has its reason in its name
 * ("skipped: ../shared not found", or RUN_LARGE for the opt-in large tests).
 * The e2e suite on a real corpus (node:test, tests/e2e/corpus-view.ts) is
 * checked the same way through node's TAP reporter.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { SHARED_MISSING } from "./skip-note.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const scratch = mkdtempSync(path.join(os.tmpdir(), "kg-no-shared-"));
const nowhere = path.join(scratch, "no-such-shared");
const env = { ...process.env, NEWS_KG_SHARED: nowhere, RUN_LARGE: "" };

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Test files (relative to the repository) whose source reads the shared folder. */
function filesThatReadShared(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "e2e" && entry.name !== "artifacts") walk(full);
      } else if (entry.name.endsWith(".test.ts") && full !== fileURLToPath(import.meta.url)) {
        const source = readFileSync(full, "utf8");
        if (/\bsharedPath\(|\bhasSchemas\b|\bPATHS\.(conll|uner)/.test(source)) out.push(path.relative(repoRoot, full));
      }
    }
  };
  walk(path.join(repoRoot, "tests"));
  return out.sort();
}

interface JsonReport {
  numFailedTests: number;
  numPendingTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { fullName: string; status: string }[] }[];
}

describe("without ../shared", () => {
  it("the vitest files that read it pass, and every test they skip names the reason", { timeout: 600_000 }, () => {
    const files = filesThatReadShared();
    // The list is found, not written: a new file that reads ../shared joins it by itself.
    expect(files).toEqual(expect.arrayContaining(["tests/nlp/parser.test.ts", "tests/export/gexf.test.ts", "tests/perf/parallel-build.test.ts"]));
    const report = path.join(scratch, "report.json");
    const run = spawnSync(process.execPath, [path.join(repoRoot, "node_modules", "vitest", "vitest.mjs"), "run", ...files, "--reporter=json", `--outputFile=${report}`], {
      cwd: repoRoot,
      env,
      encoding: "utf8",
    });
    const json = JSON.parse(readFileSync(report, "utf8")) as JsonReport;
    const failed = json.testResults.flatMap((f) => f.assertionResults.filter((a) => a.status === "failed").map((a) => `${path.relative(repoRoot, f.name)}: ${a.fullName}`));
    expect(failed, run.stderr.slice(-4000)).toEqual([]);
    expect(json.testResults.filter((f) => f.status === "failed").map((f) => `${f.name}: ${f.message}`)).toEqual([]);
    expect(run.status).toBe(0);
    for (const file of json.testResults) {
      const skipped = file.assertionResults.filter((a) => a.status === "skipped" || a.status === "pending");
      const silent = skipped.filter((a) => !a.fullName.includes(`skipped: ${SHARED_MISSING}`) && !a.fullName.includes("RUN_LARGE"));
      expect(silent.map((a) => a.fullName), path.relative(repoRoot, file.name)).toEqual([]);
      expect(skipped.length, `${path.relative(repoRoot, file.name)} skips nothing without ../shared`).toBeGreaterThan(0);
    }
    expect(json.testResults.length).toBe(files.length);
  });

  it("the e2e suite on a real corpus is skipped with the reason in its name", { timeout: 120_000 }, () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=tap", path.join("tests", "e2e", "corpus-view.ts")], {
      cwd: repoRoot,
      env,
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const skippedLines = run.stdout.split("\n").filter((line) => /^\s*ok \d+ .*# SKIP/.test(line));
    expect(skippedLines.length).toBeGreaterThan(0);
    expect(skippedLines.every((line) => line.includes(`skipped: ${SHARED_MISSING}`))).toBe(true);
    expect(run.stdout).not.toMatch(/^\s*not ok /m);
  });
});
