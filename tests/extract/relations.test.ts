import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract-article.js";
import { extract, tripleKeys } from "./helpers.js";

describe("relations", () => {
  const cases: Array<[string, string[], string[]?]> = [
    ["Syrian President Bashar al-Assad spoke.", ["Bashar al-Assad leader_of Syria"]],
    ["Putin made a stopover at the Hmeimim air base in Syria's coastal province of Latakia.", ["Hmeimim located_in Latakia", "Latakia located_in Syria"]],
    ["The Russian president was met at the Russian Hmeimim airbase near Latakia.", ["Russia has_base_at Hmeimim", "Hmeimim near Latakia"]],
    ["Russia will keep its Hmeymim air base in Syria and its naval facility in the Syrian port of Tartous, said Putin.", ["Russia has_base_at Hmeymim", "Russia has_base_at Tartous", "Tartous located_in Syria"]],
    ["Gen. Sergei Surovikin, the Russian military commander in Syria, said the military will pull out.", ["Sergei Surovikin commands Russian forces"]],
    ["Michael Horowitz, a security analyst with the Levantine Group, disagreed.", ["Michael Horowitz member_of Levantine Group"]],
    ["Russian comments do not matter, said Pentagon spokesman Eric Pahon.", ["Eric Pahon spokesperson_for Pentagon"]],
    ["Russia and Iran, which support President Assad, brokered the deal.", ["Iran supports Assad"]],
    ["Russian troops marched past.", ["Russian forces belongs_to Russia"]],
    ["Norway's Orbis Telecom reported a loss.", ["Orbis Telecom located_in Norway"]],
    ["Chile's biggest carmaker, Tarvo Motors, cut prices.", ["Tarvo Motors located_in Chile"]],
    ["Norway's entry into the Orbis Union was delayed.", [], ["Orbis Union located_in Norway"]],
    ["Norway's rival Orbis Telecom reported a loss.", [], ["Orbis Telecom located_in Norway"]],
    ["A spokeswoman for Tarvo Motors, Ana Ortiz, said the plant would close.", ["Ana Ortiz spokesperson_for Tarvo Motors"]],
    ["The chief executive of Tarvo Motors, Ana Ortiz, said sales rose.", ["Ana Ortiz leader_of Tarvo Motors"]],
    ["But Orbis Weekly's Tom Brask said the prize mattered.", ["Tom Brask member_of Orbis Weekly"]],
    ["Investors bought a stake in Tarvo Breweries, Norway's second-largest brewer, last year.", ["Tarvo Breweries located_in Norway"]],
    ["Investors bought Tarvo Breweries, Norway's rival, last year.", [], ["Tarvo Breweries located_in Norway"]],
    // Co-occurrence is not a relation.
    ["Signalling the end of Russia's military operation in Syria will go down well.", [], ["Syria located_in Russia"]],
    ["Moscow views its two-year campaign in Syria as a success.", [], ["Moscow located_in Syria"]],
    ["Putin orders Russian troops out of Syria.", [], ["Syria located_in Russia"]],
  ];
  it.each(cases)("%s", (text, must, mustNot = []) => {
    const keys = tripleKeys(extract(text));
    for (const t of must) expect(keys).toContain(t);
    for (const t of mustNot) expect(keys).not.toContain(t);
  });

  it("carries evidence: document, sentence, span and quote", () => {
    const text = "Nothing here.\nSyrian President Bashar al-Assad spoke.";
    const x = extract(text);
    const t = x.triples[0]!;
    expect(t.evidence.doc).toBe("t");
    expect(t.evidence.sentence).toBe(1);
    expect(text.slice(t.evidence.start, t.evidence.end)).toBe(t.evidence.quote);
    expect(t.evidence.quote).toBe("Syrian President Bashar al-Assad spoke.");
  });
});

