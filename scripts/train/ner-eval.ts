/**
 * NER scoring
 * ===========
 *
 * As the strict scorer ../shared/eval/conll-score.mjs counts: exact spans,
 * micro precision/recall/F1 over PER, LOC and ORG; MISC is ignored in gold
 * and in prediction. Spans are compared as sets per document (a span listed
 * twice counts once), keyed by character offsets where the document has
 * them (the CoNLL dev JSONL) and by sentence and token indices otherwise.
 */
import { spansOfIds } from "../../src/nlp/ner-labels.js";
import type { DevDocument, NerDocument } from "./ner-data.js";

export const SCORED_TYPES = ["PER", "LOC", "ORG"] as const;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  counts: Counts;
  byType: Record<string, { precision: number; recall: number; f1: number; counts: Counts }>;
}

function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp / (c.tp + c.fp || 1);
  const recall = c.tp / (c.tp + c.fn || 1);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

/** Keys ("start:end:TYPE") of the scored spans of a document's label rows. */
function spanKeys(doc: NerDocument | DevDocument, labels: readonly (ArrayLike<number>)[]): Set<string> {
  const keys = new Set<string>();
  const offsets = "offsets" in doc ? doc.offsets : undefined;
  for (let s = 0; s < labels.length; s++) {
    const words = doc.sentences[s]!;
    for (const sp of spansOfIds(labels[s]!, words.length)) {
      if (!(SCORED_TYPES as readonly string[]).includes(sp.type)) continue;
      if (offsets) {
        const start = offsets[s]![sp.start]!;
        const end = offsets[s]![sp.end - 1]! + words[sp.end - 1]!.length;
        keys.add(`${start}:${end}:${sp.type}`);
      } else keys.add(`${s}/${sp.start}:${sp.end}:${sp.type}`);
    }
  }
  return keys;
}

/** Gold keys of a dev document: its character-offset entities when it has them, else its labels. */
function goldKeys(doc: NerDocument | DevDocument): Set<string> {
  if ("entities" in doc) {
    return new Set(doc.entities.filter((e) => (SCORED_TYPES as readonly string[]).includes(e.type)).map((e) => `${e.start}:${e.end}:${e.type}`));
  }
  return spanKeys(doc, doc.labels);
}

/** Scores predicted label rows (one array per sentence, per document) against the documents' gold. */
export function scoreNer(docs: readonly (NerDocument | DevDocument)[], predicted: readonly (readonly ArrayLike<number>[])[]): Score {
  const by: Record<string, Counts> = Object.fromEntries(SCORED_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  docs.forEach((doc, d) => {
    const g = goldKeys(doc);
    const p = spanKeys(doc, predicted[d]!);
    for (const k of p) by[k.slice(k.lastIndexOf(":") + 1)]![g.has(k) ? "tp" : "fp"]++;
    for (const k of g) if (!p.has(k)) by[k.slice(k.lastIndexOf(":") + 1)]!.fn++;
  });
  const all = SCORED_TYPES.reduce((a, t) => ({ tp: a.tp + by[t]!.tp, fp: a.fp + by[t]!.fp, fn: a.fn + by[t]!.fn }), { tp: 0, fp: 0, fn: 0 });
  const byType: Score["byType"] = {};
  for (const t of SCORED_TYPES) byType[t] = { ...prf(by[t]!), counts: by[t]! };
  return { ...prf(all), counts: all, byType };
}

export function formatScore(name: string, s: Score): string {
  const pct = (x: number) => (100 * x).toFixed(2);
  const types = SCORED_TYPES.map((t) => `${t} ${pct(s.byType[t]!.f1)}`).join(", ");
  return `${name}: P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} (${types})`;
}
