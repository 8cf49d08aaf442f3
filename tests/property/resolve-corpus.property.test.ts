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
  "Peter Vellmar", "Gordon K Vellmar", "Gordon Keir Vellmar", "Anna L. Brisk-Tolley", "Carl Vellmar",
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

// Namesakes and the company they keep: random articles of people with one surname among a few organizations and places, so that
// lone surnames are decided by their articles' context (and middle initials joined) in many different ways.
const PEOPLE = ["Gordon Vellmar", "Peter Vellmar", "Sarah Vellmar", "Gordon K Vellmar", "Vellmar", "Vellmar", "Vellmar"];
const COMPANY: Array<[string, EntityKind]> = [
  ["Norland Party", "organization"], ["Ashby", "place"], ["Treasury Office", "organization"],
  ["Harrow Rovers", "organization"], ["Binley Park", "place"], ["Kesting", "place"],
];
const namesakeCorpus = fc
  .array(
    fc.record({
      who: fc.array(fc.record({ name: fc.constantFrom(...PEOPLE), title: fc.constantFrom(undefined, "Mr", "Ms", "Dr") }), { minLength: 1, maxLength: 2 }),
      company: fc.uniqueArray(fc.integer({ min: 0, max: COMPANY.length - 1 }), { minLength: 0, maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 14 },
  )
  .map((docs) =>
    docs.map(({ who, company }, d): DocumentExtraction => {
      const doc = `n${String(d).padStart(2, "0")}`;
      let text = "";
      const mentions: Mention[] = [];
      const add = (name: string, kind: EntityKind, title?: string) => {
        const titled = title && !name.includes(" ") ? `${title} ${name}` : undefined;
        const start = text.length + (titled ? title!.length + 1 : 0);
        text += `${titled ?? name} met. `;
        mentions.push({ doc, sentence: 0, start, end: start + name.length, text: name, name, kind, confidence: 0.9, ...(titled ? { surface: titled } : {}) });
      };
      for (const w of who) add(w.name, "person", w.title);
      for (const c of company) add(COMPANY[c]![0], COMPANY[c]![1]);
      return { doc, sentences: [{ index: 0, start: 0, end: text.length, text }], mentions, events: [], triples: [], claims: [], diagnostics: [] };
    }),
  );

describe("resolveCorpus properties", () => {
  it("between namesakes: independent of article order, and no node holds two full names of different given names", () => {
    fc.assert(
      fc.property(namesakeCorpus, fc.integer(), (docs, salt) => {
        const shuffled = docs.map((d, i) => ({ d, k: Math.imul(i + 1, salt | 1) ^ (salt >>> 3) })).sort((a, b) => a.k - b.k).map((x) => x.d);
        const r = resolveCorpus(docs);
        expect(JSON.stringify(resolveCorpus(shuffled))).toBe(JSON.stringify(r));
        for (const e of r.entities) {
          const given = new Set(e.aliases.filter((a) => a.includes(" ") && !/^(Mr|Ms|Dr) /.test(a)).map((a) => a.split(" ")[0]));
          expect(given.size, `${e.id}: ${e.aliases.join(", ")}`).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300, seed: 13 },
    );
  });

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