describe("affiliations", () => {
  it("reads a group named as another's branch", () => {
    expect(tripleKeys(extract("The truce does not include the al-Nusra Front, an al-Qaeda group in Syria."))).toContain("al-Nusra Front affiliated_with al-Qaeda");
  });
});

describe("pronouns and titles standing for a named person", () => {
  it("gives a pronoun subject the person the sentence before named", () => {
    const x = extract("President Vladimir Putin arrived in Syria. He met President Bashar al-Assad at the base.");
    expect(tripleKeys(x)).toContain("Vladimir Putin met_with Bashar al-Assad");
    const he = x.mentions.find((m) => m.anaphor)!;
    expect(he.text).toBe("He");
    expect(he.ref).toBe("Vladimir Putin");
  });
  it("resolves 'the Russian president' to the Russian with that title", () => {
    const x = extract("Russian President Vladimir Putin and Syrian President Bashar al-Assad spoke. The Russian president then left.");
    const the = x.mentions.find((m) => m.anaphor)!;
    expect(the.text).toBe("The Russian president");
    expect(the.ref).toBe("Vladimir Putin");
  });
  it("reads a pronoun after a subordinator as the subject of its clause", () => {
    const x = extract("Ann Vellmar spoke to reporters on Monday as she visited Paris.");
    expect(tripleKeys(x)).toContain("Ann Vellmar visited Paris");
  });
  it("gives 'it' the organization that was a subject before, and 'they' only the subject of the sentence before", () => {
    expect(tripleKeys(extract("The Acme Trust has attacked Vell Industries. It accused Tom Brown of lying."))).toContain("Acme Trust accused Tom Brown");
    expect(tripleKeys(extract("The Acme Trust has attacked Vell Industries. They accused Tom Brown of lying."))).toContain("Acme Trust accused Tom Brown");
    const people = extract("Ann Smith met Bob Jones. They criticised Vell Industries.");
    expect(people.mentions.filter((m) => m.anaphor && m.text === "They")).toEqual([]);
  });
  it("reads a bare 'the company' as the body last seen as a subject, and not a described one", () => {
    expect(tripleKeys(extract("Acme Corporation has bought Vell Industries. The company sued Tom Brown on Monday."))).toContain("Acme Corporation sued Tom Brown");
    const described = extract("Acme Corporation has bought Vell Industries. The German company sued Tom Brown on Monday.");
    expect(described.mentions.filter((m) => m.anaphor && /company/.test(m.text))).toEqual([]);
  });
  it("reads a pronoun after a sentence's opening adverb", () => {
    expect(tripleKeys(extract("Ana Vellmar arrived in Oslo on Monday. Later she met Tom Brask."))).toContain("Ana Vellmar met_with Tom Brask");
  });
  it("gives a pronoun no person whose given name or form of address says the other sex", () => {
    const x = extract("Mrs Vellmar arrived in Oslo on Monday. He criticised Tom Brask.");
    expect(x.mentions.filter((m) => m.anaphor && m.text === "He")).toEqual([]);
    const y = extract("Margaret Vellmar arrived in Oslo on Monday. He criticised Tom Brask.");
    expect(y.mentions.filter((m) => m.anaphor && m.text === "He")).toEqual([]);
    expect(tripleKeys(extract("David Vellmar arrived in Oslo on Monday. He criticised Tom Brask."))).toContain("David Vellmar criticized Tom Brask");
  });
  it("leaves a pronoun with no person before it alone", () => {
    expect(extract("He left early. It rained.").mentions.filter((m) => m.anaphor)).toEqual([]);
  });
});

describe("places in lists", () => {
  it("makes no place contain another in a list, with or without the parse", () => {
    for (const models of [undefined, null] as const) {
      const x = extractArticle({ id: "t", text: "She toured Leeds, Derby, Shrewsbury, Dorset and Hull. The port is in Latakia, Syria.", published: "2017-12-11" }, { models });
      const located = tripleKeys(x).filter((k) => k.includes("located_in"));
      expect(located).toEqual(["Latakia located_in Syria"]);
    }
  });
});

