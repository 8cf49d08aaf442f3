/**
 * Tokens with character offsets
 * =============================
 *
 * A small, fast tokenizer: words (with inner hyphens and apostrophes),
 * dotted abbreviations (U.S.), numbers (6,328 / 2.4) and single punctuation
 * marks. Possessive "'s" is split off; so is the bare "s" of tokenized text
 * ("russia s"), which is marked as a possessive too.
 */

import type { Token } from "../schema/index.js";

export type { Token };

const TOKEN_RE =
  /(?:\p{L}\.){2,}|\p{N}+(?:[.,:/-]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** Abbreviations that keep their full stop. */
export const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "adm", "gov", "sen", "rep", "st", "prof",
  "rev", "jr", "sr", "inc", "corp", "ltd", "co", "vs", "no", "maj", "brig", "cmdr", "mt", "ft",
  "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec",
]);

const COMPOUND_RE = /^(\p{Lu}[\p{L}\p{M}.]*)-(based|backed|brokered|led|controlled|held|run|funded|allied|sponsored|owned|linked|born|made|supported|dominated|ruled)$/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    let value = m[0];
    let start = m.index;
    // Split a trailing possessive off the word: "Russia's" → "Russia" + "'s".
    const poss = /^(.+?)(['’]s)$/u.exec(value);
    if (poss && poss[1]!.length > 0) {
      tokens.push(makeToken(poss[1]!, start, false));
      start += poss[1]!.length;
      value = poss[2]!;
      tokens.push(makeToken(value, start, true));
      continue;
    }
    // "UK-based", "Iran-backed": the name is a token of its own.
    const compound = COMPOUND_RE.exec(value);
    if (compound) {
      const name = compound[1]!;
      tokens.push(makeToken(name, start, false));
      tokens.push(makeToken("-", start + name.length, false));
      tokens.push(makeToken(compound[2]!, start + name.length + 1, false));
      continue;
    }
    const prev = tokens[tokens.length - 1];
    // "S. Waugh": a single capital with a full stop is an initial.
    const initial = value === "." && prev && prev.end === start && /^\p{Lu}$/u.test(prev.text) && /^ \p{Lu}/u.test(slice.slice(start + 1, start + 3));
    if (value === "." && prev && ((ABBREVIATIONS.has(prev.lower) && prev.end === start) || initial)) {
      prev.text += ".";
      prev.end += 1;
      continue;
    }
    // Tokenized text writes "russia s" for "russia's".
    const detached = value === "s" && prev !== undefined && /\p{L}$/u.test(prev.text) && start === prev.end + 1;
    tokens.push(makeToken(value, start, detached));
  }
  return tokens;
}

function makeToken(text: string, start: number, possessive: boolean): Token {
  const first = text.charAt(0);
  return {
    text,
    lower: text.toLowerCase(),
    start,
    end: start + text.length,
    // Scripts without case (Arabic, Chinese, Hebrew…) in English news are names: treat them as capitalised.
    cap: isUpper(first) || /^\p{Lo}/u.test(first) || /^(?:al|el|ad|as|ash|an|ar|at|az)-\p{Lu}/u.test(text),
    possessive,
  };
}

export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
