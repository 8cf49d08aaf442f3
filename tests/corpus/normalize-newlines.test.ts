/**
 * normalizeNewlines: CRLF and lone CR to LF
 * =========================================
 */
import { describe, expect, it } from "vitest";
import { normalizeNewlines } from "../../src/corpus/normalize-newlines.js";

describe("normalizeNewlines", () => {
  it.each([
    ["a\r\nb\r\n", "a\nb\n"],
    ["a\rb\r", "a\nb\n"],
    ["a\r\r\nb\n\rc", "a\n\nb\n\nc"],
    ["no carriage return\n", "no carriage return\n"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeNewlines(input)).toBe(expected);
  });

  it("returns the same string when there is nothing to change", () => {
    const text = "x".repeat(1000);
    expect(normalizeNewlines(text)).toBe(text);
  });
});
