/**
 * Tagger tests
 * ============
 *
 * The fast ASCII path of hashTokens must give the general path's hashes, and
 * the tagger's int32 feature hashes those of hash.ts; training must be
 * deterministic and learn an invented toy language; the word-cache path must
 * give exactly the classes of scoring every feature; damaged, old and foreign
 * files must fail with a ModelError. Treebank-backed tests read ../shared and
 * are skipped, saying so, when it is absent.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateTagger, trainTagger } from "../../scripts/train/train-tagger.js";
import { parseConllu, type ConlluSentence } from "../../src/nlp/conllu.js";
import * as hash from "../../src/nlp/hash.js";
import { decodeModelFile, encodeModelFile } from "../../src/nlp/model-format.js";
import { feature1, feature2, feature3 } from "../../src/nlp/tagger-features.js";
import { LEX_ADJ, LEX_ADJ_ER, LEX_LAST_PART, LEX_NOUN, LEX_PLURAL, LEX_VERB, LEX_VERB_ED, LEX_VERB_ING, LEX_VERB_S, lexiconBits } from "../../src/nlp/tagger-lexicon.js";
import { Tagger } from "../../src/nlp/tagger.js";
import { hashTokens, hashTokensSlowly, wordShape } from "../../src/nlp/word-shape.js";
import { ModelError } from "../../src/schema/index.js";
import { SHARED_MISSING, sharedPath, skipNote } from "../helpers/skip-note.js";

const TREEBANK = sharedPath("treebank");
const TRAIN = path.join(TREEBANK, "en_ewt-ud-train.conllu");
const haveShared = existsSync(TRAIN);

/**
 * A toy language: determiners, adjectives, verbs, and sixty invented nouns
 * with a suffix that marks plurals. Each noun form is rare, as nouns are, so
 * that the tag dictionary does not take them all.
 */
function toyCorpus(): ConlluSentence[] {
  const dets = ["the", "a", "every"];
  const adjs = ["red", "tiny", "vast"];
  const verbs = ["zanks", "mivs", "glorps"];
  const onsets = ["bl", "sn", "qu", "fr", "t", "dr", "kl", "v", "gr", "pl"];
  const rimes = ["orp", "id", "ax", "ell", "umb", "ik"];
  const nouns = onsets.flatMap((o) => rimes.map((r) => o + r));
  const lines: string[] = [];
  for (let n = 0; n < 300; n++) {
    const d = dets[n % 3]!;
    const subject = nouns[n % nouns.length]!;
    const object = nouns[(n * 7 + 3) % nouns.length]!;
    const plural = (n >> 1) % 2 === 0;
    const words: [string, string, string][] = [
      [d[0]!.toUpperCase() + d.slice(1), "DET", "DT"],
      [adjs[Math.floor(n / 3) % 3]!, "ADJ", "JJ"],
      [subject, "NOUN", "NN"],
      [verbs[Math.floor(n / 9) % 3]!, "VERB", "VBZ"],
      [plural ? `${object}s` : object, "NOUN", plural ? "NNS" : "NN"],
      [".", "PUNCT", "."],
    ];
    lines.push(`# sent_id = toy-${n}`);
    words.forEach(([form, upos, xpos], i) => lines.push([i + 1, form, "_", upos, xpos, "_", i === 3 ? 0 : 4, i === 3 ? "root" : "dep", "_", "_"].join("\t")));
    lines.push("");
  }
  return parseConllu(lines.join("\n"), "toy.conllu");
}

