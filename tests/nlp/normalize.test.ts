import { describe, expect, it } from "vitest";
import { buildCasingModel, buildVocabulary, isLowercased, truecase } from "../../src/nlp/normalize.js";

describe("isLowercased", () => {
  it("tells lower-cased text from normal text", () => {
    expect(isLowercased("moscow ( reuters ) - president vladimir putin flew into syria and ordered troops home .")).toBe(true);
    expect(isLowercased("Moscow (Reuters) - President Vladimir Putin flew into Syria and ordered troops home.")).toBe(false);
    expect(isLowercased("short")).toBe(false);
  });
});

describe("truecase", () => {
  const cased = [
    "The Hmeymim air base is in Syria. Officials said the base would stay.",
    "Putin met Assad at Hmeymim. The Islamic State group was routed, the state said.",
  ];
  const model = buildCasingModel(cased);
  const vocabulary = buildVocabulary(cased);

  it("keeps the length, so offsets stay valid", () => {
    const text = "putin flew into syria s hmeymim air base on monday .";
    expect(truecase(text, model, vocabulary)).toHaveLength(text.length);
  });
  it("restores names from the corpus and the lexicons, and sentence starts", () => {
    const out = truecase("putin flew to russia s hmeymim base . the base is in latakia province , syria .", model, vocabulary);
    expect(out).toBe("Putin flew to Russia s Hmeymim base . The base is in Latakia province , Syria .");
  });
  it("capitalises a word seen only inside a longer name only as that name", () => {
    const out = truecase("the islamic state lost , said state tv .", model, vocabulary);
    expect(out).toContain("Islamic State");
    expect(out).toContain("said state tv");
  });
  it("treats a given name followed by an unknown word as a full name", () => {
    expect(truecase("said pentagon spokesman eric pahon .", model, vocabulary)).toContain("Eric Pahon");
  });
  it("cases parts of hyphenated compounds", () => {
    expect(truecase("with iran-backed militias .", model, vocabulary)).toContain("Iran-backed");
  });
  it("does not capitalise common words that are also names elsewhere", () => {
    expect(truecase("it is us who said so .", model, vocabulary)).toBe("It is us who said so .");
  });
});
