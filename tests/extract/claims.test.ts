import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

describe("claims", () => {
  const cases: Array<[string, Array<[number, string, string, string?]>]> = [
    // [sentence, [value, unit, subject, source?][]]
    [
      "The Syrian Observatory for Human Rights reported that Russian air strikes had killed 6,328 civilians, including 1,537 children.",
      [[6328, "civilians", "people killed", "Syrian Observatory for Human Rights"], [1537, "children", "children killed", "Syrian Observatory for Human Rights"]],
    ],
    ["Gen. Sergei Surovikin, the Russian commander, said the military will pull out 23 warplanes and two helicopter gunships.", [[23, "warplanes", "aircraft withdrawn", "Sergei Surovikin"], [2, "gunships", "helicopters withdrawn", "Sergei Surovikin"]]],
    ["The UN said 2.4 million children had fled.", [[2_400_000, "children", "children displaced", "United Nations"]]],
    ["According to the Pentagon, 4,000 troops were deployed.", [[4000, "troops", "troops deployed", "Pentagon"]]],
    // Not figures: years, descriptions, money.
    ["In 2015 the two men met; its two bases stayed; it cost $5 million.", []],
  ];
  it.each(cases)("%s", (text, expected) => {
    const claims = extract(text).claims;
    expect(claims.map((c) => [c.value, c.unit, c.subject, ...(c.attributedTo ? [c.attributedTo] : [])])).toEqual(expected);
    for (const c of claims) expect(c.evidence.quote).toBe(text);
  });
});

describe("claims from a source the sentence describes without naming", () => {
  const source = (text: string) => extract(text).claims.map((c) => c.attributedTo ?? null);
  it("takes the description as written", () => {
    expect(source("At least 6,328 civilians were killed, according to the UK-based monitoring group.")).toEqual(["the UK-based monitoring group"]);
    expect(source("Some 300 troops were withdrawn, the ministry said.")).toEqual(["the ministry"]);
  });
  it("and names none where the sentence gives none", () => {
    expect(source("Some 400 people died in the floods.")).toEqual([null]);
    expect(source("The figures the ministry gave showed 20 people died.")).toEqual([null]);
  });
});
