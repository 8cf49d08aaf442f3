import fs from "node:fs";
import { runPipeline } from "../src/pipeline.js";
const lines = fs.readFileSync("../shared/corpora/bbc-2004-2005.jsonl", "utf8").split("\n").filter(Boolean).slice(0, Number(process.argv[2] ?? 300));
const articles = lines.map((l) => JSON.parse(l)).map((a: any) => ({ id: String(a.id), text: a.text, published: "2005-01-01" }));
const words = articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0);
const t0 = performance.now();
const r = runPipeline(articles, { name: "bbc" });
const ms = performance.now() - t0;
console.log(`${articles.length} articles, ${words} words, ${ms.toFixed(0)} ms, ${(words / ms * 1000).toFixed(0)} words/s`, JSON.stringify(Object.fromEntries(Object.entries(r.timings).map(([k, v]) => [k, Math.round(v)]))), r.graph.order, r.graph.size);
