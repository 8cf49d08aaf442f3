/**
 * news-kg corpus stage: bytes to text
 * ===================================
 *
 * News files come from many tools: UTF-8 with or without a BOM, UTF-16 saved
 * by Windows editors, and old Windows-1252 exports. Decoding never fails; the
 * caller learns which encoding was used so it can warn when it had to guess.
 *
 * Windows-1252 is decoded by hand rather than with TextDecoder("windows-1252"):
 * Node 20 decodes that label as ISO-8859-1 (0x80 becomes U+0080, not "€"),
 * and the result must not depend on the Node version.
 */

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  /** The text, without its byte order mark. */
  text: string;
  encoding: TextEncodingName;
  /** Whether a byte order mark was found (and dropped). */
  bom: boolean;
  /**
   * Byte offset of the first invalid UTF-8 sequence, when the bytes were not
   * valid UTF-8: then the text was decoded as Windows-1252 (no BOM) or with
   * U+FFFD replacements (UTF-8 BOM, which vouches for UTF-8 despite the damage).
   */
  invalidUtf8At?: number;
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
const utf16le = new TextDecoder("utf-16le", { fatal: false, ignoreBOM: true });

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const rest = bytes.subarray(3);
    try {
      return { text: utf8Strict.decode(rest), encoding: "utf-8", bom: true };
    } catch {
      return { text: utf8Lenient.decode(rest), encoding: "utf-8", bom: true, invalidUtf8At: 3 + firstInvalidUtf8(rest) };
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: utf16le.decode(bytes.subarray(2)), encoding: "utf-16le", bom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: utf16le.decode(swapBytePairs(bytes.subarray(2))), encoding: "utf-16be", bom: true };
  }
  try {
    return { text: utf8Strict.decode(bytes), encoding: "utf-8", bom: false };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252", bom: false, invalidUtf8At: firstInvalidUtf8(bytes) };
  }
}

/** Bytes 0x80..0x9F of Windows-1252 (the WHATWG table: the five unassigned bytes map to C1 controls). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192; // String.fromCharCode(...codes) must stay under the argument-count limit
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}

function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1]!;
    out[i + 1] = bytes[i]!;
  }
  // An odd trailing byte stays; the decoder turns it into U+FFFD.
  if (bytes.length % 2 === 1) out[bytes.length - 1] = bytes[bytes.length - 1]!;
  return out;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (length if none). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c < min || c > max) return i;
    }
    i += need + 1;
  }
  return n;
}
