/**
 * `npm run eval`: how good is the extractor? (a report, not a test gate)
 * =====================================================================
 *
 *   0. the core: tagger and parser on UD dev splits, the NER alone on CoNLL and UNER dev;
 *   1. CoNLL-2003 dev through the extractor: strict exact-span P/R/F1 over PER/LOC/ORG;
 *   2. the seed corpus against tests/gold/seed-gold.ts, curation off;
 *   3. relations on BBC politics 001–200 against the annotators' dev gold (relcheck.mjs),
 *      and on Re-DocRED dev (docred-score.py);
 *   4. a sample of BBC politics articles, printed for a person to judge.
 * Options: --bbc N (sample size, default 10), --errors N (most frequent CoNLL errors).
 */
import fs from "node:fs";
import path from "node:path";
import { bbcSample } from "./bbc.js";
import { evalConll } from "./conll.js";
import { reportNlp } from "./nlp.js";
import { evalRedocred } from "./redocred.js";
import { evalRelations } from "./relations.js";
import { evalSeed } from "./seed.js";

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const shared = path.resolve("..", "shared");
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

console.log("== The statistical core on the dev splits (gold tokens; the parser reads predicted tags)");
for (const line of reportNlp()) console.log(line);
console.log();

const conllFile = path.join(shared, "eval", "conll2003-dev.jsonl");
if (fs.existsSync(conllFile)) {
  const r = evalConll(conllFile);
  console.log("== CoNLL-2003 dev through the extractor (kg extract's path), strict exact span and type (PER/LOC/ORG; force and organization count as ORG)");
  for (const [t, s] of Object.entries(r.byType)) console.log(`  ${t}  P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
  console.log(`  ALL  P ${pct(r.overall.precision)}  R ${pct(r.overall.recall)}  F1 ${pct(r.overall.f1)}   (${r.words} words in ${(r.ms / 1000).toFixed(2)} s)`);
  for (const [k, s] of Object.entries(r.bySection)) console.log(`    ${k === "sports" ? "documents read as sports" : "the other documents    "} (${s.docs}): P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`);
  const n = opt("--errors", 0);
  if (n > 0) {
    const counts = new Map<string, number>();
    for (const e of r.errors) counts.set(e, (counts.get(e) ?? 0) + 1);
    for (const [e, c] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`  ${String(c).padStart(4)} ${e}`);
  }
} else console.log(`(skipped CoNLL: ${conllFile} not found)`);

const seed = await evalSeed("corpus");
console.log("\n== Seed corpus against tests/gold/seed-gold.ts, curation off");
console.log(`  entities: ${seed.entities.found}/${seed.entities.total} as exactly one node of the right kind (${pct(seed.entities.found / seed.entities.total)}); precision of nodes ${pct(seed.entities.precision)}`);
if (seed.entities.missed.length) console.log(`    missed: ${seed.entities.missed.join("; ")}`);
if (seed.entities.spurious.length) console.log(`    not in gold: ${seed.entities.spurious.join("; ")}`);
console.log(`  key relations linked: ${seed.triples.found}/${seed.triples.total} (${pct(seed.triples.found / seed.triples.total)})`);
if (seed.triples.missed.length) console.log(`    missed: ${seed.triples.missed.join("; ")}`);
console.log(`  events dated and linked: ${seed.events.found}/${seed.events.total} (${pct(seed.events.found / seed.events.total)})`);
if (seed.events.missed.length) console.log(`    missed: ${seed.events.missed.join("; ")}`);

console.log("\n== Relations: BBC politics 001–200, curation off, against ../shared/eval/bbc-relations-dev.json (relcheck.mjs)");
for (const line of evalRelations()) console.log(line);

console.log("\n== Relations: Re-DocRED dev (500 Wikipedia lead sections), curation off, on the Wikidata relations our vocabulary can express (docred-score.py)");
for (const line of evalRedocred()) console.log(line);

const bbcFile = path.join(shared, "corpora", "bbc-2004-2005.jsonl");
if (fs.existsSync(bbcFile)) console.log(`\n== ${bbcSample(bbcFile, opt("--bbc", 10))}`);
