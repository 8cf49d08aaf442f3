/**
 * decodeText and binaryReason: encodings seen in the wild
 * =======================================================
 */
import { describe, expect, it } from "vitest";
import { binaryReason } from "../../src/corpus/binary-reason.js";
import { decodeText, decodeWindows1252, firstInvalidUtf8 } from "../../src/corpus/decode-text.js";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

describe("decodeText", () => {
  it.each([
    ["plain UTF-8", bytes("Hmeimim – “air base”"), "Hmeimim – “air base”", "utf-8", false],
    ["UTF-8 with BOM", bytes([0xef, 0xbb, 0xbf], "Tartus"), "Tartus", "utf-8", true],
    ["UTF-16 LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Şam €", "utf16le")]), "Şam €", "utf-16le", true],
    [
      "UTF-16 BE with BOM",
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("Şam €", "utf16le").swap16()]),
      "Şam €",
      "utf-16be",
      true,
    ],
    ["Windows-1252", bytes("Caf", [0xe9, 0x20, 0x80, 0x93, 0x94, 0x81]), "Café €“”\u0081", "windows-1252", false],
  ])("decodes %s", (_name, input, text, encoding, bom) => {
    const decoded = decodeText(input);
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.bom).toBe(bom);
  });

  it("says where UTF-8 breaks", () => {
    expect(decodeText(bytes("abc", [0xe9], "d")).invalidUtf8At).toBe(3);
    expect(decodeText(bytes("ok")).invalidUtf8At).toBeUndefined();
    const damaged = decodeText(bytes([0xef, 0xbb, 0xbf], "é", [0xff], "x"));
    expect(damaged).toEqual({ text: "é\ufffdx", encoding: "utf-8", bom: true, invalidUtf8At: 5 });
  });

  it.each([
    [[0xc0, 0x80], 0], // overlong
    [[0xe0, 0x80, 0x80], 0], // overlong
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    [[0x61, 0xe2, 0x82], 1], // truncated
    [[0x61, 0xf0, 0x9f, 0x98, 0x80, 0x80], 5], // stray continuation
    [[0x61, 0xf0, 0x9f, 0x98, 0x80], 5], // valid
  ])("firstInvalidUtf8(%j) is %i", (input, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(input))).toBe(offset);
  });

  it("decodes long Windows-1252 input in chunks", () => {
    const long = new Uint8Array(100_000).fill(0x80);
    expect(decodeWindows1252(long)).toBe("€".repeat(100_000));
  });
});

describe("binaryReason", () => {
  it.each([
    ["prose with tabs, CRLF and form feeds", "a\tb\r\nc\fd\ve\n", undefined],
    ["an empty text", "", undefined],
    ["a NUL", "abc\u0000def", /^NUL character at offset 3$/],
    ["many control characters", "ab\u0001\u0002\u001b\u007f", /control characters/],
  ])("judges %s", (_name, text, expected) => {
    const reason = binaryReason(text);
    if (expected === undefined) expect(reason).toBeUndefined();
    else expect(reason).toMatch(expected);
  });
});
