/**
 * The statistical core's speed: `npm run bench` part 0, or on its own
 * ===================================================================
 *
 *   npx tsx scripts/bench-core.ts [--models DIR]
 *
 * - Loading: each model file read and decoded in a fresh Node process
 *   (`loadModels` from dist/, timed inside the process around the call, so
 *   process start and module loading are not counted; they are, in the
 *   whole-process build figures of bench.ts), median of five processes.
 * - Throughput, one core, warmed: the tagger and the parser on UD
 *   English-EWT dev (gold tokens; the parser on the tagger's tags, as in the
 *   product), the NER on CoNLL-2003 dev documents; each repeated until it has
 *   run at least two seconds after a one-second warm-up. Tokens per second of
 *   the model alone (the tags the parser reads are computed beforehand).
 * Data is read from ../shared at run time. A script, not a test.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadModels, MODEL_FILES } from "../src/nlp/load-models.js";
import { Parser } from "../src/nlp/parser.js";
import { readConllDev } from "./train/ner-data.js";
import { readTreebank, TREEBANK_FILES, TREEBANK } from "./train/treebank.js";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const fmt = (n: number, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

export function benchCore(dir = path.join(repo, "models")): void {
  console.log("");
  console.log("the core (models in " + path.relative(repo, dir) + "/):");
  if (!existsSync(path.join(TREEBANK, TREEBANK_FILES.ewtDev))) {
    console.log(`  skipped: ${TREEBANK} not found`);
    return;
  }
  // 1. Load times, each in a fresh process.
  const loader = path.join(repo, "dist", "nlp", "load-models.js");
  const script = `const { loadModels } = await import(${JSON.stringify(loader)}); const t = performance.now(); loadModels({ dir: ${JSON.stringify(dir)} }); console.log(performance.now() - t);`;
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    if (run.status !== 0) {
      console.log(`  load: failed (${run.stderr.trim().split("\n")[0]}); run \`npm run build\` first`);
      break;
    }
    times.push(Number(run.stdout.trim()));
  }
  const sizes = Object.values(MODEL_FILES)
    .filter((f) => existsSync(path.join(dir, f)))
    .map((f) => `${f} ${fmt(statSync(path.join(dir, f)).size / 1e6, 1)} MB`);
  const total = Object.values(MODEL_FILES).reduce((n, f) => n + (existsSync(path.join(dir, f)) ? statSync(path.join(dir, f)).size : 0), 0);
  if (times.length > 0) {
    times.sort((a, b) => a - b);
    console.log(`  load, all models, fresh process: median ${fmt(times[2] ?? times[0]!, 0)} ms (of ${times.map((t) => fmt(t)).join(", ")}); on disk ${sizes.join(", ")}: ${fmt(total / 1e6, 1)} MB in all`);
  }
  // 2. Throughput.
  const models = loadModels({ dir });
  const ewt = readTreebank(TREEBANK_FILES.ewtDev).map((s) => s.words.map((w) => w.form));
  const words = ewt.reduce((n, s) => n + s.length, 0);
  const rate = (what: string, tokens: number, once: () => void) => {
    const until = (ms: number) => {
      const t0 = performance.now();
      let n = 0;
      while (performance.now() - t0 < ms) {
        once();
        n++;
      }
      return { n, ms: performance.now() - t0 };
    };
    until(1000);
    const r = until(2000);
    console.log(`  ${what}: ${fmt((tokens * r.n) / (r.ms / 1000))} tokens/s (${fmt(tokens)} tokens × ${r.n} in ${fmt(r.ms)} ms, one core, warmed)`);
  };
  rate("tagger, EWT dev", words, () => {
    for (const s of ewt) models.tagger.tag(s);
  });
  const conll = readConllDev(path.join(repo, "..", "shared", "eval", "conll2003-dev.jsonl")).docs.map((d) => d.sentences);
  const conllTokens = conll.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
  const ner = models.ner;
  if (ner)
    rate("NER, CoNLL-2003 dev", conllTokens, () => {
      for (const d of conll) ner.tagDocument(d);
    });
  if (models.parser) {
    const tagged = ewt.map((s) => ({ words: s, ...models.tagger.tag(s) }));
    const parser = models.parser;
    const width = parser instanceof Parser ? parser.beamWidth : 0;
    rate(`parser, EWT dev (${width > 0 ? `beam of ${width}` : "greedy"}, predicted tags given)`, words, () => {
      for (const s of tagged) parser.parse(s.words, s.upos, s.xpos);
    });
  } else console.log("  parser: no model");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf("--models");
  benchCore(i === -1 ? undefined : path.resolve(process.argv[i + 1]!));
}
