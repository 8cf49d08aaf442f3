/**
 * NER tagger tests
 * ================
 *
 * BILOU conversion from IOB1 and IOB2, well-formed decoding whatever the
 * weights say, deterministic training, a model's round trip through bytes,
 * a tiny model that learns invented sentences, and (when ../shared is there)
 * the readers on the real files.
 */
import { existsSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALLOWED, LABELS, LABEL_COUNT, isWellFormed, iobToBilou, labelId, nerSpans, spansOfIds } from "../../src/nlp/ner-labels.js";
import { NerTagger, decodeDocument } from "../../src/nlp/ner.js";
import {
  DEFAULT_FEATURE_SET,
  GROUP_LEFT1,
  GROUP_LEFT2,
  GROUP_RIGHT1,
  GROUP_RIGHT2,
  GROUP_SELF,
  NER_FEATURES_MAX,
  NerDocumentView,
  contextFeatures,
  staticFeatures,
  wordGroupFeatures,
} from "../../src/nlp/ner-features.js";
import { LexiconTable, LEX_CATEGORIES, LEX_CITY, LEX_COUNTRY, LEX_PREFIX, chainKey } from "../../src/nlp/ner-lexicon.js";
import { lowerHash } from "../../src/nlp/ner-features.js";
import { NerScorer } from "../../src/nlp/ner-scorer.js";
import { type LinearScorer } from "../../src/nlp/perceptron.js";
import { decodeLinearQuantized, encodeLinear } from "../../src/nlp/linear-codec.js";
import { decodeModelFile, encodeModelFile } from "../../src/nlp/model-format.js";
import { ModelError } from "../../src/schema/index.js";
import { readConll2003, readGumEntities, readUner, type NerDocument } from "../../scripts/train/ner-data.js";
import { scoreNer } from "../../scripts/train/ner-eval.js";
import { PATHS, trainNer, trainNerModel } from "../../scripts/train/train-ner.js";
import { SHARED_MISSING, skipNote } from "../helpers/skip-note.js";

const names = (ids: number[]) => ids.map((i) => LABELS[i]);

describe("BILOU conversion", () => {
  const iob1: [string[], string[]][] = [
    [["I-PER", "I-PER", "O"], ["B-PER", "L-PER", "O"]],
    [["I-LOC"], ["U-LOC"]],
    // IOB1: B- only separates two adjacent entities of one type.
    [["I-ORG", "B-ORG", "I-ORG"], ["U-ORG", "B-ORG", "L-ORG"]],
    // A type change starts a new entity without a B.
    [["I-PER", "I-LOC", "I-LOC", "I-LOC"], ["U-PER", "B-LOC", "I-LOC", "L-LOC"]],
    [["O", "I-MISC", "O", "I-PER"], ["O", "U-MISC", "O", "U-PER"]],
  ];
  it.each(iob1)("IOB1 %j → %j", (tags, want) => {
    expect(names(iobToBilou(tags))).toEqual(want);
  });

  const iob2: [string[], string[]][] = [
    [["B-PER", "I-PER", "I-PER"], ["B-PER", "I-PER", "L-PER"]],
    [["B-LOC", "B-LOC"], ["U-LOC", "U-LOC"]],
    // Universal NER: OTH is MISC; a stray "B-O" is O.
    [["B-OTH", "O", "B-O"], ["U-MISC", "O", "O"]],
    // A dangling I- starts an entity.
    [["O", "I-ORG", "I-ORG"], ["O", "B-ORG", "L-ORG"]],
  ];
  it.each(iob2)("IOB2 %j → %j", (tags, want) => {
    expect(names(iobToBilou(tags))).toEqual(want);
  });

  it("round-trips spans: IOB2 written from random spans reads back as the same spans", () => {
    const types = ["PER", "LOC", "ORG", "MISC"];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 2 })), { maxLength: 8 }), (pieces) => {
        const tags: string[] = [];
        const want: { start: number; end: number; type: string }[] = [];
        for (const [t, len, gap] of pieces) {
          for (let g = 0; g < gap; g++) tags.push("O");
          want.push({ start: tags.length, end: tags.length + len, type: types[t]! });
          for (let k = 0; k < len; k++) tags.push(`${k === 0 ? "B" : "I"}-${types[t]}`);
        }
        const bilou = iobToBilou(tags);
        expect(isWellFormed(bilou)).toBe(true);
        expect(spansOfIds(bilou)).toEqual(want);
        expect(nerSpans(names(bilou) as string[])).toEqual(want);
      }),
    );
  });

  it("reads spans from label names, end exclusive", () => {
    expect(nerSpans(["B-PER", "L-PER", "O", "U-LOC", "B-ORG", "I-ORG", "L-ORG"])).toEqual([
      { start: 0, end: 2, type: "PER" },
      { start: 3, end: 4, type: "LOC" },
      { start: 4, end: 7, type: "ORG" },
    ]);
  });

  it("tells well-formed sequences from others", () => {
    expect(isWellFormed([labelId("B-PER"), labelId("L-PER")])).toBe(true);
    expect(isWellFormed([labelId("B-PER")])).toBe(false);
    expect(isWellFormed([labelId("B-PER"), labelId("L-LOC")])).toBe(false);
    expect(isWellFormed([labelId("I-PER")])).toBe(false);
    expect(isWellFormed([labelId("U-PER"), labelId("U-PER")])).toBe(true);
  });
});

