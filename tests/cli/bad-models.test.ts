import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MODEL_FILES, MODELS_DIR } from "../../src/nlp/load-models.js";
import { ensureBuilt, kgBin, repoRoot, tempDir } from "../helpers/kg-cli.js";

let root = "";
beforeAll(() => {
  ensureBuilt();
  root = tempDir("bad-models");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `kg build` over three small articles with NEWS_KG_MODELS pointing at `dir`. */
function build(dir: string, jobs: string) {
  const corpus = path.join(root, "corpus");
  mkdirSync(corpus, { recursive: true });
  for (let i = 0; i < 3; i++) writeFileSync(path.join(corpus, `a${i}.txt`), `Ana Ortiz met Ben Tal in Geneva on Monday, officials said (${i}).\n`);
  return spawnSync(process.execPath, [kgBin, "build", "--corpus", corpus, "--out", path.join(root, `out-${jobs}`), "--no-cache", "--jobs", jobs, "--min-parallel-chars", "0"], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, NEWS_KG_MODELS: dir },
  });
}

describe("kg build with a damaged model file", () => {
  it("stops once, naming the file, and writes nothing, in one thread and with workers", () => {
    const dir = path.join(root, "models");
    mkdirSync(dir);
    for (const f of Object.values(MODEL_FILES)) {
      try {
        copyFileSync(path.join(MODELS_DIR, f), path.join(dir, f));
      } catch {
        // parser.bin is optional
      }
    }
    const ner = path.join(dir, MODEL_FILES.ner);
    const bytes = readFileSync(ner);
    const at = bytes.length >> 1;
    bytes[at] = bytes[at]! ^ 0xff;
    writeFileSync(ner, bytes);
    for (const jobs of ["1", "2"]) {
      const run = build(dir, jobs);
      expect(run.status, run.stderr).toBe(1);
      const errors = run.stderr.split("\n").filter((l) => l.startsWith("kg: "));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(ner);
      expect(run.stdout).not.toContain("wrote:");
    }
  });
});