describe("titles of a department's head", () => {
  it("makes a director with a word of function a member, not the head", () => {
    const keys = tripleKeys(extract("On Monday, Acme Corporation technology director Ann Vell said so."));
    expect(keys).toContain("Ann Vell member_of Acme Corporation");
    expect(keys).not.toContain("Ann Vell leader_of Acme Corporation");
    expect(tripleKeys(extract("On Monday, Acme Corporation chief executive Ann Vell said so."))).toContain("Ann Vell leader_of Acme Corporation");
  });
  it("does not read a name that modifies a noun as what the title is of", () => {
    const keys = tripleKeys(extract("Ann Vell, head of UK equities at Acme Corporation, said so."));
    expect(keys.filter((k) => k.startsWith("Ann Vell leader_of United Kingdom"))).toEqual([]);
  });
});

describe("titles held in the past", () => {
  it("make relations marked past: 'former', 'ex-', 'the then'", () => {
    for (const text of [
      "Former Vellmark Bank chief executive Ana Ortiz spoke on Monday.",
      "Ana Ortiz, the former leader of the Vellmark Party, spoke on Monday.",
      "The then Vellmark Bank chairman Ana Ortiz spoke on Monday.",
    ]) {
      const x = extract(text);
      const roles = x.triples.filter((t) => /leader_of|member_of/.test(t.predicate));
      expect(roles.length, text).toBeGreaterThan(0);
      for (const t of roles) expect(t.evidence.past, text).toBe(true);
    }
    // The same title without the marker is present.
    const now = extract("Ana Ortiz, the leader of the Vellmark Party, spoke on Monday.");
    expect(tripleKeys(now)).toContain("Ana Ortiz leader_of Vellmark Party");
    expect(now.triples.every((t) => t.evidence.past === undefined)).toBe(true);
  });
});

describe("asides and possessors that name a person's organization", () => {
  it.each([
    ["an aside with 'of' before a verb of speech", "Anna Vellmar, of the Coastal Housing Alliance, said the plan was flawed.", "Anna Vellmar member_of Coastal Housing Alliance"],
    ["an aside with 'from'", "\"It works,\" said Tom Rask, from Orvane Systems.", "Tom Rask member_of Orvane Systems"],
    ["a place in the aside is where the person comes from", "Mr Ortiz, of Leicester, has resigned.", "Ortiz comes_from Leicester"],
    ["a bracketed club in a team list", "Backs: Tom Rask (Orvane Rovers), Ben Kell (Vellmark Harriers).", "Ben Kell member_of Vellmark Harriers"],
    ["an organization's role in apposition", "The Vellmark Farming Agency's chief scientist, Dr Ann Lowe, spoke.", "Ann Lowe member_of Vellmark Farming Agency"],
    ["a title there makes its own relation", "Vellmark Bank's new chairman, Tom Rask, spoke.", "Tom Rask leader_of Vellmark Bank"],
  ])("%s", (_what, text, expected) => {
    expect(tripleKeys(extract(text))).toContain(expected);
  });
  it("needs the name to close the aside", () => {
    const keys = tripleKeys(extract("Anna Vellmar, of the Coastal Housing Alliance report on rents, spoke."));
    expect(keys).not.toContain("Anna Vellmar member_of Coastal Housing Alliance");
  });
  it("makes a deputy a member, not the head", () => {
    const keys = tripleKeys(extract("Vellmark Bank's deputy chairman, Tom Rask, spoke."));
    expect(keys).toContain("Tom Rask member_of Vellmark Bank");
    expect(keys).not.toContain("Tom Rask leader_of Vellmark Bank");
  });
  it("marks a former role as past", () => {
    const x = extract("Vellmark Bank's former chairman, Tom Rask, spoke.");
    const t = x.triples.find((t) => t.predicate === "leader_of");
    expect(t?.evidence.past).toBe(true);
  });
});
