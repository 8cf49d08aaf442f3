/**
 * Corpus-wide resolution of a lone surname between namesakes by its
 * article's context, on invented names: "Vellmar" in an article about the
 * Norland Party goes to the Gordon Vellmar whose articles name that party,
 * and in one about Harrow Rovers to the footballer Peter Vellmar; it stays
 * apart when the context supports both, too little, or someone else.
 */
import { describe, expect, it } from "vitest";
import { resolveCorpus } from "../../src/resolve/resolve-corpus.js";
import type { DocumentExtraction, EntityKind } from "../../src/schema/index.js";
import { article } from "../helpers/articles.js";

const POLITICS: Array<[string, EntityKind]> = [["Norland Party", "organization"], ["Ashby", "place"], ["Treasury Office", "organization"]];
const FOOTBALL: Array<[string, EntityKind]> = [["Harrow Rovers", "organization"], ["Binley Park", "place"], ["Anna Brisk", "person"]];

/** An article naming `who` (as written) and the given context, one sentence. */
function story(doc: string, who: Array<{ text: string; surface?: string; ref?: string; role?: string }>, context: Array<[string, EntityKind]>): DocumentExtraction {
  const names = [...who.map((w) => w.surface ?? w.text), ...context.map(([n]) => n)];
  return article(doc, `${names.join(" met ")}.`, [...who, ...context.map(([text, kind]) => ({ text, kind }))]);
}

/** Three articles about each namesake: comparable mentions, so neither dominates the surname. */
const NAMESAKES = [
  ...["g1", "g2", "g3"].map((d) => story(d, [{ text: "Gordon Vellmar" }], POLITICS)),
  ...["p1", "p2", "p3"].map((d) => story(d, [{ text: "Peter Vellmar" }], FOOTBALL)),
];

const people = (r: ReturnType<typeof resolveCorpus>) => r.entities.filter((e) => e.kind === "person").map((e) => e.label).sort();
const node = (r: ReturnType<typeof resolveCorpus>, label: string) => r.entities.find((e) => e.label === label)!;

