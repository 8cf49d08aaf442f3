/**
 * Corpus-wide resolution of middle names and initials, on invented names:
 * "Gordon K. Vellmar", "Gordon Keir Vellmar" and "Gordon Vellmar" are one
 * person when the given name and surname agree and no other middle initial
 * competes; two middle initials keep two people, and the name without a
 * middle then stays apart unless one of them has five times the mentions.
 */
import { describe, expect, it } from "vitest";
import { resolveCorpus } from "../../src/resolve/resolve-corpus.js";
import type { DocumentExtraction } from "../../src/schema/index.js";
import { article } from "../helpers/articles.js";

/** `n` articles naming `name` once each, with ids `prefix00`, `prefix01`, … */
function many(n: number, name: string, prefix: string): DocumentExtraction[] {
  return Array.from({ length: n }, (_, i) => article(`${prefix}${String(i).padStart(2, "0")}`, `${name} spoke.`, [{ text: name }]));
}

const people = (r: ReturnType<typeof resolveCorpus>) => r.entities.filter((e) => e.kind === "person").map((e) => e.label).sort();
const node = (r: ReturnType<typeof resolveCorpus>, label: string) => r.entities.find((e) => e.label === label)!;

describe("middle names and initials", () => {
  const cases: Array<{ name: string; docs: DocumentExtraction[]; expected: string[]; joined?: Array<[string, string]> }> = [
    {
      name: "a dropped middle initial joins, with or without its full stop",
      docs: [...many(3, "Gordon K Vellmar", "a"), ...many(1, "Gordon K. Vellmar", "b"), ...many(2, "Gordon Vellmar", "c")],
      expected: ["Gordon K Vellmar"],
      joined: [["Gordon K Vellmar", "Gordon Vellmar"]],
    },
    {
      name: "a dropped middle name joins",
      docs: [...many(2, "Anna Louise Brisk", "a"), ...many(2, "Anna Brisk", "b")],
      expected: ["Anna Louise Brisk"],
      joined: [["Anna Louise Brisk", "Anna Brisk"]],
    },
    {
      name: "a middle name and its initial are one person, and the name without either joins them",
      docs: [...many(3, "Anna Louise Brisk", "a"), ...many(1, "Anna L. Brisk", "b"), ...many(1, "Anna Brisk", "c")],
      expected: ["Anna Louise Brisk"],
      joined: [["Anna Louise Brisk", "Anna L. Brisk"], ["Anna Louise Brisk", "Anna Brisk"]],
    },
    {
      name: "two initials written together or apart are the same initials",
      docs: [...many(2, "Peter H. W. Tormody", "a"), ...many(1, "Peter HW Tormody", "b")],
      expected: ["Peter H. W. Tormody"],
      joined: [["Peter H. W. Tormody", "Peter HW Tormody"]],
    },
    {
      name: "the form with the middle initial names the node, even when the bare name is more frequent",
      docs: [...many(1, "Gordon K Vellmar", "a"), ...many(4, "Gordon Vellmar", "b")],
      expected: ["Gordon K Vellmar"],
      joined: [["Gordon K Vellmar", "Gordon Vellmar"]],
    },
    {
      name: "two middle initials are two people, and the bare name between comparable ones stays apart",
      docs: [...many(3, "John A. Tormody", "a"), ...many(2, "John B. Tormody", "b"), ...many(2, "John Tormody", "c")],
      expected: ["John A. Tormody", "John B. Tormody", "John Tormody"],
    },
    {
      name: "the bare name joins the middle initial with five times the mentions of the other",
      docs: [...many(10, "John A. Tormody", "a"), ...many(2, "John B. Tormody", "b"), ...many(1, "John Tormody", "c")],
      expected: ["John A. Tormody", "John B. Tormody"],
      joined: [["John A. Tormody", "John Tormody"]],
    },
    {
      name: "four times the mentions is not enough",
      docs: [...many(8, "John A. Tormody", "a"), ...many(2, "John B. Tormody", "b"), ...many(1, "John Tormody", "c")],
      expected: ["John A. Tormody", "John B. Tormody", "John Tormody"],
    },
    {
      name: "one initial and two initials do not agree",
      docs: [...many(2, "Peter H. W. Tormody", "a"), ...many(2, "Peter W. Tormody", "b")],
      expected: ["Peter H. W. Tormody", "Peter W. Tormody"],
    },
    {
      name: "two written-out middle names with one initial are two people; their initial alone and the bare name stay apart",
      docs: [...many(2, "Anna Louise Brisk", "a"), ...many(2, "Anna Lucy Brisk", "b"), ...many(1, "Anna L. Brisk", "c"), ...many(1, "Anna Brisk", "d")],
      expected: ["Anna Brisk", "Anna L. Brisk", "Anna Louise Brisk", "Anna Lucy Brisk"],
    },
    {
      name: "a first word that is no given name has no middle names (an organization read as a person)",
      docs: [...many(2, "Harrow Credit Binley", "a"), ...many(2, "Harrow Binley", "b")],
      expected: ["Harrow Binley", "Harrow Credit Binley"],
    },
    {
      name: "a different given name is a different person",
      docs: [...many(2, "Gordon K Vellmar", "a"), ...many(2, "Peter Vellmar", "b")],
      expected: ["Gordon K Vellmar", "Peter Vellmar"],
    },
    {
      name: "a different surname is a different person",
      docs: [...many(2, "Gordon K Vellmar", "a"), ...many(2, "Gordon Velk", "b")],
      expected: ["Gordon K Vellmar", "Gordon Velk"],
    },
    {
      name: "after the join the lone surname has one full name to go to",
      docs: [...many(2, "Gordon K Vellmar", "a"), ...many(2, "Gordon Vellmar", "b"), article("c", "Vellmar spoke.", [{ text: "Vellmar" }])],
      expected: ["Gordon K Vellmar"],
      joined: [["Gordon K Vellmar", "Gordon Vellmar"], ["Gordon K Vellmar", "Vellmar"]],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = resolveCorpus(c.docs);
      expect(people(r)).toEqual(c.expected);
      for (const [into, form] of c.joined ?? []) {
        expect(node(r, into).mergedFrom).toEqual(expect.arrayContaining([expect.objectContaining({ form })]));
      }
      // Every join of these names is recorded as a middle-initial join, except the lone surname's.
      for (const e of r.entities) for (const m of e.mergedFrom ?? []) if (m.form.includes(" ")) expect(m.rule).toBe("middle-initial");
    });
  }

  it("never gives one namesake's names to the other", () => {
    const r = resolveCorpus([...many(3, "John A. Tormody", "a"), ...many(2, "John B. Tormody", "b"), ...many(2, "John Tormody", "c")]);
    expect(node(r, "John A. Tormody").aliases).toEqual(["John A. Tormody"]);
    expect(node(r, "John B. Tormody").aliases).toEqual(["John B. Tormody"]);
  });

  it("records the sources of the joined name and redirects its key", () => {
    const r = resolveCorpus([...many(2, "Gordon K Vellmar", "a"), ...many(1, "Gordon Vellmar", "b")]);
    expect(node(r, "Gordon K Vellmar").mergedFrom).toEqual([{ form: "Gordon Vellmar", docs: ["b00"], rule: "middle-initial" }]);
    expect(node(r, "Gordon K Vellmar").sources).toEqual(["a00", "a01", "b00"]);
    expect(r.redirects?.["person:gordon-vellmar"]).toBe("person:gordon-k-vellmar");
  });
});
