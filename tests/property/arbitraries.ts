/**
 * Property tests: shared generators
 * =================================
 *
 * News-like text with the hostile characters real corpora carry: names in
 * several scripts, markup, line ends of every kind, controls that XML
 * forbids, lone surrogates and noncharacters. Every property runs with a
 * fixed seed and a bounded number of runs, so the suite is fast and a
 * failure reproduces.
 */
import fc from "fast-check";

/** Seed and run count shared by the property tests (override with FC_SEED / FC_RUNS to explore). */
export const FC = {
  seed: Number(process.env.FC_SEED ?? 20171211),
  numRuns: Number(process.env.FC_RUNS ?? 100),
};

const WORDS = [
  "President", "Vladimir", "Putin", "visited", "Syria", "on", "Monday", "met", "Bashar", "al-Assad", "in",
  "Damascus", "the", "Hmeimim", "air", "base", "Russian", "troops", "said", "Defence", "Minister", "Sergei",
  "Shoigu", "Mr", "U.S.", "Islamic", "State", "ISIS", "withdrawal", "talks", "Geneva", "'s", "Ankara",
  "習近平", "بشار", "الأسد", "Владимир", "Путин", "🇷🇺", "Ünal", "São", "Paulo", "12", "6,328", "2016",
];
const PUNCTUATION = [" ", " ", " ", ". ", ", ", "; ", ": ", "! ", "? ", '"', "“", "”", "'", "(", ")", "-", "—"];
const LINE_ENDS = ["\n", "\r\n", "\r", "\n\n", "\u2028", "\u0085"];
const HOSTILE = [
  "<", ">", "&", "&amp;", "]]>", "\u0000", "\u0001", "\u000B", "\u000C", "\u001F", "\u007F", "\uFFFE", "\uFFFF",
  "\uD800", "\uDC00", "\uFEFF", "\u00A0", "\t", "<script>alert(1)</script>", "<p>", "</p>", "<br>", "\\",
];

/** Text made of news words, punctuation, line ends and hostile characters, in any order. */
export const newsText = (maxLength = 60) =>
  fc
    .array(
      fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
        { weight: 5, arbitrary: fc.constantFrom(...PUNCTUATION) },
        { weight: 2, arbitrary: fc.constantFrom(...LINE_ENDS) },
        { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
        { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
      ),
      { maxLength },
    )
    .map((parts) => parts.join(""));

/** Any string: code points of every plane, and single UTF-16 code units (so lone surrogates too). */
export const anyText = (maxLength = 200) =>
  fc.string({
    maxLength,
    unit: fc.oneof(
      fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom("<", ">", "&", "\r", "\n", "<p>", "</p>", "<script>", "&#0;", "&#xD800;"),
    ),
  });
