/**
 * Properties of corpus-wide resolution, on random corpora of invented names:
 * it never puts mentions of different kinds in one node, and the graph does
 * not depend on the order the articles come in.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveCorpus } from "../../src/resolve/resolve-corpus.js";
import type { DocumentExtraction, EntityKind, Mention } from "../../src/schema/index.js";

const KINDS: EntityKind[] = ["person", "place", "organization", "force"];
// Names that collide on purpose: surnames that are also places, titled forms, acronyms and their expansions, spelling variants.
const NAMES = [
  "Gordon Vellmar", "Sarah Vellmar", "Vellmar", "Baron Vellmar", "Sir Gordon Vellmar", "Gordon Velmar",
  "Anna Brisk-Tolley", "Brisk-Tolley", "Pieter van Droom", "van Droom", "Droom", "Ashby",
  "Child Benefit Office", "CBO", "Harrow & Binley", "H&B", "Bank of Norland", "BN", "Norland", "OECD",
];
const SURFACES = [undefined, "Mr", "Mrs", "Lord", "Lady", "Dr"];

const mention = fc.record({
  name: fc.constantFrom(...NAMES),
  kind: fc.constantFrom(...KINDS),
  title: fc.constantFrom(...SURFACES),
  refTo: fc.option(fc.constantFrom(...NAMES), { nil: undefined }),
});

const corpus = fc.array(fc.array(mention, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }).map((docs) =>
  docs.map((ms, d): DocumentExtraction => {
    const doc = `d${d}`;
    let text = "";
    const mentions: Mention[] = ms.map((m) => {
      const surface = m.title ? `${m.title} ${m.name}` : m.name;
      const start = text.length + (m.title ? m.title.length + 1 : 0);
      text += `${surface} spoke. `;
      return {
        doc, sentence: 0, start, end: start + m.name.length, text: m.name, name: m.name, kind: m.kind, confidence: 0.9,
        ...(m.title ? { surface } : {}), ...(m.refTo && m.kind === "person" ? { ref: m.refTo } : {}),
      };
    });
    return { doc, sentences: [{ index: 0, start: 0, end: text.length, text }], mentions, events: [], triples: [], claims: [], diagnostics: [] };
  }),
);

describe("resolveCorpus properties", () => {
  it("never merges names of different kinds: every name of a node was written as a mention of its kind", () => {
    fc.assert(
      fc.property(corpus, (docs) => {
        const kindsOf = new Map<string, Set<EntityKind>>();
        for (const d of docs) {
          for (const m of d.mentions) {
            for (const form of [m.text, m.name, m.surface, m.ref]) {
              if (form) (kindsOf.get(form) ?? kindsOf.set(form, new Set()).get(form)!).add(m.kind);
            }
          }
        }
        for (const e of resolveCorpus(docs).entities) {
          for (const alias of e.aliases) expect(kindsOf.get(alias)?.has(e.kind), `${e.id} has "${alias}"`).toBe(true);
        }
      }),
      { numRuns: 200, seed: 13 },
    );
  });

  it("gives the same graph for any order of the articles", () => {
    fc.assert(
      fc.property(corpus, fc.integer(), (docs, salt) => {
        // A seeded permutation of the articles.
        const shuffled = docs.map((d, i) => ({ d, k: Math.imul(i + 1, salt | 1) ^ (salt >>> 3) })).sort((a, b) => a.k - b.k).map((x) => x.d);
        expect(JSON.stringify(resolveCorpus(shuffled))).toBe(JSON.stringify(resolveCorpus(docs)));
      }),
      { numRuns: 200, seed: 13 },
    );
  });
});
