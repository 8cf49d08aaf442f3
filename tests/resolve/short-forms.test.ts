/**
 * Corpus-wide resolution of short forms, on invented names: peerage and
 * honorific forms, gendered titles, acronyms, and curated `distinct` pairs.
 * Extractions are written by hand (one sentence per article) so that each
 * case tests the resolution rule alone.
 */
import { describe, expect, it } from "vitest";
import { resolveCorpus } from "../../src/resolve/resolve-corpus.js";
import type { DocumentExtraction } from "../../src/schema/index.js";
import { article } from "../helpers/articles.js";

/** `n` articles naming the full name. */
function many(n: number, name: string, prefix = "f"): DocumentExtraction[] {
  return Array.from({ length: n }, (_, i) => article(`${prefix}${String(i).padStart(2, "0")}`, `${name} spoke.`, [{ text: name }]));
}

const people = (r: ReturnType<typeof resolveCorpus>) => r.entities.filter((e) => e.kind === "person").map((e) => e.label).sort();
const node = (r: ReturnType<typeof resolveCorpus>, label: string) => r.entities.find((e) => e.label === label)!;

describe("peerage and honorific forms", () => {
  const cases: Array<{ name: string; docs: DocumentExtraction[]; expected: string[]; joined?: [string, string, string] }> = [
    {
      name: "Baron X joins the one full name",
      docs: [...many(3, "Gordon Vellmar"), article("b", "Baron Vellmar spoke in the Lords.", [{ text: "Baron Vellmar" }])],
      expected: ["Gordon Vellmar"],
      joined: ["Gordon Vellmar", "Baron Vellmar", "peerage"],
    },
    {
      name: "Lord X of Y joins, and Y is no person",
      docs: [...many(3, "Gordon Vellmar"), article("b", "Lord Vellmar of Ashby said no.", [{ text: "Vellmar", surface: "Lord Vellmar", ref: "Vellmar" }, { text: "Ashby" }])],
      expected: ["Gordon Vellmar"],
      joined: ["Gordon Vellmar", "Lord Vellmar", "peerage"],
    },
    {
      name: "Sir A X is A X",
      docs: [...many(2, "Gordon Vellmar"), article("b", "Sir Gordon Vellmar Smith spoke.", [{ text: "Sir Gordon Vellmar", name: "Sir Gordon Vellmar" }])],
      expected: ["Gordon Vellmar"],
      joined: ["Gordon Vellmar", "Sir Gordon Vellmar", "honorific"],
    },
    {
      name: "Lord X joins the dominant full name among namesakes",
      docs: [...many(10, "Gordon Vellmar"), ...many(1, "Peter Vellmar", "p"), article("b", "Lord Vellmar spoke.", [{ text: "Vellmar", surface: "Lord Vellmar" }])],
      expected: ["Gordon Vellmar", "Peter Vellmar"],
      joined: ["Gordon Vellmar", "Lord Vellmar", "peerage-dominant"],
    },
    {
      name: "Lord X stays apart between comparable namesakes",
      docs: [...many(3, "Gordon Vellmar"), ...many(2, "Peter Vellmar", "p"), article("b", "Lord Vellmar spoke.", [{ text: "Vellmar", surface: "Lord Vellmar" }])],
      expected: ["Gordon Vellmar", "Lord Vellmar", "Peter Vellmar"],
    },
    {
      name: "Lady X does not join a man's name, and joins the woman's",
      docs: [...many(10, "Gordon Vellmar"), ...many(1, "Sarah Vellmar", "s"), article("b", "Lady Vellmar spoke.", [{ text: "Vellmar", surface: "Lady Vellmar" }])],
      expected: ["Gordon Vellmar", "Sarah Vellmar"],
      joined: ["Sarah Vellmar", "Lady Vellmar", "peerage"],
    },
    {
      name: "Mrs X with only a man's full name in the corpus stays apart",
      docs: [...many(10, "Gordon Vellmar"), article("b", "Mrs Vellmar spoke.", [{ text: "Vellmar", surface: "Mrs Vellmar" }])],
      expected: ["Gordon Vellmar", "Mrs Vellmar"],
    },
    {
      name: "Dame A X joins A X",
      docs: [...many(2, "Alice Tormody"), article("b", "Dame Alice Tormody sang.", [{ text: "Dame Alice Tormody", name: "Dame Alice Tormody" }])],
      expected: ["Alice Tormody"],
      joined: ["Alice Tormody", "Dame Alice Tormody", "honorific"],
    },
    {
      name: "Sir + a given name is not a surname",
      docs: [...many(2, "Henry Alan"), article("b", "Sir Alan spoke.", [{ text: "Sir Alan", name: "Sir Alan" }])],
      expected: ["Henry Alan", "Sir Alan"],
    },
    {
      name: "a surname that is a common given name does not pick the dominant of several",
      docs: [...many(10, "George Michael"), ...many(1, "Anna Michael", "a"), article("b", "Michael spoke.", [{ text: "Michael" }])],
      expected: ["Anna Michael", "George Michael", "Michael"],
    },
    {
      name: "a particle surname joins its full name",
      docs: [...many(2, "Pieter van Droom"), article("b", "van Droom spoke.", [{ text: "van Droom" }])],
      expected: ["Pieter van Droom"],
      joined: ["Pieter van Droom", "van Droom", "surname"],
    },
    {
      name: "a hyphenated surname joins its full name",
      docs: [...many(2, "Anna Brisk-Tolley"), article("b", "Brisk-Tolley spoke.", [{ text: "Brisk-Tolley" }])],
      expected: ["Anna Brisk-Tolley"],
      joined: ["Anna Brisk-Tolley", "Brisk-Tolley", "surname"],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = resolveCorpus(c.docs);
      expect(people(r)).toEqual(c.expected);
      if (c.joined) {
        const [into, form, rule] = c.joined;
        expect(node(r, into).mergedFrom).toEqual(expect.arrayContaining([expect.objectContaining({ form, rule })]));
      }
    });
  }

  it("re-points a man's title that the article gave to his wife", () => {
    const r = resolveCorpus([
      article("a", "Gordon Vellmar and Sarah Vellmar came; Mr Vellmar spoke.", [
        { text: "Gordon Vellmar" }, { text: "Sarah Vellmar" }, { text: "Vellmar", surface: "Mr Vellmar", ref: "Sarah Vellmar" },
      ]),
    ]);
    expect(node(r, "Sarah Vellmar").aliases).not.toContain("Mr Vellmar");
    expect(node(r, "Gordon Vellmar").aliases).toContain("Mr Vellmar");
  });
});