/** A scorer with a random score table per token position: decoding must stay well-formed whatever it says. */
class RandomScorer implements LinearScorer {
  readonly classes = LABEL_COUNT;
  private call = 0;
  constructor(private readonly table: number[]) {}
  score(_features: Uint32Array, _count: number, out: Float64Array): void {
    for (let c = 0; c < LABEL_COUNT; c++) out[c]! += this.table[(this.call * LABEL_COUNT + c) % this.table.length]!;
    this.call++;
  }
}

describe("decoding", () => {
  it("always gives well-formed BILOU, whatever the scores", () => {
    const word = fc.constantFrom("The", "Bank", "of", "England", "said", ",", "NEW", "York", "x", "42");
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 9 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: LABEL_COUNT, maxLength: LABEL_COUNT * 12 }),
        (sentences, table) => {
          const v = new NerDocumentView();
          v.load(sentences, undefined);
          const out = new Uint8Array(v.n);
          decodeDocument(v, new RandomScorer(table), false, DEFAULT_FEATURE_SET, out, new Uint32Array(NER_FEATURES_MAX), new Float64Array(LABEL_COUNT));
          let at = 0;
          for (const s of sentences) {
            expect(isWellFormed(Array.from(out.subarray(at, at + s.length)))).toBe(true);
            at += s.length;
          }
        },
      ),
    );
  });

  it("lists, after each label, only the labels that may follow it", () => {
    const open = labelId("B-ORG");
    expect(names(Array.from(ALLOWED[open + 1]![0]!))).toEqual(["I-ORG", "L-ORG"]);
    expect(names(Array.from(ALLOWED[open + 1]![1]!))).toEqual(["L-ORG"]);
    expect(Array.from(ALLOWED[0]![1]!).every((l) => !["B", "I"].includes(LABELS[l]![0]!))).toBe(true);
  });
});

describe("lexicon table", () => {
  it("marks the leftmost-longest listed name of each category with its B/I/L/U position", () => {
    const entries: [number, number][] = [];
    const add = (name: string, category: number) => {
      let key = 0;
      const tokens = name.split(" ");
      tokens.forEach((t, i) => {
        key = chainKey(key, lowerHash(t));
        entries.push([key, i === tokens.length - 1 ? 1 << category : LEX_PREFIX]);
      });
    };
    add("Nova Terra", LEX_COUNTRY);
    add("Nova", LEX_CITY);
    add("Port Nova Terra Bay", LEX_CITY);
    const table = LexiconTable.build(entries);
    const words = ["in", "Nova", "Terra", "and", "NOVA"];
    const lower = Uint32Array.from(words.map(lowerHash));
    const out = new Uint8Array(words.length * LEX_CATEGORIES);
    table.match(lower, 0, words.length, out, new Int32Array(LEX_CATEGORIES));
    const at = (i: number, c: number) => out[i * LEX_CATEGORIES + c];
    expect([at(0, LEX_COUNTRY), at(1, LEX_COUNTRY), at(2, LEX_COUNTRY), at(3, LEX_COUNTRY)]).toEqual([0, 1, 3, 0]);
    // "Nova" alone is a city; "Port Nova Terra Bay" is not in the sentence.
    expect([at(1, LEX_CITY), at(4, LEX_CITY)]).toEqual([4, 4]);
  });
});

