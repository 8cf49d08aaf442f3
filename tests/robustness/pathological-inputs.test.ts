/**
 * Pathological inputs finish: no super-linear regex or loop
 * =========================================================
 *
 * One 5 MB line, 10,000 capitalised words in a row, 1 MB of "a.", and inputs
 * made to defeat the reader's own patterns (an endless front matter, a tag
 * that never closes, thousands of `<`). Each goes through the corpus reader's
 * functions and the extractor's normaliser (casing model, vocabulary,
 * truecasing). These are not speed tests (speed goals live in benchmarks): the
 * vitest timeout only guards against behaviour that grows with the square of
 * the input, which would take minutes or hours here instead of a second.
 *
 * The extractor proper (src/extract/, not owned here) does not yet pass all
 * of them; those cases are marked `it.fails` / `it.skip` with the file and
 * the fix needed, and were reported.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { binaryReason } from "../../src/corpus/binary-reason.js";
import { decodeText } from "../../src/corpus/decode-text.js";
import { findHtmlMarkup } from "../../src/corpus/find-html-markup.js";
import { parseFrontMatter } from "../../src/corpus/front-matter.js";
import { htmlToText } from "../../src/corpus/html-to-text.js";
import { normalizeDate } from "../../src/corpus/normalize-date.js";
import { normalizeNewlines } from "../../src/corpus/normalize-newlines.js";
import { parseJsonlLine } from "../../src/corpus/parse-jsonl-line.js";
import { parseTextArticle } from "../../src/corpus/parse-text-article.js";
import { readCorpus } from "../../src/corpus/read-corpus.js";
import { extractArticle } from "../../src/extract-article.js";
import { buildCasingModel, buildVocabulary, isLowercased, truecase } from "../../src/nlp/normalize.js";
import { tempDir } from "../helpers/kg-cli.js";

/** Seconds a linear pass over these inputs needs with a wide margin for slow CI machines. */
const GUARD = 30_000;

const SENTENCE = "President Vladimir Putin visited Syria on Monday and met officials in Damascus, ";
const INPUTS: Record<string, () => string> = {
  "one 5 MB line": () => SENTENCE.repeat(Math.ceil(5e6 / SENTENCE.length)).slice(0, 5e6),
  "10,000 capitalised words in a row": () => `${Array.from({ length: 10_000 }, (_, i) => ["Vladimir", "Putin", "Moscow", "Syria", "Damascus", "Assad", "Al-Qaeda", "U.S."][i % 8]).join(" ")}.\n`,
  '1 MB of "a."': () => "a.".repeat(500_000),
  '1 MB of "A. "': () => "A. ".repeat(350_000),
  "1 MB of newlines": () => "\n".repeat(1_000_000),
  "1 MB of CR": () => "\r".repeat(1_000_000),
  "1 MB of quotes": () => '"“'.repeat(500_000),
  "1 MB of <": () => "<".repeat(1_000_000),
  "a tag that never closes": () => `<p class="${"a".repeat(1_000_000)}`,
  "an attribute of = signs": () => `<p ${"=".repeat(1_000_000)}`,
  "200,000 nested elements": () => "<div>".repeat(100_000) + "<b>".repeat(100_000),
  "an endless front matter": () => `---\n${"key: 'value\n".repeat(100_000)}`,
  "front matter of quotes": () => `---\ntitle: "${'\\"'.repeat(300_000)}\n---\nbody\n`,
};

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe.each(Object.entries(INPUTS))("%s", (_, make) => {
  const text = make();

  it("goes through the corpus reader's functions", { timeout: GUARD }, () => {
    const bytes = Buffer.from(text);
    expect(decodeText(bytes).text.length).toBe(text.length);
    binaryReason(text);
    normalizeNewlines(text);
    parseFrontMatter(text);
    normalizeDate(text);
    findHtmlMarkup(text);
    expect(typeof htmlToText(text).text).toBe("string");
    expect(typeof htmlToText(text, { whitespace: "pre-line" }).text).toBe("string");
    parseTextArticle(text, { source: "x.txt", where: "x.txt" });
    parseJsonlLine(JSON.stringify({ id: "x", text }), { source: "x.jsonl:1", where: "x.jsonl:1" });
  });

  it("is read from disk as a file and as a JSON line", { timeout: GUARD }, async () => {
    const dir = tempDir("pathological");
    dirs.push(dir);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "a.txt"), text);
    writeFileSync(path.join(dir, "b.jsonl"), `${JSON.stringify({ id: "b", text })}\n`);
    const { articles, diagnostics } = await readCorpus(dir);
    expect(articles.length + diagnostics.length).toBeGreaterThan(0);
  });

  it("goes through the extractor's normaliser", { timeout: GUARD }, () => {
    const casing = buildCasingModel([text]);
    buildVocabulary([text]);
    if (isLowercased(text)) expect(truecase(text, casing).length).toBe(text.length);
  });
});

describe("extractDocument on pathological inputs", () => {
  const casing = buildCasingModel([]);
  const extract = (text: string) => extractArticle({ id: "x", text }, { casing });

  it.each(["10,000 capitalised words in a row", '1 MB of "a."', '1 MB of "A. "', "1 MB of newlines", "1 MB of quotes"])(
    "finishes on %s",
    { timeout: GUARD },
    (name) => {
      const text = INPUTS[name]!();
      for (const m of extract(text).mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    },
  );

  // src/extract/extract-document.ts: `spans.push(...findSentenceMentions(…))` spreads one
  // sentence's mentions as call arguments; a sentence with ~120,000 mentions or more (a 5 MB
  // line without a full stop has 250,000) throws "RangeError: Maximum call stack size exceeded",
  // and runPipeline drops the whole article ("extraction failed"). Fix: push in a loop (or
  // concat) there and at the other `push(...list)` of unbounded lists (spanTriples, claims).
  // Remove `.fails` when fixed.
  it("finishes on one 5 MB line", { timeout: GUARD }, () => {
    const text = INPUTS["one 5 MB line"]!();
    expect(extract(text).mentions.length).toBeGreaterThan(0);
  });

  // Quadratic in the number of sentences, mentions and events of one article (1 MB of
  // lower-case news: 8.7 s; 2 MB: 28 s). The causes, all in src/extract/:
  //   events.ts settleEvents: `starters.filter(…same type…)` per starter, `dated.filter(…)` per
  //     event and `out.find(…same sentence…)` per event → index by type / sentence once;
  //   events.ts findEvents: `input.quoted.some(…)` per trigger → binary search the sorted ranges;
  //   relations.ts implicitCountry: `ctx.mentions.findIndex(…)` over every mention of the document
  //     → a Map keyed by sentence:start kept with the document;
  //   extract-document.ts: `spans.map(… m.sentence === s.index …)` and `captions.some(…)` per
  //     sentence → group mentions by sentence once.
  // Skipped, not failing, because the test would take minutes. Enable when fixed.
  it("finishes on 2 MB of lower-cased news text", { timeout: GUARD }, () => {
    const text = "vladimir putin visited syria on monday and met officials in damascus. ".repeat(30_000);
    expect(extract(text).sentences.length).toBe(30_000);
  });
});
