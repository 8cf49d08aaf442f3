/**
 * A name one article introduces with a work noun ("the film X") is no entity
 * where another article names it bare, unless something in the corpus makes
 * it a person's.
 */
import { describe, expect, it } from "vitest";
import { dropCorpusWorks } from "../../src/resolve/corpus-works.js";
import type { DocumentExtraction } from "../../src/schema/index.js";
import { extract, mentionKeys } from "../extract/helpers.js";
import { article } from "../helpers/articles.js";

function withWorks(x: DocumentExtraction, works: string[]): DocumentExtraction {
  return { ...x, works };
}

describe("works across the corpus", () => {
  it("records the names an article introduces with a work noun, not those that are only part of an award", () => {
    const x = extract("The film Tovan Nights opened in London. Ana Ortiz won the Vell Brask Award for it.");
    expect(x.works).toEqual(["Tovan Nights"]);
    expect(mentionKeys(x)).not.toContain("person:Tovan Nights");
  });

  it("drops the bare name elsewhere, with the triples and event roles that used it", () => {
    const a = withWorks(article("a", "The film Tovan Nights opened.", []), ["Tovan Nights"]);
    const b: DocumentExtraction = {
      ...article("b", "Tovan Nights beat Ana Ortiz.", [{ text: "Tovan Nights" }, { text: "Ana Ortiz" }]),
      triples: [{ subject: { mention: 0 }, predicate: "related_to", object: { mention: 1 }, confidence: 0.5, evidence: { doc: "b", sentence: 0, start: 0, end: 0, quote: "" } }],
    };
    const { extractions, dropped } = dropCorpusWorks([a, b]);
    expect(dropped).toBe(1);
    expect(extractions[1]!.mentions.map((m) => m.name)).toEqual(["Ana Ortiz"]);
    expect(extractions[1]!.triples).toEqual([]);
  });

  it("keeps a name some article gives a title, a form of address or a short form", () => {
    const a = withWorks(article("a", "The film Ray Tovan opened.", []), ["Ray Tovan"]);
    const b = article("b", "Ray Tovan sang.", [{ text: "Ray Tovan" }]);
    const c = article("c", "Mr Tovan sang.", [{ text: "Tovan", ref: "Ray Tovan", surface: "Mr Tovan" }]);
    const { extractions, dropped } = dropCorpusWorks([a, b, c]);
    expect(dropped).toBe(0);
    expect(extractions[1]!.mentions.map((m) => m.name)).toEqual(["Ray Tovan"]);
  });

  it("does not depend on article order", () => {
    const a = withWorks(article("a", "The film Tovan Nights opened.", []), ["Tovan Nights"]);
    const b = article("b", "Tovan Nights won.", [{ text: "Tovan Nights" }]);
    const one = dropCorpusWorks([a, b]).extractions.find((x) => x.doc === "b")!;
    const two = dropCorpusWorks([b, a]).extractions.find((x) => x.doc === "b")!;
    expect(one).toEqual(two);
  });
});
