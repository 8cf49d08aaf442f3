/**
 * Sentence splitting with character offsets
 * =========================================
 *
 * Lines are hard boundaries (news text puts paragraphs, headlines and
 * captions on lines of their own). Inside a line a sentence ends at . ! or ?
 * (with closing quotes or brackets) followed by a space and anything but a
 * lower-case letter (a capital, digit, quote, emoji…) — unless the word before the stop is an abbreviation.
 * Works on the truecased text, whose offsets equal the article's.
 */
import type { Sentence } from "../schema/index.js";
import { ABBREVIATIONS } from "./tokens.js";

const BOUNDARY_RE = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[^\s\p{Ll}])/gu;

/**
 * No real sentence is this long; a longer run (a table, a dump without full
 * stops) is cut into pieces at spaces, so that every later pass, which looks at
 * pairs of words within a sentence, stays linear in the length of the text.
 */
export const MAX_SENTENCE_LENGTH = 3_000;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    while (end - start > MAX_SENTENCE_LENGTH) {
      let cut = text.lastIndexOf(" ", start + MAX_SENTENCE_LENGTH);
      if (cut <= start) cut = start + MAX_SENTENCE_LENGTH;
      sentences.push({ index: sentences.length, start, end: cut, text: text.slice(start, cut) });
      start = cut;
      while (start < end && /\s/u.test(text[start]!)) start++;
    }
    if (end > start) sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    let from = 0;
    BOUNDARY_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BOUNDARY_RE.exec(line)) !== null) {
      const stop = m.index + m[0].length;
      if (m[0].startsWith(".") && endsWithAbbreviation(line, m.index)) continue;
      push(lineStart + from, lineStart + stop);
      from = stop;
    }
    push(lineStart + from, lineEnd);
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function endsWithAbbreviation(line: string, dot: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(line.slice(Math.max(0, dot - 12), dot));
  if (!word) return false;
  const w = word[1]!.toLowerCase();
  // "U.S." and single initials ("J. Smith") are abbreviations too.
  return ABBREVIATIONS.has(w) || /^(?:\p{L}\.)+\p{L}$/u.test(w) || /^\p{Lu}$/u.test(word[1]!);
}