/** Invented news: two people, two places, two firms, in patterns a model can pick up. */
function inventedDocs(): NerDocument[] {
  const people = [["Arvo", "Pelkonen"], ["Mirela", "Dascu"], ["Teodor", "Vantis"], ["Ilse", "Marrow"]];
  const places = ["Quessant", "Drovnik", "Palmera", "Ostrava"];
  const firms = [["Kelvar", "Corp"], ["Brightwater", "Holdings"], ["Sandor", "Group"], ["Fennick", "Ltd"]];
  const docs: NerDocument[] = [];
  for (let d = 0; d < 24; d++) {
    const p = people[d % 4]!;
    const q = places[(d + 1) % 4]!;
    const f = firms[(d + 2) % 4]!;
    const sentences = [
      [...p, "said", "on", "Monday", "that", ...f, "would", "open", "an", "office", "in", q, "."],
      ["Shares", "in", ...f, "rose", "after", p[1]!, "visited", q, "."],
    ];
    const tags = [
      ["B-PER", "I-PER", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O", "B-LOC", "O"],
      ["O", "O", "B-ORG", "I-ORG", "O", "O", "B-PER", "O", "B-LOC", "O"],
    ];
    docs.push({ id: `invented-${d}`, sentences, labels: tags.map(iobToBilou), domain: 0 });
  }
  return docs;
}

describe("training", () => {
  it("gives byte-identical models from two runs", () => {
    const docs = inventedDocs();
    const a = trainNer({ docs, epochs: 3, secondPassEpochs: 2, folds: 2, lexicon: null });
    const b = trainNer({ docs, epochs: 3, secondPassEpochs: 2, folds: 2, lexicon: null });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("round-trips a model through bytes, and the integer scorer adds exactly the stored weights", () => {
    const docs = inventedDocs();
    const { bytes, passes } = trainNerModel({ docs, epochs: 4, secondPassEpochs: 2, folds: 2, lexicon: null });
    const tagger = NerTagger.fromBytes(bytes, "mem.bin");
    expect(tagger.passes.length).toBe(2);
    const encoded = encodeLinear("m", passes[0]!);
    const q = decodeLinearQuantized(decodeModelFile(encodeModelFile({ codec: encoded.header }, encoded.sections), "m.bin"), "m", encoded.header, "m.bin");
    // Every row once, a few twice, and a key the model does not have.
    const rows = [...Array.from({ length: q.keys.length }, (_, r) => r), 0, 3, 3];
    const features = Uint32Array.from([...rows.map((r) => q.keys[r]!), 0x12345]);
    const want = new Array<number>(LABEL_COUNT).fill(0);
    for (const r of rows) for (let e = q.offsets[r]!; e < q.offsets[r + 1]!; e++) want[q.labels[e]!] = want[q.labels[e]!]! + q.q[e]!;
    const got = new Int32Array(LABEL_COUNT + 3);
    new NerScorer(q).addInts(features, features.length, got, 3);
    expect(Array.from(got.subarray(3))).toEqual(want);
    expect(Array.from(got.subarray(0, 3))).toEqual([0, 0, 0]);
    const again = NerTagger.fromBytes(bytes.slice(), "copy.bin");
    const sentence = [["Teodor", "Vantis", "said", "Kelvar", "Corp", "would", "open", "in", "Drovnik", "."]];
    expect(again.tagDocument(sentence)).toEqual(tagger.tagDocument(sentence));
  });

  it("the word groups and the context features are exactly the token's static features", () => {
    const word = fc.constantFrom("The", "Bank", "of", "England", "said", ",", "NEW", "YORK", "x", "42", "Nova-Terra", "a", "McKay");
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }), (sentences) => {
        const v = new NerDocumentView();
        v.load(sentences, undefined);
        const buf = new Uint32Array(NER_FEATURES_MAX);
        for (let i = 0; i < v.n; i++) {
          const s0 = v.sentenceStart[i]!;
          const s1 = v.sentenceEnd[i]!;
          const all = Array.from(buf.subarray(0, staticFeatures(v, i, DEFAULT_FEATURE_SET, buf, 0))).sort();
          const parts: number[] = [];
          const add = (k: number) => parts.push(...buf.subarray(0, k));
          add(wordGroupFeatures(v, i, GROUP_SELF, buf, 0));
          add(wordGroupFeatures(v, i - 1 >= s0 ? i - 1 : -1, GROUP_LEFT1, buf, 0));
          add(wordGroupFeatures(v, i - 2 >= s0 ? i - 2 : -1, GROUP_LEFT2, buf, 0));
          add(wordGroupFeatures(v, i + 1 < s1 ? i + 1 : -1, GROUP_RIGHT1, buf, 0));
          add(wordGroupFeatures(v, i + 2 < s1 ? i + 2 : -1, GROUP_RIGHT2, buf, 0));
          add(contextFeatures(v, i, DEFAULT_FEATURE_SET, buf, 0));
          expect(parts.sort()).toEqual(all);
        }
      }),
    );
  });

  it("tags with the word cache exactly as scoring every feature does, across documents", () => {
    const bytes = trainNer({ docs: inventedDocs(), epochs: 3, secondPassEpochs: 2, folds: 2, lexicon: null });
    const tagger = NerTagger.fromBytes(bytes, "mem.bin");
    const word = fc.constantFrom("Teodor", "Vantis", "said", "Kelvar", "Corp", "in", "Drovnik", ".", "SHARES", "IN", "KELVAR", "Ilse", "rose", "the", "Quessant");
    fc.assert(
      fc.property(fc.array(fc.array(fc.array(word, { minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (docs) => {
        for (const sentences of docs) {
          const fast = Array.from(tagger.tagIds(sentences));
          expect(fast).toEqual(Array.from(tagger.tagIdsScoringEach(sentences)));
        }
      }),
    );
  });

  it("rejects a damaged file and a model of another kind with ModelError", () => {
    const bytes = trainNer({ docs: inventedDocs().slice(0, 4), epochs: 1, secondPassEpochs: 0, lexicon: null });
    const damaged = bytes.slice();
    damaged[damaged.length - 10] = damaged[damaged.length - 10]! ^ 0xff;
    expect(() => NerTagger.fromBytes(damaged, "bad.bin")).toThrow(ModelError);
  });

  it("tags an invented sentence sensibly after training on invented ones", () => {
    const bytes = trainNer({ docs: inventedDocs(), epochs: 6, lexicon: null });
    const tagger = NerTagger.fromBytes(bytes, "mem.bin");
    const [labels] = tagger.tagDocument([["Mirela", "Dascu", "said", "on", "Monday", "that", "Fennick", "Ltd", "would", "open", "an", "office", "in", "Palmera", "."]]);
    expect(nerSpans(labels!)).toEqual([
      { start: 0, end: 2, type: "PER" },
      { start: 6, end: 8, type: "ORG" },
      { start: 13, end: 14, type: "LOC" },
    ]);
    const score = scoreNer(inventedDocs(), inventedDocs().map((d) => {
      const ids = tagger.tagIds(d.sentences);
      return [ids.slice(0, d.sentences[0]!.length), ids.slice(d.sentences[0]!.length)];
    }));
    expect(score.f1).toBeGreaterThan(0.9);
  });
});

describe("scoring", () => {
  it("counts exact spans over PER/LOC/ORG only, MISC ignored", () => {
    const doc: NerDocument = { id: "d", sentences: [["A", "B", "C", "D"]], labels: [iobToBilou(["B-PER", "I-PER", "B-MISC", "B-LOC"])], domain: 0 };
    const predicted = [[iobToBilou(["B-PER", "O", "B-MISC", "B-LOC"])]];
    const s = scoreNer([doc], predicted);
    expect(s.counts).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.byType.LOC!.f1).toBe(1);
  });
});

const shared = existsSync(PATHS.conllTrain) && existsSync(PATHS.unerTrain);
describe.skipIf(!shared)(`real data${skipNote(shared, SHARED_MISSING)}`, () => {
  it("reads CoNLL-2003 train and Universal NER into well-formed BILOU documents", () => {
    const conll = readConll2003(PATHS.conllTrain);
    expect(conll.length).toBe(946);
    const tokens = conll.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.length, 0), 0);
    expect(tokens).toBe(203621);
    const uner = readUner(PATHS.unerTrain);
    expect(uner.reduce((n, d) => n + d.sentences.length, 0)).toBe(12543);
    for (const d of [...conll, ...uner]) for (const l of d.labels) expect(isWellFormed(l)).toBe(true);
  });
});

