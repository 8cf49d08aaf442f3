/**
 * A compact file layout for a linear model
 * ========================================
 *
 * `LinearModelData` in memory spends 8 bytes a row (key, offset) and 6 an
 * entry (16-bit class, 32-bit weight). On disk a row needs its key and its
 * length (a row has at most one entry a class), an entry its class in a byte
 * where there are at most 256 classes, and its weight as a 16-bit integer
 * times one scale for the model (the largest weight maps to ±32767): half the
 * size, and scores that differ from the float weights' by at most
 * features × scale / 2, far below the margins the models decide by. Encoding
 * is a pure function of the data, so a retrained model is the same bytes.
 */
import { ModelError } from "../schema/index.js";
import type { LinearModelData } from "./perceptron.js";
import type { ModelFile, SectionArray } from "./model-format.js";

/** What the header records of an encoded model: its classes and its weight scale. */
export interface LinearCodecHeader {
  classes: number;
  scale: number;
}

/** Sections `${name}.keys`, `.lengths`, `.labels`, `.weights` and the header entry for a model. */
export function encodeLinear(name: string, data: LinearModelData): { header: LinearCodecHeader; sections: Record<string, SectionArray> } {
  const rows = data.keys.length;
  const wide = data.classes > 256;
  const lengths = wide ? new Uint16Array(rows) : new Uint8Array(rows);
  for (let r = 0; r < rows; r++) {
    const n = data.offsets[r + 1]! - data.offsets[r]!;
    if (n > data.classes) throw new Error(`encodeLinear: row ${r} has ${n} entries for ${data.classes} classes`);
    lengths[r] = n;
  }
  const entries = data.weights.length;
  let max = 0;
  for (let e = 0; e < entries; e++) max = Math.max(max, Math.abs(data.weights[e]!));
  // Math.fround: the scale is stored as a JSON number and read back as the same float.
  const scale = max === 0 ? 1 : Math.fround(max / 32767);
  const q = new Int16Array(entries);
  for (let e = 0; e < entries; e++) q[e] = Math.max(-32767, Math.min(32767, Math.round(data.weights[e]! / scale)));
  const labels = wide ? Uint16Array.from(data.labels) : Uint8Array.from(data.labels);
  return {
    header: { classes: data.classes, scale },
    sections: {
      [`${name}.keys`]: data.keys,
      [`${name}.lengths`]: lengths,
      [`${name}.labels`]: labels,
      [`${name}.weights`]: new Uint16Array(q.buffer),
    },
  };
}

/** A decoded model with its weights as stored: 16-bit integers and one scale (weight = q · scale). */
export interface QuantizedLinear {
  classes: number;
  keys: Uint32Array;
  offsets: Uint32Array;
  labels: Uint16Array;
  q: Int16Array;
  scale: number;
}

/** The model back with its stored integer weights: what integer scorers (ner-scorer.ts) read. */
export function decodeLinearQuantized(model: ModelFile<object>, name: string, header: LinearCodecHeader, file: string): QuantizedLinear {
  const get = (part: string): SectionArray => {
    const s = model.sections.get(`${name}.${part}`);
    if (!s) throw new ModelError(file, `has no section ${name}.${part}; run \`npm run train\``);
    return s;
  };
  const keys = get("keys");
  const lengths = get("lengths");
  const labels = get("labels");
  const raw = get("weights");
  if (!(keys instanceof Uint32Array) || !(raw instanceof Uint16Array) || lengths instanceof Float32Array || labels instanceof Float32Array || lengths instanceof Uint32Array || labels instanceof Uint32Array) {
    throw new ModelError(file, `section ${name} has the wrong types`);
  }
  if (lengths.length !== keys.length || labels.length !== raw.length) throw new ModelError(file, `section ${name} is inconsistent`);
  const offsets = new Uint32Array(keys.length + 1);
  for (let r = 0; r < keys.length; r++) offsets[r + 1] = offsets[r]! + lengths[r]!;
  if (offsets[keys.length] !== labels.length) throw new ModelError(file, `section ${name}: row lengths do not add up to its entries`);
  const classes = header.classes;
  for (let e = 0; e < labels.length; e++) if (labels[e]! >= classes) throw new ModelError(file, `section ${name}: class ${labels[e]} out of range`);
  const q = new Int16Array(raw.buffer, raw.byteOffset, raw.length);
  return { classes, keys, offsets, labels: labels instanceof Uint16Array ? labels : Uint16Array.from(labels), q, scale: header.scale };
}

/** The model back, with float weights (each the stored integer times the scale). */
export function decodeLinear(model: ModelFile<object>, name: string, header: LinearCodecHeader, file: string): LinearModelData {
  const { classes, keys, offsets, labels, q, scale } = decodeLinearQuantized(model, name, header, file);
  const weights = new Float32Array(q.length);
  for (let e = 0; e < q.length; e++) weights[e] = q[e]! * scale;
  return { classes, keys, offsets, labels, weights };
}
