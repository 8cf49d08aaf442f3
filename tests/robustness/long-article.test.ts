/**
 * One very long article of real prose (RUN_LARGE=1)
 * =================================================
 *
 * BBC and Reuters stories, in their order, joined into one 30 MB file (set
 * LONG_MB for another size): varied real structure (quotes, lists, titles,
 * tables of figures, datelines), not a string picked to miss a slow path.
 * `kg build` must finish with whole outputs, and lose nothing: the people
 * named in the last stories of the file, read on their own, are nodes of the
 * long article's graph too. Time and peak memory are printed, not asserted
 * (they are bench figures: scripts/bench-cold.ts).
 *
 *   npm run build && RUN_LARGE=1 npx vitest run tests/robustness/long-article.test.ts
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SerializedGraph } from "graphology-types";
import { afterAll, describe, expect, it } from "vitest";
import { longArticleParts } from "../../scripts/long-article.js";
import { extractArticle } from "../../src/extract-article.js";
import { ensureBuilt, kgBin, repoRoot, tempDir } from "../helpers/kg-cli.js";
import { sharedPath } from "../helpers/skip-note.js";

const RUN_LARGE = process.env.RUN_LARGE === "1";
const corpora = sharedPath("corpora");
const haveCorpora = existsSync(path.join(corpora, "bbc-2004-2005.jsonl")) && existsSync(path.join(corpora, "reuters-21578.jsonl"));
const MB = Number(process.env.LONG_MB ?? 30);

let root = "";
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.skipIf(!RUN_LARGE || !haveCorpora)(`one ${MB} MB article of real prose (RUN_LARGE=1${haveCorpora ? "" : "; skipped: ../shared not found"})`, () => {
  it("builds whole, and keeps the people of its last stories", { timeout: 3_600_000 }, () => {
    ensureBuilt();
    root = tempDir("long-article");
    const parts = longArticleParts(corpora, MB);
    const dir = path.join(root, "corpus");
    mkdirSync(dir);
    writeFileSync(path.join(dir, "long.txt"), parts.join("\n\n"));
    const out = path.join(root, "out");
    const wrapper =
      'process.on("exit",()=>process.stderr.write(`\\nmaxrss-kib ${process.resourceUsage().maxRSS}\\n`));' +
      "process.argv.splice(1,0,process.env.KG_BIN);await import(process.env.KG_BIN_URL);";
    const t0 = performance.now();
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", wrapper, "build", "--corpus", dir, "--out", out, "--no-curated", "--no-cache"], {
      cwd: repoRoot,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, KG_BIN: kgBin, KG_BIN_URL: new URL(`file://${kgBin}`).href },
    });
    const seconds = (performance.now() - t0) / 1000;
    const peak = Math.round(Number(/maxrss-kib (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024);
    console.log(`one ${MB} MB article: ${seconds.toFixed(1)} s, peak RSS ${peak} MiB`);
    expect(run.status, run.stderr).toBe(0);

    // Whole outputs.
    const graph = JSON.parse(readFileSync(path.join(out, "graph.json"), "utf8")) as SerializedGraph;
    expect(graph.nodes.length).toBeGreaterThan(1000);
    expect(readFileSync(path.join(out, "graph.gexf"), "utf8").trimEnd().endsWith("</gexf>")).toBe(true);
    expect(Array.isArray(JSON.parse(readFileSync(path.join(out, "claims.json"), "utf8")))).toBe(true);

    // Nothing lost: the people of the last ten stories, each read alone, are in the long graph.
    const names = new Set<string>();
    for (const n of graph.nodes) {
      const a = n.attributes as { label: string; aliases?: string[] };
      names.add(a.label);
      for (const x of a.aliases ?? []) names.add(x);
    }
    const people = new Set<string>();
    for (const t of parts.slice(-10)) {
      for (const m of extractArticle({ id: "alone", text: t }).mentions) if (m.kind === "person" && !m.anaphor && !m.implicit) people.add(m.text);
    }
    const missing = [...people].filter((p) => !names.has(p));
    expect(people.size).toBeGreaterThan(0);
    // Resolution across 30 MB may merge a short name into a longer one ("Smith" into "John Smith"), so a few may be aliases of nodes read differently.
    expect(missing.length, missing.join(", ")).toBeLessThanOrEqual(Math.ceil(people.size * 0.1));
  });
});