describe("GUM's entity layer as NER data (readGumEntities)", () => {
  // Invented sentences in GUM's CoNLL-U: typed entity mentions in MISC, named or not.
  const row = (id: number, form: string, upos: string, head: number, entity = "") =>
    [id, form, "_", upos, "_", "_", head, "dep", "_", entity ? `Entity=${entity}` : "_"].join("\t");
  const conllu = [
    "# newdoc id = invented_1",
    "# sent_id = 1",
    // [President [Ana Ortiz]] visited [the [Kestrel] Institute of Art] in [Tovana].
    row(1, "President", "PROPN", 3, "(1-person-new-x-cf1-1-sgl"),
    row(2, "Ana", "PROPN", 3),
    row(3, "Ortiz", "PROPN", 4, "1)"),
    row(4, "visited", "VERB", 0),
    row(5, "the", "DET", 7, "(2-organization-new-x-cf2-1-sgl"),
    row(6, "Kestrel", "PROPN", 7, "(3-place-new-x-cf3-1-sgl)"),
    row(7, "Institute", "PROPN", 4),
    row(8, "of", "ADP", 9),
    row(9, "Art", "PROPN", 7, "2)"),
    row(10, "in", "ADP", 11),
    row(11, "Tovana", "PROPN", 4, "(4-place-new-x-cf4-1-sgl)"),
    row(12, ".", "PUNCT", 4),
    "",
    "# sent_id = 2",
    // [her [new] book] and [the [Ortiz] family's] [Monday]: a common noun heads the first, a time is no entity.
    row(1, "Her", "PRON", 3, "(5-object-new-x-cf5-1-sgl(1-person-giv-x-cf1-1-ana)"),
    row(2, "new", "ADJ", 3),
    row(3, "book", "NOUN", 4, "5)"),
    row(4, "sold", "VERB", 0),
    row(5, "on", "ADP", 6),
    row(6, "Monday", "PROPN", 4, "(6-time-new-x-cf6-1-sgl)"),
    row(7, "to", "ADP", 8),
    row(8, "Bram", "PROPN", 4, "(7-person-new-x-cf7-1-sgl"),
    row(9, "and", "CCONJ", 10),
    row(10, "Elke", "PROPN", 8, "7)"),
    row(11, ".", "PUNCT", 4),
    "",
  ].join("\n");
  const docs = readGumEntities("invented.conllu", conllu);
  const labels = (s: number) => names(docs[0]!.labels[s]!);

  it("keeps one document per newdoc, GUM's domain", () => {
    expect(docs.map((d) => [d.id, d.domain])).toEqual([["invented_1", 2]]);
  });
  it("reads a proper-noun-headed mention as a name, without the title before a person", () => {
    expect(labels(0).slice(0, 3)).toEqual(["O", "B-PER", "L-PER"]);
  });
  it("keeps the outermost name, without a leading determiner", () => {
    expect(labels(0).slice(4, 9)).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "L-ORG"]);
    expect(labels(0)[10]).toBe("U-LOC");
  });
  it("leaves out mentions headed by a common noun or pronoun, and times", () => {
    expect(labels(1).slice(0, 6)).toEqual(["O", "O", "O", "O", "O", "O"]);
  });
  it("does not join two people's names across 'and'", () => {
    expect(labels(1).slice(7, 10)).toEqual(["U-PER", "O", "O"]);
  });
  it.skipIf(!shared)(`gives well-formed BILOU on GUM's training file${skipNote(shared, SHARED_MISSING)}`, () => {
    const gum = readGumEntities(PATHS.gumTrain);
    expect(gum.length).toBe(75);
    for (const d of gum) for (const l of d.labels) expect(isWellFormed(l)).toBe(true);
  });
});

