/**
 * The model file format
 * =====================
 *
 * One binary file a model, little-endian:
 *
 *   "NKGM" | format version (u32) | header length (u32) | header (UTF-8 JSON)
 *   | sections, each aligned to 4 bytes | CRC-32 of all the bytes before it (u32)
 *
 * The header names the model, its labels and settings, and lists the sections
 * (`{name, type, length}`); a section is a typed array (u8, u16, u32, f32).
 * Loading checks the magic, the version and the checksum, so a truncated or
 * damaged file fails with a message naming it rather than predicting nonsense.
 * Sections are views on the file's bytes: nothing is copied at load.
 */
import { ModelError } from "../schema/index.js";

export const MODEL_FORMAT_VERSION = 1;
const MAGIC = 0x4d474b4e; // "NKGM" read as a little-endian u32

export type SectionArray = Uint8Array | Uint16Array | Uint32Array | Float32Array;

type SectionType = "u8" | "u16" | "u32" | "f32";

interface SectionEntry {
  name: string;
  type: SectionType;
  length: number;
}

export interface ModelFile<H> {
  header: H;
  sections: Map<string, SectionArray>;
}

export function encodeModelFile(header: object, sections: Record<string, SectionArray>): Uint8Array {
  const names = Object.keys(sections);
  const entries: SectionEntry[] = names.map((name) => ({ name, type: typeOf(sections[name]!), length: sections[name]!.length }));
  const headerBytes = new TextEncoder().encode(JSON.stringify({ ...header, sections: entries }));
  let size = align4(12 + headerBytes.length);
  for (const name of names) size += align4(sections[name]!.byteLength);
  size += 4;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, MODEL_FORMAT_VERSION, true);
  view.setUint32(8, headerBytes.length, true);
  bytes.set(headerBytes, 12);
  let at = align4(12 + headerBytes.length);
  for (const name of names) {
    const a = sections[name]!;
    // Typed arrays are in the platform's byte order; every machine we run on is little-endian.
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += align4(a.byteLength);
  }
  view.setUint32(at, crc32(bytes, 0, at), true);
  return bytes;
}

/** Reads a model file; `file` names it in errors. */
export function decodeModelFile<H extends object>(bytes: Uint8Array, file: string): ModelFile<H> {
  if (bytes.length < 16) throw new ModelError(file, "not a news-kg model (too short); run `npm run train` to rebuild models/");
  // Sections are typed-array views, which need a 4-aligned start: copy a misaligned buffer once.
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new ModelError(file, "not a news-kg model (bad magic number)");
  const version = view.getUint32(4, true);
  if (version !== MODEL_FORMAT_VERSION) {
    throw new ModelError(file, `model format version ${version}, this news-kg reads version ${MODEL_FORMAT_VERSION}; run \`npm run train\``);
  }
  const end = bytes.length - 4;
  if (view.getUint32(end, true) !== crc32(bytes, 0, end)) throw new ModelError(file, "checksum mismatch: the model file is damaged or truncated");
  const headerLength = view.getUint32(8, true);
  if (12 + headerLength > end) throw new ModelError(file, "header runs past the end of the file");
  let header: H & { sections: SectionEntry[] };
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength)));
  } catch {
    throw new ModelError(file, "unreadable model header");
  }
  const sections = new Map<string, SectionArray>();
  let at = align4(12 + headerLength);
  for (const entry of header.sections ?? []) {
    const width = entry.type === "u8" ? 1 : entry.type === "u16" ? 2 : 4;
    const byteLength = entry.length * width;
    if (at + byteLength > end) throw new ModelError(file, `section ${entry.name} runs past the end of the file`);
    const offset = bytes.byteOffset + at;
    const array =
      entry.type === "u8"
        ? new Uint8Array(bytes.buffer, offset, entry.length)
        : entry.type === "u16"
          ? new Uint16Array(bytes.buffer, offset, entry.length)
          : entry.type === "u32"
            ? new Uint32Array(bytes.buffer, offset, entry.length)
            : new Float32Array(bytes.buffer, offset, entry.length);
    sections.set(entry.name, array);
    at += align4(byteLength);
  }
  const { sections: _listed, ...rest } = header;
  void _listed;
  return { header: rest as unknown as H, sections };
}

/** A named section of the expected type, or a ModelError. */
export function section<T extends SectionArray>(model: ModelFile<object>, name: string, type: new (n: number) => T, file: string): T {
  const a = model.sections.get(name);
  if (!(a instanceof type)) throw new ModelError(file, `section ${name} is missing or of the wrong type`);
  return a as T;
}

function typeOf(a: SectionArray): SectionType {
  if (a instanceof Uint8Array) return "u8";
  if (a instanceof Uint16Array) return "u16";
  if (a instanceof Uint32Array) return "u32";
  return "f32";
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

let table: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3), as zlib computes it. */
export function crc32(bytes: Uint8Array, from = 0, to = bytes.length): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = from; i < to; i++) crc = table[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
