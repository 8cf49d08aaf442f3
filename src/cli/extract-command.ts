/**
 * `kg extract`: what one text yields
 * ==================================
 *
 * `kg extract FILE` prints the mentions, events and triples of one article.
 * `kg extract --jsonl FILE` reads `{"id","text"}` lines and writes one JSON
 * line per article: `{"id","mentions":[{"start","end","text","kind","entity"}],"triples":[…]}`,
 * offsets being JavaScript string indices into `text`, end exclusive.
 */
import { readCorpus } from "../corpus/read-corpus.js";
import { extractArticle } from "../extract-article.js";
import { buildCasingModel, buildVocabulary } from "../nlp/normalize.js";
import type { Article, DocumentExtraction, MentionRef } from "../schema/index.js";

export interface ExtractLine {
  id: string;
  mentions: Array<{ start: number; end: number; text: string; kind: string; entity: string }>;
  events: Array<{ start: number; end: number; text: string; type: string; date?: string }>;
  triples: Array<{ subject: string; predicate: string; object: string; confidence: number; sentence: number; quote: string }>;
}

export async function extractCommand(file: string, options: { jsonl?: boolean }, write: (s: string) => void): Promise<number> {
  const { articles, diagnostics } = await readCorpus(file);
  for (const d of diagnostics) process.stderr.write(`${d.level}: ${d.where}: ${d.message}\n`);
  const texts = articles.map((a) => a.text);
  const casing = buildCasingModel(texts);
  const vocabulary = buildVocabulary(texts);
  for (const article of articles) {
    const x = extractArticle(article, { casing, vocabulary });
    const line = toExtractLine(article, x);
    if (options.jsonl) write(`${JSON.stringify(line)}\n`);
    else write(formatExtraction(line));
  }
  return diagnostics.some((d) => d.level === "error") && articles.length === 0 ? 1 : 0;
}

export function toExtractLine(article: Article, x: DocumentExtraction): ExtractLine {
  const entity = (i: number) => {
    const m = x.mentions[i]!;
    return `${m.kind}:${m.canonical ?? m.ref ?? m.name}`;
  };
  const ref = (r: MentionRef) => ("mention" in r ? entity(r.mention) : `event:${x.events[r.event]?.type ?? "?"}`);
  return {
    id: article.id,
    mentions: x.mentions
      .map((m, i) => ({ m, i }))
      .filter(({ m }) => !m.implicit && !m.anaphor)
      .map(({ m, i }) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind, entity: entity(i) })),
    events: x.events.map((e) => ({ start: e.start, end: e.end, text: e.trigger, type: e.type, ...(e.date ? { date: e.date } : {}) })),
    triples: x.triples.map((t) => ({
      subject: ref(t.subject),
      predicate: t.predicate,
      object: ref(t.object),
      confidence: t.confidence,
      sentence: t.evidence.sentence,
      quote: t.evidence.quote,
    })),
  };
}

function formatExtraction(line: ExtractLine): string {
  const out = [`# ${line.id}`, "", "mentions:"];
  for (const m of line.mentions) out.push(`  ${String(m.start).padStart(6)}-${String(m.end).padEnd(6)} ${m.kind.padEnd(12)} ${m.text}  → ${m.entity}`);
  out.push("", "events:");
  for (const e of line.events) out.push(`  ${e.type.padEnd(12)} ${e.date ?? "(undated)"}  «${e.text}»`);
  out.push("", "triples:");
  for (const t of line.triples) out.push(`  ${t.subject} —${t.predicate}→ ${t.object}  (${t.confidence}, sentence ${t.sentence})`);
  return `${out.join("\n")}\n\n`;
}
