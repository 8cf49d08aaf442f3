/**
 * CoNLL-2003 exact-span scoring
 * =============================
 *
 * Runs the extractor on each document of ../shared/eval/conll2003-dev.jsonl
 * (read at run time, never copied) and scores exact spans with types over
 * PER/LOC/ORG: person → PER, place → LOC, organization and force → ORG.
 * Strict, as ../shared/eval/conll-score.mjs: a predicted span that is not a
 * gold PER/LOC/ORG span of the same type is a false positive, also where it
 * falls on a MISC entity or is a description ("Russian troops").
 */
import fs from "node:fs";
import { extractArticle } from "../../src/extract-article.js";
import { buildCasingModel, buildVocabulary } from "../../src/nlp/normalize.js";
import { isSportsText } from "../../src/lexicon/index.js";
import { loadModels, type NlpModels } from "../../src/nlp/index.js";
import type { EntityKind } from "../../src/schema/index.js";

interface GoldDoc {
  id: string;
  text: string;
  entities: Array<{ type: string; start: number; end: number; text: string }>;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

const TYPE_OF: Record<EntityKind, string | undefined> = { person: "PER", place: "LOC", organization: "ORG", force: "ORG", event: undefined };

export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function evalConll(file: string, limit = Infinity, models: NlpModels | null = loadModels({ parser: false })): { overall: Score; byType: Record<string, Score>; bySection: Record<string, Score & { docs: number }>; errors: string[]; words: number; ms: number } {
  const docs: GoldDoc[] = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .slice(0, limit)
    .map((l) => JSON.parse(l) as GoldDoc);
  const texts = docs.map((d) => d.text);
  const t0 = performance.now();
  const casing = buildCasingModel(texts);
  const vocabulary = buildVocabulary(texts);
  const counts: Record<string, { tp: number; fp: number; fn: number }> = { PER: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 } };
  const errors: string[] = [];
  // Documents the extractor reads as sports reporting, and the others: scored apart too.
  const sections: Record<string, { tp: number; fp: number; fn: number; docs: number }> = { sports: { tp: 0, fp: 0, fn: 0, docs: 0 }, other: { tp: 0, fp: 0, fn: 0, docs: 0 } };
  let words = 0;
  for (const doc of docs) {
    const section = sections[isSportsText(doc.text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) ? "sports" : "other"]!;
    section.docs++;
    words += doc.text.split(/\s+/).length;
    const x = extractArticle({ id: doc.id, text: doc.text }, { casing, vocabulary, models });
    const predicted = new Map<string, string>();
    for (const m of x.mentions) {
      const type = TYPE_OF[m.kind];
      if (!type || m.implicit || m.anaphor) continue;
      predicted.set(`${m.start}:${m.end}`, type);
    }
    const gold = new Map<string, string>();
    for (const e of doc.entities) if (e.type !== "MISC") gold.set(`${e.start}:${e.end}`, e.type);
    for (const [span, type] of predicted) {
      if (gold.get(span) === type) {
        counts[type]!.tp++;
        section.tp++;
      }
      else {
        counts[type]!.fp++;
        section.fp++;
        const [s, e] = span.split(":").map(Number);
        errors.push(`FP ${type.padEnd(3)} ${JSON.stringify(doc.text.slice(s, e))}${gold.has(span) ? ` (gold ${gold.get(span)})` : ""}`);
      }
    }
    for (const [span, type] of gold) {
      if (predicted.get(span) !== type) {
        counts[type]!.fn++;
        section.fn++;
        const [s, e] = span.split(":").map(Number);
        errors.push(`FN ${type.padEnd(3)} ${JSON.stringify(doc.text.slice(s, e))}${predicted.has(span) ? ` (got ${predicted.get(span)})` : ""}`);
      }
    }
  }
  const ms = performance.now() - t0;
  const byType = Object.fromEntries(Object.entries(counts).map(([k, c]) => [k, score(c.tp, c.fp, c.fn)]));
  const total = Object.values(counts).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const bySection = Object.fromEntries(Object.entries(sections).map(([k, c]) => [k, { ...score(c.tp, c.fp, c.fn), docs: c.docs }]));
  return { overall: score(total.tp, total.fp, total.fn), byType, bySection, errors, words, ms };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = evalConll(process.argv[2] ?? "../shared/eval/conll2003-dev.jsonl", Infinity, process.env.RULES_ONLY ? null : loadModels({ parser: false }));
  const pct = (x: number) => (100 * x).toFixed(1);
  for (const [t, s] of Object.entries(r.byType)) console.log(`${t}  P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
  console.log(`ALL  P ${pct(r.overall.precision)}  R ${pct(r.overall.recall)}  F1 ${pct(r.overall.f1)}   ${r.words} words in ${r.ms.toFixed(0)} ms`);
  if (process.env.ERRORS) {
    const counts = new Map<string, number>();
    for (const e of r.errors) counts.set(e, (counts.get(e) ?? 0) + 1);
    for (const [e, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.ERRORS))) console.log(`${String(n).padStart(4)} ${e}`);
  }
}
