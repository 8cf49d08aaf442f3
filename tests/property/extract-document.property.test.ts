/**
 * Property: the extractor takes any text, and its offsets are right
 * =================================================================
 *
 * On random news-like text (names in several scripts, markup characters,
 * every kind of line end, controls, lone surrogates) and on arbitrary
 * strings, extractDocument never throws, and every offset it gives indexes
 * the article's own text: mentions, sentences, event and triple evidence all
 * satisfy `text.slice(start, end) === …`. The same holds after the corpus
 * reader has prepared the text (line ends made LF, HTML reduced).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleText } from "../../src/corpus/article-text.js";
import { extractArticle } from "../../src/extract-article.js";
import { buildCasingModel, buildVocabulary } from "../../src/nlp/normalize.js";
import type { Evidence } from "../../src/schema/index.js";
import { FC, anyText, newsText } from "./arbitraries.js";

function checkOffsets(text: string, published?: string): void {
  const casing = buildCasingModel([text]);
  const vocabulary = buildVocabulary([text]);
  const x = extractArticle({ id: "doc", text, ...(published ? { published } : {}) }, { casing, vocabulary });
  const inside = (start: number, end: number) => Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length;
  for (const m of x.mentions) {
    expect(inside(m.start, m.end), JSON.stringify(m)).toBe(true);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.sentence).toBeLessThan(x.sentences.length);
  }
  for (const s of x.sentences) {
    expect(inside(s.start, s.end)).toBe(true);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  const evidence: Evidence[] = [...x.events.map((e) => e.evidence), ...x.triples.map((t) => t.evidence), ...x.claims.map((c) => c.evidence)];
  for (const e of evidence) {
    expect(inside(e.start, e.end)).toBe(true);
    expect(text.slice(e.start, e.end)).toBe(e.quote);
  }
  for (const e of x.events) expect(inside(e.start, e.end)).toBe(true);
}

describe("extractDocument", () => {
  it("never throws on news-like text, and every offset indexes the text", () => {
    fc.assert(
      fc.property(newsText(120), fc.constantFrom(undefined, "2017-12-11", "2016-03-14"), (text, published) => checkOffsets(text, published)),
      FC,
    );
  });

  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(anyText(300), (text) => checkOffsets(text)),
      FC,
    );
  });

  it("keeps offsets right on text the corpus reader prepared", () => {
    fc.assert(
      fc.property(newsText(120), (raw) => {
        const { text } = articleText(raw, "auto");
        expect(text).not.toContain("\r");
        checkOffsets(text, "2017-12-11");
      }),
      FC,
    );
  });

  it("keeps names in Arabic, Chinese and Cyrillic intact in the sentences", () => {
    const text = "President Vladimir Putin met 習近平 in Moscow.\nبشار الأسد visited Damascus on Monday.\nВладимир Путин прибыл в Дамаск.\n";
    checkOffsets(text, "2017-12-11");
    const x = extractArticle({ id: "doc", text }, { casing: buildCasingModel([text]) });
    const sentences = x.sentences.map((s) => s.text).join("\n");
    for (const name of ["習近平", "بشار الأسد", "Владимир Путин"]) expect(sentences).toContain(name);
  });
});
