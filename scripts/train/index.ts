/**
 * `npm run train`: every model, from open data, reproducibly
 * ==========================================================
 *
 *   1. the tagger on UD English-EWT + GUM train       → models/tagger.bin
 *      and, alongside, k fold taggers that tag the training sentences they
 *      did not see (jackknifing, for the parser)
 *   2. the parser on the same sentences with those predicted tags
 *                                                       → models/parser.bin
 *      and, alongside, the NER on CoNLL-2003 train + UNER EWT train
 *                                                       → models/ner.bin
 * Steps run as child processes, two at a time (the machine has two cores);
 * each is deterministic, so the files are the same bytes every time.
 * Options: --only tagger|parser|ner (one model; the parser needs the tags of
 * step 1, which it recomputes), --out DIR (default models/), --fold-tags DIR
 * (keep the jackknifed fold tags in DIR and reuse the ones already there, so
 * that parser experiments pay only for the parser: the tags depend only on
 * the tagger's code and data, so clear DIR when those change), --jobs N (steps
 * at a time, default 2).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { JACKKNIFE_FOLDS } from "./jackknife.js";
import { treebankAvailable, TREEBANK } from "./treebank.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const out = path.resolve(opt("--out") ?? path.join(here, "..", "..", "models"));
const only = opt("--only");
const foldTags = opt("--fold-tags");
const jobs = Number(opt("--jobs") ?? 2);

if (!treebankAvailable()) {
  console.error(`train: ${TREEBANK} not found: the training data lives in ../shared (see models/README.md)`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const work = mkdtempSync(path.join(os.tmpdir(), "kg-train-"));
const t0 = Date.now();

/** Runs `step.ts` in a child process with the same loader (tsx), echoing its output with a prefix. */
function run(step: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, path.join(here, "step.ts"), step], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let buffered = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const l of lines) console.log(`[${step}${env.FOLD !== undefined ? ` ${env.FOLD}` : ""}] ${l}`);
    });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`train: step ${step} failed (exit ${code})`))));
  });
}

/** Runs the jobs two at a time, in order. */
async function pool(jobs: (() => Promise<void>)[], width = 2): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) await jobs[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, lane));
}

try {
  const tagDir = foldTags ? path.resolve(foldTags) : work;
  mkdirSync(tagDir, { recursive: true });
  const env = { OUT_DIR: out, WORK_DIR: tagDir };
  const folds = JACKKNIFE_FOLDS;
  const first: (() => Promise<void>)[] = [];
  if (!only || only === "tagger" || only === "ner") first.push(() => run("tagger", env));
  if (!only || only === "parser") {
    for (let f = 0; f < folds; f++) {
      if (foldTags && existsSync(path.join(tagDir, `fold-${f}.json`))) console.log(`[fold ${f}] reused ${path.join(tagDir, `fold-${f}.json`)}`);
      else first.push(() => run("fold", { ...env, FOLD: String(f) }));
    }
  }
  await pool(first, jobs);
  const second: (() => Promise<void>)[] = [];
  if (!only || only === "parser") second.push(() => run("parser", env));
  if (!only || only === "ner") second.push(() => run("ner", env));
  await pool(second, jobs);
  console.log(`train: wrote ${out} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