describe("a lone surname between namesakes, by its article's context", () => {
  const cases: Array<{ name: string; docs: DocumentExtraction[]; vellmar: boolean; joined?: [string, string, string] }> = [
    {
      name: "joins the namesake whose articles name the same party and place",
      docs: [...NAMESAKES, story("x", [{ text: "Vellmar" }], POLITICS.slice(0, 2))],
      vellmar: false,
      joined: ["Gordon Vellmar", "Vellmar", "x"],
    },
    {
      name: "joins the other namesake in an article of the other's world",
      docs: [...NAMESAKES, story("x", [{ text: "Vellmar" }], FOOTBALL)],
      vellmar: false,
      joined: ["Peter Vellmar", "Vellmar", "x"],
    },
    {
      name: "a title with a man's gender joins the man",
      docs: [...NAMESAKES, story("x", [{ text: "Vellmar", surface: "Mr Vellmar" }], POLITICS)],
      vellmar: false,
      joined: ["Gordon Vellmar", "Mr Vellmar", "x"],
    },
    {
      name: "stays apart when the context names both namesakes' company",
      docs: [...NAMESAKES, story("x", [{ text: "Vellmar" }], [POLITICS[0]!, POLITICS[1]!, FOOTBALL[0]!, FOOTBALL[1]!])],
      vellmar: true,
    },
    {
      name: "stays apart when only one node is shared",
      docs: [...NAMESAKES, story("x", [{ text: "Vellmar" }], [POLITICS[0]!, ["Kesting", "place"]])],
      vellmar: true,
    },
    {
      name: "stays apart when the article says she and the context is the man's",
      docs: [...NAMESAKES, story("x", [{ text: "Vellmar", surface: "Ms Vellmar" }], POLITICS)],
      vellmar: true,
    },
    {
      name: "stays apart when the article gives a title the namesake is never written with",
      docs: [...NAMESAKES, story("x", [{ text: "Vellmar", surface: "Dr Vellmar" }], POLITICS)],
      vellmar: true,
    },
    {
      name: "joins with that title when the namesake is written with it elsewhere",
      docs: [...NAMESAKES, story("g4", [{ text: "Dr Gordon Vellmar" }], POLITICS), story("x", [{ text: "Vellmar", surface: "Dr Vellmar" }], POLITICS)],
      vellmar: false,
      joined: ["Gordon Vellmar", "Vellmar", "x"],
    },
    {
      name: "stays apart when the article gives a role the namesake is never seen in",
      docs: [...NAMESAKES, story("x", [{ text: "Vellmar", surface: "President Vellmar", role: "President" }], POLITICS)],
      vellmar: true,
    },
    {
      name: "joins with that role when the namesake is seen in it elsewhere",
      docs: [...NAMESAKES, story("g4", [{ text: "Gordon Vellmar", surface: "President Gordon Vellmar", role: "President" }], POLITICS), story("x", [{ text: "Vellmar", surface: "President Vellmar", role: "President" }], POLITICS)],
      vellmar: false,
      joined: ["Gordon Vellmar", "Vellmar", "x"],
    },
    {
      name: "stays apart when the text gives another full name with the surname",
      docs: [...NAMESAKES, article("x", "Carl Vellmar met Norland Party and Ashby.", [{ text: "Vellmar" }, { text: "Norland Party", kind: "organization" }, { text: "Ashby", kind: "place" }])],
      vellmar: true,
    },
    {
      name: "stays apart when the surname is written before another name (a first name here)",
      docs: [...NAMESAKES, article("x", "Vellmar Tormody met Norland Party and Ashby.", [{ text: "Vellmar" }, { text: "Norland Party", kind: "organization" }, { text: "Ashby", kind: "place" }])],
      vellmar: true,
    },
    {
      name: "a day after the surname is not another name",
      docs: [...NAMESAKES, article("x", "Vellmar Monday met Norland Party and Ashby.", [{ text: "Vellmar" }, { text: "Norland Party", kind: "organization" }, { text: "Ashby", kind: "place" }])],
      vellmar: false,
      joined: ["Gordon Vellmar", "Vellmar", "x"],
    },
    {
      name: "an initial in the text that is not the namesake's keeps it apart",
      docs: [...NAMESAKES, article("x", "W Vellmar met Norland Party and Ashby.", [{ text: "Vellmar" }, { text: "Norland Party", kind: "organization" }, { text: "Ashby", kind: "place" }])],
      vellmar: true,
    },
    {
      name: "joins the namesake the text names in full, even where the extractor read only the surname",
      docs: [...NAMESAKES, article("x", "Peter Vellmar met Norland Party and Ashby.", [{ text: "Vellmar" }, { text: "Norland Party", kind: "organization" }, { text: "Ashby", kind: "place" }])],
      vellmar: false,
      joined: ["Peter Vellmar", "Vellmar", "x"],
    },
    {
      name: "joins the one namesake the article names, when its coreference missed the surname",
      docs: [...NAMESAKES, story("x", [{ text: "Peter Vellmar" }, { text: "Vellmar" }], POLITICS)],
      vellmar: false,
      joined: ["Peter Vellmar", "Vellmar", "x"],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = resolveCorpus(c.docs);
      const full = ["Anna Brisk", "Gordon Vellmar", "Peter Vellmar"];
      expect(people(r).filter((p) => full.includes(p))).toEqual(full);
      // The surname keeps a node of its own ("Vellmar", "Ms Vellmar") exactly when it is kept apart.
      expect(people(r).some((p) => !full.includes(p))).toBe(c.vellmar);
      if (c.joined) {
        const [into, form, doc] = c.joined;
        expect(node(r, into).mergedFrom).toEqual(expect.arrayContaining([{ form, docs: [doc], rule: "surname-context" }]));
        expect(node(r, into).sources).toContain(doc);
        const other = into === "Gordon Vellmar" ? "Peter Vellmar" : "Gordon Vellmar";
        // Never the other namesake's names.
        expect(node(r, other).aliases).toEqual([other]);
        expect(node(r, other).sources).not.toContain(doc);
      } else {
        for (const e of r.entities) for (const m of e.mergedFrom ?? []) expect(m.rule).not.toBe("surname-context");
      }
    });
  }

  it("splits one surname's articles between the namesakes, keeps the undecided one, and redirects nothing", () => {
    const r = resolveCorpus([
      ...NAMESAKES,
      story("x", [{ text: "Vellmar" }], POLITICS),
      story("y", [{ text: "Vellmar" }], FOOTBALL),
      story("z", [{ text: "Vellmar" }], [["Kesting", "place"]]),
    ]);
    expect(people(r)).toEqual(["Anna Brisk", "Gordon Vellmar", "Peter Vellmar", "Vellmar"]);
    expect(node(r, "Gordon Vellmar").sources).toEqual(["g1", "g2", "g3", "x"]);
    expect(node(r, "Peter Vellmar").sources).toEqual(["p1", "p2", "p3", "y"]);
    expect(node(r, "Vellmar").sources).toEqual(["z"]);
    expect(node(r, "Vellmar").mentions).toBe(1);
    expect(r.redirects?.["person:vellmar"]).toBeUndefined();
  });

  it("redirects the surname's key when all of it went to one namesake", () => {
    const r = resolveCorpus([...NAMESAKES, story("x", [{ text: "Vellmar" }], POLITICS), story("y", [{ text: "Vellmar" }], POLITICS)]);
    expect(people(r)).toEqual(["Anna Brisk", "Gordon Vellmar", "Peter Vellmar"]);
    expect(node(r, "Gordon Vellmar").mergedFrom).toEqual([{ form: "Vellmar", docs: ["x", "y"], rule: "surname-context" }]);
    expect(r.redirects?.["person:vellmar"]).toBe("person:gordon-vellmar");
  });

  it("does not depend on the order of the articles", () => {
    const docs = [...NAMESAKES, story("x", [{ text: "Vellmar" }], POLITICS), story("y", [{ text: "Vellmar" }], FOOTBALL), story("z", [{ text: "Vellmar" }], [["Kesting", "place"]])];
    const expected = JSON.stringify(resolveCorpus(docs));
    for (const order of [[...docs].reverse(), [docs[7]!, ...docs.slice(0, 7), ...docs.slice(8)], [...docs.slice(5), ...docs.slice(0, 5)]]) {
      expect(JSON.stringify(resolveCorpus(order))).toBe(expected);
    }
  });

  it("leaves alone a lone country read as a person", () => {
    const docs = [
      ...["g1", "g2", "g3"].map((d) => story(d, [{ text: "Gordon Jordan" }], POLITICS)),
      ...["p1", "p2", "p3"].map((d) => story(d, [{ text: "Peter Jordan" }], FOOTBALL)),
      story("x", [{ text: "Jordan" }], POLITICS),
    ];
    expect(people(resolveCorpus(docs))).toEqual(["Anna Brisk", "Gordon Jordan", "Jordan", "Peter Jordan"]);
  });

  it("a curated distinct pair keeps the surname from the namesake", () => {
    const r = resolveCorpus([...NAMESAKES, story("x", [{ text: "Vellmar" }], POLITICS)], { distinct: [["Vellmar", "Gordon Vellmar"]] });
    expect(people(r)).toEqual(["Anna Brisk", "Gordon Vellmar", "Peter Vellmar", "Vellmar"]);
  });
});
