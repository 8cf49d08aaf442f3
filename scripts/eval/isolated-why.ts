/**
 * Why entities have no edge: per article, the entities no triple or event
 * touches, split by whether they share a sentence with another entity.
 * Usage: npx tsx scripts/eval/isolated-why.ts CORPUS.jsonl ID_REGEX [N] [SEED]
 * (prints counts, then a seeded sample of the co-occurring cases with their sentence).
 */
import { readCorpus } from "../../src/corpus/read-corpus.js";
import { extractArticle } from "../../src/extract-article.js";
import { buildCasingModel, buildVocabulary } from "../../src/nlp/normalize.js";

const [corpus, pattern, nArg, seedArg] = process.argv.slice(2);
const { articles: all } = await readCorpus(corpus!);
const casing = buildCasingModel(all.map((a) => a.text));
const vocabulary = buildVocabulary(all.map((a) => a.text));
const re = new RegExp(pattern ?? ".");
const articles = all.filter((a) => re.test(a.id));
let seed = Number(seedArg ?? 1);
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
let total = 0, isolated = 0, cooc = 0;
const samples: string[] = [];
for (const a of articles) {
  const x = extractArticle(a, { casing, vocabulary });
  const key = (i: number) => { const m = x.mentions[i]!; return `${m.kind}:${m.canonical ?? m.ref ?? m.name}`; };
  const linked = new Set<string>();
  for (const t of x.triples) for (const r of [t.subject, t.object]) if ("mention" in r) linked.add(key(r.mention));
  for (const e of x.events) for (const i of [e.agent, e.place, ...e.participants]) if (i !== undefined) linked.add(key(i));
  const bySentence = new Map<number, number[]>();
  x.mentions.forEach((m, i) => { if (!m.implicit) (bySentence.get(m.sentence) ?? bySentence.set(m.sentence, []).get(m.sentence)!).push(i); });
  const ents = new Map<string, number[]>();
  x.mentions.forEach((m, i) => { if (!m.implicit && !m.anaphor && m.kind !== "event") (ents.get(key(i)) ?? ents.set(key(i), []).get(key(i))!).push(i); });
  for (const [k, ms] of ents) {
    total++;
    if (linked.has(k)) continue;
    isolated++;
    const with_ = ms.find((i) => bySentence.get(x.mentions[i]!.sentence)!.some((j) => key(j) !== k));
    if (with_ === undefined) continue;
    cooc++;
    const s = x.mentions[with_]!.sentence;
    const others = [...new Set(bySentence.get(s)!.filter((j) => key(j) !== k).map(key))];
    samples.push(`${a.id} [${k}] with ${others.join(", ")}\n    ${x.sentences[s]!.text.replace(/\s+/g, " ")}`);
  }
}
console.log(`${articles.length} articles: ${total} entities, ${isolated} with no edge (${(100 * isolated / total).toFixed(1)} %), ${cooc} of them share a sentence with another entity`);
const n = Number(nArg ?? 40);
for (let i = 0; i < n && samples.length; i++) console.log(samples.splice(Math.floor(rand() * samples.length), 1)[0]);
