import { describe, expect, it } from "vitest";
import { decodeLinear, encodeLinear } from "../../src/nlp/linear-codec.js";
import { decodeModelFile, encodeModelFile } from "../../src/nlp/model-format.js";
import { LinearModel, PerceptronTrainer } from "../../src/nlp/perceptron.js";
import { seededRandom } from "../../src/nlp/random.js";
import { ModelError } from "../../src/schema/index.js";

/** A perceptron trained on random sparse examples: rows of varied lengths, weights of varied sizes. */
function trainedData(classes: number, seed: number) {
  const random = seededRandom(seed);
  const t = new PerceptronTrainer(classes, 64);
  const f = new Uint32Array(6);
  for (let i = 0; i < 3000; i++) {
    for (let k = 0; k < f.length; k++) f[k] = 1 + Math.floor(random() * 400);
    const gold = f[0]! % classes;
    const scores = new Float64Array(classes);
    t.score(f, f.length, scores);
    let guess = 0;
    for (let c = 1; c < classes; c++) if (scores[c]! > scores[guess]!) guess = c;
    t.update(f, f.length, gold, guess);
    t.tick();
  }
  return t.finish(0);
}

function roundTrip(classes: number) {
  const data = trainedData(classes, 7);
  const { header, sections } = encodeLinear("m", data);
  const bytes = encodeModelFile({ model: "test", codec: header }, sections);
  const file = decodeModelFile<{ codec: typeof header }>(bytes, "test.bin");
  return { data, back: decodeLinear(file, "m", file.header.codec, "test.bin"), bytes, header };
}

describe("linear codec", () => {
  for (const classes of [17, 300]) {
    it(`keeps every row and class and each weight within half a step (${classes} classes)`, () => {
      const { data, back, header } = roundTrip(classes);
      expect(Array.from(back.keys)).toEqual(Array.from(data.keys));
      expect(Array.from(back.offsets)).toEqual(Array.from(data.offsets));
      expect(Array.from(back.labels)).toEqual(Array.from(data.labels));
      let worst = 0;
      for (let e = 0; e < data.weights.length; e++) worst = Math.max(worst, Math.abs(back.weights[e]! - data.weights[e]!));
      expect(worst).toBeLessThanOrEqual(header.scale * 0.5001);
      expect(worst).toBeGreaterThan(0);
    });
  }

  it("scores as the float model does, to the argmax", () => {
    const { data, back } = roundTrip(17);
    const a = new LinearModel(data);
    const b = new LinearModel(back);
    const random = seededRandom(3);
    const f = new Uint32Array(6);
    let same = 0;
    for (let i = 0; i < 500; i++) {
      for (let k = 0; k < f.length; k++) f[k] = 1 + Math.floor(random() * 400);
      const sa = new Float64Array(17);
      const sb = new Float64Array(17);
      a.score(f, f.length, sa);
      b.score(f, f.length, sb);
      if (sa.indexOf(Math.max(...sa)) === sb.indexOf(Math.max(...sb))) same++;
    }
    expect(same).toBeGreaterThanOrEqual(495);
  });

  it("encodes the same data to the same bytes", () => {
    expect(Buffer.from(roundTrip(17).bytes).equals(Buffer.from(roundTrip(17).bytes))).toBe(true);
  });

  it("names the file when a section is missing or inconsistent", () => {
    const data = trainedData(17, 1);
    const { header, sections } = encodeLinear("m", data);
    const missing = decodeModelFile<object>(encodeModelFile({}, { ...sections, "m.lengths": new Uint8Array(0) }), "x.bin");
    expect(() => decodeLinear(missing, "m", header, "x.bin")).toThrow(ModelError);
    expect(() => decodeLinear(missing, "m", header, "x.bin")).toThrow(/x\.bin/);
    const none = decodeModelFile<object>(encodeModelFile({}, {}), "y.bin");
    expect(() => decodeLinear(none, "m", header, "y.bin")).toThrow(/no section m\.keys/);
  });
});