describe("the committed NER model and today's lexicon", () => {
  // `npm run train` must reproduce models/ner.bin byte for byte. The model carries the lexicon
  // table it was trained with (src/lexicon read by scripts/train/ner-lexicon-build.ts): an entry
  // added to a lexicon the NER reads as features changes what training gives, so it must come
  // with a retrained model (`npm run train -- --only ner`).
  it("was trained with the lexicon table src/lexicon builds now", async () => {
    const { readFileSync } = await import("node:fs");
    const { buildNerLexicon } = await import("../../scripts/train/ner-lexicon-build.js");
    const shipped = NerTagger.fromBytes(readFileSync(new URL("../../models/ner.bin", import.meta.url)), "models/ner.bin").lexicon!;
    const now = buildNerLexicon();
    expect(shipped.keys.length).toBe(now.keys.length);
    expect(Buffer.from(shipped.keys.buffer, shipped.keys.byteOffset, shipped.keys.byteLength).equals(Buffer.from(now.keys.buffer, now.keys.byteOffset, now.keys.byteLength))).toBe(true);
    expect(Buffer.from(shipped.values.buffer, shipped.values.byteOffset, shipped.values.byteLength).equals(Buffer.from(now.values.buffer, now.values.byteOffset, now.values.byteLength))).toBe(true);
  });
});