describe("acronyms", () => {
  it("joins an acronym its article defines, in that article and in others", () => {
    const r = resolveCorpus([
      article("a", "The Child Benefit Office (CBO) said claims rose.", [{ text: "Child Benefit Office", kind: "organization" }, { text: "CBO", kind: "organization" }]),
      article("b", "The CBO was busy.", [{ text: "CBO", kind: "organization" }]),
    ]);
    const orgs = r.entities.filter((e) => e.kind === "organization");
    expect(orgs.map((e) => e.label)).toEqual(["Child Benefit Office"]);
    expect(orgs[0]!.sources).toEqual(["a", "b"]);
    expect(orgs[0]!.mergedFrom!.map((m) => m.rule).sort()).toEqual(["acronym", "acronym-defined"]);
    expect(r.redirects?.["organization:cbo"]).toBe("organization:child-benefit-office");
  });

  it("a definition in the article overrides a lexicon's reading of the acronym", () => {
    const r = resolveCorpus([
      article("a", "The Harbour Safety Board (HSB) met.", [{ text: "Harbour Safety Board", kind: "organization" }, { text: "HSB", kind: "force", canonical: "Highland Strike Brigade" }]),
    ]);
    expect(r.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:Harbour Safety Board"]);
  });

  it("joins initials to the organization named in the same article, and an &-firm to its initials", () => {
    const r = resolveCorpus([
      article("a", "The Bank of Norland raised rates; the BN said so.", [{ text: "Bank of Norland", kind: "organization" }, { text: "BN", kind: "organization" }]),
      article("b", "Harrow & Binley shares rose as H&B said sales grew.", [{ text: "Harrow & Binley", kind: "organization" }, { text: "H&B", kind: "organization" }]),
    ]);
    expect(r.entities.map((e) => e.label).sort()).toEqual(["Bank of Norland", "Harrow & Binley"]);
    expect(node(r, "Harrow & Binley").mergedFrom).toEqual([{ form: "H&B", docs: ["b"], rule: "acronym-initials" }]);
  });

  it("keeps an acronym apart when the corpus never ties it to an expansion, or ties it to two equally", () => {
    const none = resolveCorpus([
      article("a", "The Child Benefit Office said claims rose.", [{ text: "Child Benefit Office", kind: "organization" }]),
      article("b", "The CBO was busy.", [{ text: "CBO", kind: "organization" }]),
    ]);
    expect(none.entities.map((e) => e.label).sort()).toEqual(["CBO", "Child Benefit Office"]);
    const two = resolveCorpus([
      article("a", "The Child Benefit Office (CBO) said so.", [{ text: "Child Benefit Office", kind: "organization" }, { text: "CBO", kind: "organization" }]),
      article("b", "The Coastal Border Organisation (CBO) said so.", [{ text: "Coastal Border Organisation", kind: "organization" }, { text: "CBO", kind: "organization" }]),
      article("c", "The CBO was busy.", [{ text: "CBO", kind: "organization" }]),
    ]);
    expect(two.entities.map((e) => e.label).sort()).toEqual(["CBO", "Child Benefit Office", "Coastal Border Organisation"]);
  });

  it("joins a well-known acronym to its expansion from the general lexicon", () => {
    const r = resolveCorpus([
      article("a", "The OECD said growth slowed.", [{ text: "OECD", kind: "organization" }]),
      article("b", "The Organisation for Economic Co-operation and Development met.", [{ text: "Organisation for Economic Co-operation and Development", kind: "organization" }]),
    ]);
    expect(r.entities).toHaveLength(1);
    expect(r.entities[0]!.mergedFrom).toEqual([{ form: "OECD", docs: ["a"], rule: "acronym-lexicon" }]);
  });
});

describe("curated distinct pairs", () => {
  const docs = [...many(10, "Gordon Vellmar"), article("b", "Vellmar spoke.", [{ text: "Vellmar" }]), article("c", "Dr Vellmar spoke.", [{ text: "Vellmar", surface: "Dr Vellmar" }])];

  it("without a pair the surname joins; with it, by name or by node key, it never does", () => {
    expect(people(resolveCorpus(docs))).toEqual(["Gordon Vellmar"]);
    for (const pair of [["Vellmar", "Gordon Vellmar"], ["Gordon Vellmar", "vellmar"], ["person:vellmar", "person:gordon-vellmar"]] as Array<[string, string]>) {
      expect(people(resolveCorpus(docs, { distinct: [pair] }))).toEqual(["Gordon Vellmar", "Vellmar"]);
    }
  });

  it("holds transitively: a spelling variant of the full name cannot carry the surname in", () => {
    const r = resolveCorpus([...docs, ...many(1, "Gordon Velmar", "v")], { distinct: [["Vellmar", "Gordon Velmar"]] });
    const gordon = r.entities.find((e) => e.label === "Gordon Vellmar")!;
    const forms = (gordon.mergedFrom ?? []).map((m) => m.form);
    // One of the two joins Gordon Vellmar, never both.
    expect(forms.includes("Vellmar") && forms.includes("Gordon Velmar")).toBe(false);
  });

  it("undoes the article's own coreference between the two names", () => {
    const r = resolveCorpus([article("a", "Gordon Vellmar came. Vellmar spoke.", [{ text: "Gordon Vellmar" }, { text: "Vellmar", ref: "Gordon Vellmar" }])], {
      distinct: [["Vellmar", "Gordon Vellmar"]],
    });
    expect(people(r)).toEqual(["Gordon Vellmar", "Vellmar"]);
  });

  it("keeps an acronym from its expansion", () => {
    const r = resolveCorpus(
      [article("a", "The Child Benefit Office (CBO) said so.", [{ text: "Child Benefit Office", kind: "organization" }, { text: "CBO", kind: "organization" }])],
      { distinct: [["CBO", "Child Benefit Office"]] },
    );
    expect(r.entities.map((e) => e.label).sort()).toEqual(["CBO", "Child Benefit Office"]);
  });
});
