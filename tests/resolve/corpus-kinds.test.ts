import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpusKinds, harmonizeKinds, mayChange } from "../../src/resolve/corpus-kinds.js";
import type { DocumentExtraction, EntityKind, Mention } from "../../src/schema/index.js";

/**
 * One kind per name across the corpus (src/resolve/corpus-kinds.ts), on
 * invented names: each article is a list of [name, kind, confidence].
 */
type Row = [string, EntityKind, number?];

function article(doc: string, rows: Row[], triples: DocumentExtraction["triples"] = []): DocumentExtraction {
  const mentions: Mention[] = rows.map(([name, kind, confidence], i) => ({ doc, sentence: 0, start: i * 10, end: i * 10 + name.length, text: name, name, kind, confidence: confidence ?? 0.85 }));
  return { doc, sentences: [], mentions, events: [], triples, claims: [], diagnostics: [] };
}

/** n articles that each name `name` once as `kind`. */
function many(n: number, name: string, kind: EntityKind, from = 0): DocumentExtraction[] {
  return Array.from({ length: n }, (_, i) => article(`d${from + i}`, [[name, kind]]));
}

const kindsOf = (xs: DocumentExtraction[], name: string) => xs.flatMap((x) => x.mentions.filter((m) => m.name === name).map((m) => m.kind));

describe("harmonizeKinds", () => {
  it("gives a name's stray mention the kind the corpus nearly always gives it", () => {
    const corpus = [...many(8, "Orvane Systems", "organization"), article("stray", [["Orvane Systems", "person"]])];
    const { extractions, changes } = harmonizeKinds(corpus);
    expect(kindsOf(extractions, "Orvane Systems").every((k) => k === "organization")).toBe(true);
    expect(changes).toEqual([{ name: "orvane systems", from: "person", to: "organization", mentions: 1 }]);
  });
  it("leaves a name alone when its kinds are both common", () => {
    const corpus = [...many(6, "Vellmark", "organization"), ...many(3, "Vellmark", "person", 10)];
    expect(corpusKinds(corpus).has("vellmark")).toBe(false);
  });
  it("needs the majority in two articles at least", () => {
    const one = article("a", Array.from({ length: 8 }, (): Row => ["Orvane Systems", "organization"]));
    expect(corpusKinds([one, article("b", [["Orvane Systems", "person"]])]).has("orvane systems")).toBe(false);
  });
  it("weighs each mention by how sure it is of its kind", () => {
    // Eight weak organization readings (0.3) against one sure person reading (0.9): no clear majority.
    const corpus = [...Array.from({ length: 8 }, (_, i) => article(`d${i}`, [["Tomas Brekke", "organization", 0.3]])), article("p", [["Tomas Brekke", "person", 0.9]])];
    expect(corpusKinds(corpus).has("tomas brekke")).toBe(false);
  });
  it("keeps a known place's club reading", () => {
    const corpus = [article("lex", [["Vellmark", "place", 0.95]]), ...many(8, "Vellmark", "place"), article("club", [["Vellmark", "organization"]])];
    expect(kindsOf(harmonizeKinds(corpus).extractions, "Vellmark")).toContain("organization");
  });
  it("never changes a mention read from a lexicon", () => {
    const corpus = [...many(8, "Orvane Systems", "organization"), article("lex", [["Orvane Systems", "person", 0.95]])];
    expect(kindsOf(harmonizeKinds(corpus).extractions, "Orvane Systems")).toContain("person");
  });
  it("votes with a mention's within-article referent", () => {
    const stray = article("s", [["Rask", "place"]]);
    stray.mentions[0]!.ref = "Tomas Rask";
    const corpus = [...many(6, "Tomas Rask", "person"), stray];
    expect(harmonizeKinds(corpus).extractions.at(-1)!.mentions[0]!.kind).toBe("person");
  });
  it("drops a triple whose predicate no longer takes its arguments' kinds", () => {
    const stray = article("s", [["Ann Lowe", "person"], ["Orvane Systems", "place"]], [
      { subject: { mention: 0 }, predicate: "located_in", object: { mention: 1 }, confidence: 0.6, evidence: { doc: "s", sentence: 0, start: 0, end: 1, quote: "x" } },
      { subject: { mention: 0 }, predicate: "member_of", object: { mention: 1 }, confidence: 0.6, evidence: { doc: "s", sentence: 0, start: 0, end: 1, quote: "x" } },
    ]);
    const out = harmonizeKinds([...many(8, "Orvane Systems", "organization"), stray]).extractions.at(-1)!;
    expect(out.triples.map((t) => t.predicate)).toEqual(["member_of"]);
  });
  it("returns untouched articles as they are", () => {
    const corpus = [...many(8, "Orvane Systems", "organization"), article("stray", [["Orvane Systems", "person"]])];
    const out = harmonizeKinds(corpus).extractions;
    expect(out[0]).toBe(corpus[0]);
    expect(out.at(-1)).not.toBe(corpus.at(-1));
    expect(corpus.at(-1)!.mentions[0]!.kind).toBe("person");
  });
  it("does not depend on the order of the articles", () => {
    const corpus = [
      ...many(6, "Orvane Systems", "organization"),
      article("x", [["Orvane Systems", "place"], ["Tomas Rask", "organization"]]),
      ...many(5, "Tomas Rask", "person", 20),
      ...many(3, "Vellmark", "place", 40),
      ...many(3, "Vellmark", "organization", 50),
    ];
    const key = (xs: DocumentExtraction[]) => JSON.stringify([...xs].sort((a, b) => (a.doc < b.doc ? -1 : 1)).map((x) => [x.doc, x.mentions.map((m) => m.kind)]));
    const expected = key(harmonizeKinds(corpus).extractions);
    fc.assert(
      fc.property(fc.shuffledSubarray(corpus, { minLength: corpus.length, maxLength: corpus.length }), (order) => {
        expect(key(harmonizeKinds(order).extractions)).toBe(expected);
      }),
      { numRuns: 50 },
    );
  });
});

describe("mayChange: the changes never made", () => {
  it.each([
    ["an organization never becomes a place (a club, a firm named after a city)", "vellmark", "organization", "place", false, false],
    ["a place the lexicon knows keeps its place or club reading", "vellmark", "place", "organization", true, false],
    ["and is never a person", "vellmark", "place", "person", true, false],
    ["a stray person reading of a known place becomes the place", "vellmark", "person", "place", true, true],
    ["a person becomes a place only if the lexicon knows it", "vellmark", "person", "place", false, false],
    ["an organization becomes a person only with a full name opening with a given name", "orvane", "organization", "person", false, false],
    ["as here", "anna vellmar", "organization", "person", false, true],
    ["a place or a person may become an organization", "orvane systems", "person", "organization", false, true],
  ] as [string, string, EntityKind, EntityKind, boolean, boolean][])("%s", (_what, name, from, to, known, expected) => {
    expect(mayChange(name, from, to, known)).toBe(expected);
  });
});
