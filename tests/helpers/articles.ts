/**
 * Hand-written extractions for resolution tests: an article of one sentence
 * whose mentions are found in it by their text, so that each case tests a
 * resolution rule alone.
 */
import type { DocumentExtraction, EntityKind, Mention } from "../../src/schema/index.js";

interface M {
  text: string;
  name?: string;
  kind?: EntityKind;
  surface?: string;
  ref?: string;
  canonical?: string;
  role?: string;
}

/** An article of one sentence; each mention is found in the sentence by its text (in order). */
export function article(doc: string, sentence: string, mentions: M[]): DocumentExtraction {
  let from = 0;
  const ms: Mention[] = mentions.map((m) => {
    const start = sentence.indexOf(m.text, from);
    if (start < 0) throw new Error(`"${m.text}" is not in "${sentence}"`);
    from = start + m.text.length;
    return {
      doc, sentence: 0, start, end: start + m.text.length, text: m.text, name: m.name ?? m.text, kind: m.kind ?? "person", confidence: 0.9,
      ...(m.surface ? { surface: m.surface } : {}), ...(m.ref ? { ref: m.ref } : {}), ...(m.canonical ? { canonical: m.canonical } : {}), ...(m.role ? { role: m.role } : {}),
    };
  });
  return { doc, sentences: [{ index: 0, start: 0, end: sentence.length, text: sentence }], mentions: ms, events: [], triples: [], claims: [], diagnostics: [] };
}

