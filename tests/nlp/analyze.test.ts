import { describe, expect, it } from "vitest";
import { analyzeDocument, type DependencyParser, type NlpModels } from "../../src/nlp/analyze.js";
import { loadModels } from "../../src/nlp/load-models.js";

const SENTENCES = [
  ["Talks", "in", "Geneva", "ended", "."],
  ["The", "minister", "met", "Ana", "Ortiz", "there", "."],
  [],
  ["Nothing", "else", "happened", "."],
];

/** A stand-in parser that records what it was given: every word attached to the first. */
function recordingParser(): DependencyParser & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    parse(words, upos) {
      calls.push([...words]);
      expect(upos).toHaveLength(words.length);
      const heads = Int32Array.from(words, (_, i) => (i === 0 ? 0 : 1));
      return { heads, deprels: words.map((_, i) => (i === 0 ? "root" : "dep")) };
    },
  };
}

describe("analyzeDocument", () => {
  const shipped = loadModels({ parser: false });

  it("tags every sentence by default, and NER-labels every token", () => {
    const out = analyzeDocument(SENTENCES, shipped);
    out.forEach((s, i) => {
      expect(s.upos).toHaveLength(SENTENCES[i]!.length);
      expect(s.ner).toHaveLength(SENTENCES[i]!.length);
    });
    expect(out[0]!.upos![2]).toBe("PROPN");
  });

  it("with tags: needed, tags only what a model reads, and the NER's labels do not change", () => {
    const parser = recordingParser();
    const models: NlpModels = { ...shipped, parser };
    const all = analyzeDocument(SENTENCES, models, { parse: (i) => i === 1 });
    const needed = analyzeDocument(SENTENCES, models, { parse: (i) => i === 1, tags: "needed" });
    expect(needed.map((s) => s.upos !== undefined)).toEqual([false, true, false, false]);
    expect(needed.map((s) => s.heads !== undefined)).toEqual([false, true, false, false]);
    expect(needed.map((s) => s.ner)).toEqual(all.map((s) => s.ner));
    // Two runs, sentence 1 parsed in each; the empty sentence never.
    expect(parser.calls).toEqual([SENTENCES[1], SENTENCES[1]]);
  });

  it("with entityAware, parses each multi-word name as its last word and hands its other words to it as flat", () => {
    const parser = recordingParser();
    const ner = { tagDocument: (sentences: readonly (readonly string[])[]) => sentences.map((w) => (w.length === 6 ? ["O", "O", "B-PER", "L-PER", "O", "O"] : w.map(() => "O"))) };
    const models: NlpModels = { tagger: shipped.tagger, ner, parser };
    const words = ["Officials", "met", "Ana", "Ortiz", "today", "."];
    const [s] = analyzeDocument([words], models, { entityAware: true });
    expect(parser.calls).toEqual([["Officials", "met", "Ortiz", "today", "."]]);
    // The recording parser hangs every word on the first; "Ana" hangs on "Ortiz", which is a proper noun.
    expect(Array.from(s!.heads!)).toEqual([0, 1, 4, 1, 1, 1]);
    expect(s!.deprels![2]).toBe("flat");
    expect(s!.upos![2]).toBe("PROPN");
    expect(s!.upos![3]).toBe("PROPN");
  });
});
