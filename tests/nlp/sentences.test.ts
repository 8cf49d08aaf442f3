import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/nlp/sentences.js";
import { tokenize } from "../../src/nlp/tokens.js";
import { isCaptionLine } from "../../src/extract/captions.js";

describe("splitSentences", () => {
  const cases: Array<[string, string[]]> = [
    ["Russia has begun. Mr. Putin said so.", ["Russia has begun.", "Mr. Putin said so."]],
    ["The U.S. Army left. Then it came back.", ["The U.S. Army left.", "Then it came back."]],
    ['He said: "We won." Then he left.', ['He said: "We won."', "Then he left."]],
    ["Headline without stop\nFirst line. Second line.", ["Headline without stop", "First line.", "Second line."]],
    ["Gen. Sergei Surovikin spoke.", ["Gen. Sergei Surovikin spoke."]],
    ["  padded  \n\n\nnext", ["padded", "next"]],
  ];
  it.each(cases)("%j", (text, expected) => {
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.index)).toEqual(expected.map((_, i) => i));
  });
});

describe("tokenize", () => {
  it("splits possessives, keeps abbreviations and offsets", () => {
    const text = "Russia's Gen. Surovikin met U.S. envoys in Hmeymim.";
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(["Russia", "'s", "Gen.", "Surovikin", "met", "U.S.", "envoys", "in", "Hmeymim", "."]);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks[1]!.possessive).toBe(true);
  });
  it("marks the detached s of tokenized text as a possessive", () => {
    const toks = tokenize("russia s hmeymim air base");
    expect(toks[1]!.possessive).toBe(true);
  });
  it("splits X-based compounds so the name is a token", () => {
    expect(tokenize("The UK-based group").map((t) => t.text)).toEqual(["The", "UK", "-", "based", "group"]);
  });
  it("keeps particles inside names capitalised", () => {
    const [, al] = tokenize("Mr al-Assad");
    expect(al!.cap).toBe(true);
  });
});

describe("isCaptionLine", () => {
  const cases: Array<[string, boolean]> = [
    ["Image copyright Getty Images Image caption Mr Putin announced the move", true],
    ["Syrian chief negotiator briefs the media. Photo / AP", true],
    ["Russian President Vladimir Putin watches troops. (Mikhail Klimentyev/Sputnik/Kremlin/Associated Press)", true],
    ["President Vladimir Putin ordered the partial withdrawal.", false],
    ["The report was published by Reuters.", false],
  ];
  it.each(cases)("%s → %s", (line, expected) => expect(isCaptionLine(line)).toBe(expected));
});

describe("splitSentences after a symbol", () => {
  it("breaks before a sentence that starts with an emoji", () => {
    expect(splitSentences("Putin visited Syria on Monday. 🇸🇾 He met Assad there.").map((s) => s.text)).toEqual([
      "Putin visited Syria on Monday.",
      "🇸🇾 He met Assad there.",
    ]);
  });
});

describe("splitSentences on text without full stops", () => {
  it("cuts a run longer than any sentence into pieces at spaces", () => {
    const text = "Putin visited Syria, ".repeat(2_000);
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(10);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(3_000);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