describe("word hashes", () => {
  it("the ASCII fast path gives the general path's hashes", () => {
    const words = ["", "-", "a-", "-a", "1-2", "12-34-56", "1996", "19960", "A", "ab", "ABC-def", "x--y", "...", "3.5", "1,000", "Ab1", "O'Neil", "x".repeat(300), "naïve", "Ünited", "日本", "😀-x"];
    const fast = hashTokens(words);
    const slow = hashTokensSlowly(words);
    expect(fast).toEqual(slow);
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 8 }), (ws) => {
        expect(hashTokens(ws)).toEqual(hashTokensSlowly(ws));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it("keeps the shapes and flags that other models read", () => {
    expect(wordShape("Washington")).toBe("Xxx");
    expect(wordShape("1996")).toBe("dd");
    const h = hashTokens(["IBM", "well-known", "42"]);
    expect(h.flags[0]! & 3).toBe(3);
    expect(h.flags[1]! & 8).toBe(8);
    expect(h.lastPart[1]).toBe(hash.hashString("known"));
    expect(h.lastPart[0]).toBe(0);
    expect(h.lower[2]).toBe(hash.hashString("!NUM"));
  });

  it("the tagger's int32 feature hashes are hash.ts's, bit for bit", () => {
    fc.assert(
      fc.property(fc.nat(80), fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (t, a, b, c) => {
        expect(feature1(t, a) >>> 0).toBe(hash.feature1(t, a));
        expect(feature2(t, a, b) >>> 0).toBe(hash.feature2(t, a, b));
        expect(feature3(t, a, b, c) >>> 0).toBe(hash.feature3(t, a, b, c));
      }),
      { numRuns: 2000, seed: 3 },
    );
  });
});

describe("tagger", () => {
  const corpus = toyCorpus();
  // The toy corpus is small: its averaged weights are small too, and the full corpus's pruning (minWeight 1) would take the suffix weights.
  const toy = { epochs: 4, minWeight: 0.5 };
  const bytes = trainTagger(corpus, toy);

  it("trains deterministically: the same data gives the same bytes", () => {
    expect(Buffer.from(trainTagger(corpus, toy)).equals(Buffer.from(bytes))).toBe(true);
    // Another seed shuffles differently but is just as deterministic.
    const other = trainTagger(corpus, { ...toy, seed: 9 });
    expect(Buffer.from(trainTagger(corpus, { ...toy, seed: 9 })).equals(Buffer.from(other))).toBe(true);
  });

  it("tags an invented sentence of the toy language, unknown words included", () => {
    const tagger = Tagger.fromBytes(bytes, "toy.bin");
    expect(evaluateTagger(tagger, corpus).upos).toBe(100);
    const r = tagger.tag(["Every", "vast", "snid", "mivs", "tumbs", "."]);
    expect(r.upos).toEqual(["DET", "ADJ", "NOUN", "VERB", "NOUN", "PUNCT"]);
    expect(r.xpos).toEqual(["DT", "JJ", "NN", "VBZ", "NNS", "."]);
    // An unseen noun, known from its place and its plural suffix.
    expect(tagger.tag(["The", "tiny", "quax", "zanks", "wubbles", "."]).xpos).toEqual(["DT", "JJ", "NN", "VBZ", "NNS", "."]);
    expect(tagger.tag(["A", "red", "wubble", "glorps", "blorps", "."]).xpos).toEqual(["DT", "JJ", "NN", "VBZ", "NNS", "."]);
  });

  it("the word-cache path gives the classes of scoring every feature", () => {
    const tagger = Tagger.fromBytes(bytes, "toy.bin");
    const sentences = [["The", "red", "blorp", "glorps", "frells", "."], ["A", "blorp", "."], ["zanks"], ["Wubble", "wubble", "tiny", "the", "snids", "mivs", "."], ["THE", "VAST", "KLIK", "MIVS", "."]];
    for (let round = 0; round < 2; round++) {
      for (const words of sentences) {
        const cached = new Uint16Array(words.length);
        const each = new Uint16Array(words.length);
        tagger.tagIds(words, cached);
        tagger.tagIds(words, each, hashTokens(words));
        expect([...cached]).toEqual([...each]);
      }
    }
    expect(tagger.tag([])).toEqual({ upos: [], xpos: [] });
  });

  it("reads one way or the other or both: each gives the toy language's tags, by the word cache as by scoring each feature", () => {
    const words = ["The", "tiny", "quax", "zanks", "wubbles", "."];
    for (const direction of ["ltr", "rtl", "both"] as const) {
      const tagger = Tagger.fromBytes(trainTagger(corpus, { ...toy, direction }), `${direction}.bin`);
      expect(tagger.tag(words).xpos).toEqual(["DT", "JJ", "NN", "VBZ", "NNS", "."]);
      const cached = new Uint16Array(words.length);
      const each = new Uint16Array(words.length);
      tagger.tagIds(words, cached);
      tagger.tagIds(words, each, hashTokens(words));
      expect([...cached]).toEqual([...each]);
    }
  });

  it("the open lexicon: a lemma's bits, and those its inflections and last hyphenated part take", () => {
    const table = new Map([
      [hash.hashString("stop"), LEX_VERB | LEX_NOUN],
      [hash.hashString("city"), LEX_NOUN],
      [hash.hashString("big"), LEX_ADJ],
      [hash.hashString("known"), LEX_ADJ],
    ]);
    expect(lexiconBits("stop", table)).toBe(LEX_VERB | LEX_NOUN);
    expect(lexiconBits("stopped", table)).toBe(LEX_VERB_ED);
    expect(lexiconBits("stopping", table)).toBe(LEX_VERB_ING);
    expect(lexiconBits("stops", table)).toBe(LEX_PLURAL | LEX_VERB_S);
    expect(lexiconBits("cities", table)).toBe(LEX_PLURAL);
    expect(lexiconBits("bigger", table)).toBe(LEX_ADJ_ER);
    expect(lexiconBits("well-known", table)).toBe(LEX_ADJ | LEX_LAST_PART);
    expect(lexiconBits("glorp", table)).toBe(0);
    expect(lexiconBits("stop", new Map())).toBe(0);
  });

  it("refuses a damaged, an old or a foreign model file with a ModelError", () => {
    const damaged = bytes.slice();
    damaged[damaged.length >> 1]! ^= 0xff;
    expect(() => Tagger.fromBytes(damaged, "damaged.bin")).toThrow(ModelError);
    expect(() => Tagger.fromBytes(bytes.subarray(0, 40), "short.bin")).toThrow(ModelError);
    // The first layout: the same header without `format`.
    const model = decodeModelFile<Record<string, unknown>>(bytes, "toy.bin");
    const sections = Object.fromEntries(model.sections);
    const { format: _format, ...old } = model.header;
    void _format;
    expect(() => Tagger.fromBytes(encodeModelFile(old, sections), "old.bin")).toThrow(/layout 1.*npm run train/);
    expect(() => Tagger.fromBytes(encodeModelFile({ ...model.header, model: "parser" }, sections), "parser.bin")).toThrow(ModelError);
    const { values: _values, ...missing } = sections;
    void _values;
    expect(() => Tagger.fromBytes(encodeModelFile(model.header, missing), "missing.bin")).toThrow(ModelError);
  });
});

describe.skipIf(!haveShared)(`tagger on the treebank${skipNote(haveShared, SHARED_MISSING)}`, () => {
  it("a short training on a slice of EWT is deterministic and tags held-out sentences", async () => {
    const { readTreebank, TREEBANK_FILES } = await import("../../scripts/train/treebank.js");
    const all = readTreebank(TREEBANK_FILES.ewtTrain);
    const train = all.slice(0, 1500);
    const a = trainTagger(train, { epochs: 2 });
    expect(Buffer.from(trainTagger(train, { epochs: 2 })).equals(Buffer.from(a))).toBe(true);
    const score = evaluateTagger(Tagger.fromBytes(a, "slice.bin"), all.slice(-300));
    expect(score.upos).toBeGreaterThan(85);
  }, 60_000);
});
