import { describe, expect, it } from "vitest";
import { extract, mentionKeys } from "./helpers.js";

describe("mentions", () => {
  const cases: Array<[string, string[], string[]?]> = [
    // [sentence, mentions that must be found, mentions that must not]
    ["President Vladimir Putin visited Syria on Monday.", ["person:Vladimir Putin", "place:Syria"]],
    ["Defence Minister Sergei Shoigu said the troops would leave.", ["person:Sergei Shoigu"], ["person:Defence Minister Sergei Shoigu"]],
    ["Syrian President Bashar al-Assad met Mr Putin. Mr al-Assad smiled.", ["person:Bashar al-Assad"], ["person:Mr al-Assad"]],
    ["The militants of so-called Islamic State (IS) fled. ISIS and Isil are the same.", ["force:Islamic State"], ["place:IS"]],
    ["Russian troops and the Syrian army fought on.", ["force:Russian forces", "force:Syrian forces"]],
    ["Putin made a stopover at the Hmeimim air base in Syria's coastal province of Latakia.", ["place:Hmeimim", "place:Latakia", "place:Syria"]],
    ["The Syrian Observatory for Human Rights reported new deaths.", ["organization:Syrian Observatory for Human Rights"]],
    ["Michael Horowitz, a security analyst with the Levantine Group, disagreed.", ["person:Michael Horowitz", "organization:Levantine Group"]],
    ["The al-Nusra Front, an al-Qaeda group in Syria, was excluded.", ["force:al-Nusra Front", "force:al-Qaeda"]],
    ["Officials in Moscow stressed the point. Electoral concerns apart, nothing changed.", ["place:Moscow"], ["person:Officials", "person:Electoral"]],
    ["The US offered no reaction, and it was up to us to decide.", ["place:United States"]],
    ["Turkey, which backs the opposition, and Iran talked.", ["place:Turkey", "place:Iran"]],
    ["A naval facility at the Syrian port of Tartous stays.", ["place:Tartous"], ["place:Syrian"]],
  ];
  it.each(cases)("%s", (text, must, mustNot = []) => {
    const keys = mentionKeys(extract(text));
    for (const m of must) expect(keys).toContain(m);
    for (const m of mustNot) expect(keys).not.toContain(m);
  });

  it("gives offsets into the original text, also for lower-cased articles", () => {
    const text = "moscow ( reuters ) - president vladimir putin flew into syria on monday , said pentagon spokesman eric pahon .";
    const x = extract(text);
    for (const m of x.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentionKeys(x)).toEqual(expect.arrayContaining(["person:Vladimir Putin", "place:Syria", "organization:Pentagon", "person:Eric Pahon"]));
  });

  it("reads a caption's description, never its credit", () => {
    const x = extract("Image copyright Getty Images Image caption Mr Putin announced the move at the base in Syria\n\nNothing else.");
    expect(x.sentences[0]!.caption).toBe(true);
    expect(mentionKeys(x)).toEqual(expect.arrayContaining(["place:Syria"]));
    expect(x.mentions.some((m) => /Getty/.test(m.text))).toBe(false);
    const y = extract("UN envoy Ana Ortiz at the talks in Geneva. Photo / AP\n\nOfficials met in Geneva (Tom Vell/Reuters)\n\nNothing else.");
    expect(mentionKeys(y)).toEqual(expect.arrayContaining(["person:Ana Ortiz", "place:Geneva"]));
    expect(y.mentions.some((m) => /\bAP\b|Reuters|Vell/.test(m.text))).toBe(false);
    // A caption reports no one's claim, and starts no event of its own.
    expect(y.claims).toEqual([]);
    expect(y.events).toEqual([]);
  });

  it("drops capitalised words that nothing says are names", () => {
    const keys = mentionKeys(extract("Coincidence? Probably not. The Alawite minority lives there."));
    expect(keys).toEqual([]);
  });
});

describe("names in scripts without case", () => {
  it("takes Arabic and Chinese names in English text as names, with offsets intact", () => {
    const text = "President Vladimir Putin met 習近平 in Moscow.\nبشار الأسد visited Damascus on Monday.";
    const x = extract(text);
    for (const m of x.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentionKeys(x)).toEqual(expect.arrayContaining(["person:習近平", "person:بشار الأسد", "place:Damascus", "place:Moscow"]));
  });
});

describe("royal styles", () => {
  it("name a royal with one name by the style, so the name is no surname", () => {
    const x = extract("Prince Charles and his sons arrived. Later Charles said he was happy. Ray Charles sang.");
    expect(mentionKeys(x)).toEqual(expect.arrayContaining(["person:Prince Charles", "person:Ray Charles"]));
    const bare = x.mentions.find((m) => m.text === "Charles" && !m.implicit)!;
    expect(bare.ref).not.toBe("Ray Charles");
  });
});

describe("surnames that are head words of bodies", () => {
  it("make a person after a given name, and a body otherwise", () => {
    const keys = mentionKeys(extract("The singer Charlotte Church performed. The Vellmark Church opened."));
    expect(keys).toEqual(expect.arrayContaining(["person:Charlotte Church"]));
    expect(keys).not.toContain("organization:Charlotte Church");
    expect(keys).not.toContain("person:Vellmark Church");
  });
});
