import { describe, expect, it } from "vitest";
import type { MentionSpan } from "../../src/extract/mentions.js";
import { namesAWork } from "../../src/extract/works.js";
import { tokenize } from "../../src/nlp/tokens.js";

/**
 * Names of works and awards are left out of the graph (src/extract/works.ts).
 * Each row: an invented sentence, the name found in it (as the NER or the
 * rules would give it), its kind, and whether it names a work or an award.
 */
function work(text: string, name: string, kind: MentionSpan["kind"] = "person", extra: Partial<MentionSpan> = {}): boolean {
  const tokens = tokenize(text);
  const words = tokenize(name).map((t) => t.text);
  const t0 = tokens.findIndex((_, i) => words.every((w, j) => tokens[i + j]?.text === w));
  expect(t0, `"${name}" in "${text}"`).toBeGreaterThanOrEqual(0);
  const t1 = t0 + words.length;
  const span: MentionSpan = { sentence: 0, t0, t1, start: tokens[t0]!.start, end: tokens[t1 - 1]!.end, name, kind, confidence: 0.85, cue: "ner", ...extra };
  return namesAWork(tokens, span);
}

describe("namesAWork", () => {
  const cases: [string, string, string, MentionSpan["kind"], boolean][] = [
    ["a work noun before the name", "The comedy Harbour Lights topped the box office.", "Harbour Lights", "person", true],
    ["a film", "Critics praised the film Quiet Meridian on Friday.", "Quiet Meridian", "organization", true],
    ["an album after a comma", "The band released a new album, Crimson Season, in May.", "Crimson Season", "person", true],
    ["a sentence-initial work noun the NER took into the name", "Drama Salt Harbour won three prizes.", "Drama Salt Harbour", "organization", true],
    ["a capitalised work noun at the start of the sentence", "Sitcom Parlour Games returns next week.", "Parlour Games", "person", true],
    ["an award's name", "She won two Verrin Awards last night.", "Verrin Awards", "organization", true],
    ["a name right before Award", "The Tomas Ekdal Award went to a newcomer.", "Tomas Ekdal", "person", true],
    ["a law", "MPs voted for the Hedgerow Protection Act on Monday.", "Hedgerow Protection Act", "organization", true],
    ["a bill", "The Vellmark Reform Bill passed.", "Vellmark Reform Bill", "organization", true],
    ["one word alone is no law", "Bill Ortiz spoke.", "Bill Ortiz", "person", false],
    ["a fictional character", "He plays the role of Tomas Brekke in the film.", "Tomas Brekke", "person", true],
    ["also after 'character'", "His character Ola Vint is a spy.", "Ola Vint", "person", true],
    ["'part of' is no role", "He is part of Vellmark Alliance now.", "Vellmark Alliance", "organization", false],
    ["a product", "Sales of the console Vexo Station rose.", "Vexo Station", "organization", true],
    ["but not its maker", "Shares in console maker Vexo fell.", "Vexo", "organization", false],
    ["a band is an organization, not a work", "Indie group Marrowbone played in Leeds.", "Marrowbone", "organization", false],
    ["a speaker after a comma stays", "He wrote a song, Kessler said.", "Kessler", "person", false],
    ["a given name after a comma starts a clause", "It was named best musical, Ana Ortiz was best actress.", "Ana Ortiz", "person", false],
    ["a person with a title stays", "The film director Ana Ortiz spoke.", "Ana Ortiz", "person", false],
    ["a capitalised noun in mid-sentence is part of another name", "He joined Film Four Productions in 2001.", "Four Productions", "organization", false],
    ["no work noun before", "The minister Ana Ortiz spoke.", "Ana Ortiz", "person", false],
    ["a single award word alone is not enough", "Oscar Lind scored twice.", "Oscar Lind", "person", false],
  ];
  for (const [what, text, name, kind, expected] of cases) {
    it(what, () => {
      const role = what.includes("title") ? { role: "director" } : {};
      expect(work(text, name, kind, role)).toBe(expected);
    });
  }
  it("forces and events are never works", () => {
    expect(work("The film Northern Brigade fighters attacked.", "Northern Brigade", "force")).toBe(false);
  });
});
