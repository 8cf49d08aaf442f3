/**
 * findHtmlMarkup: which texts are HTML
 * ====================================
 *
 * Markup that proves a text is HTML, and angle brackets that news text uses
 * on its own (Reuters' `<IBM>` tickers and `<Company Inc>` names), which must
 * not make an article go through the HTML parser.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findHtmlMarkup } from "../../src/corpus/find-html-markup.js";
import { repoRoot } from "../helpers/gexf-validate.js";
import { SHARED_MISSING, sharedPath, skipNote } from "../helpers/skip-note.js";

describe("findHtmlMarkup", () => {
  it.each([
    ["<!DOCTYPE html><p>x", "<!DOCTYPE "],
    ["text <!-- comment --> text", "<!--"],
    ["a paragraph</p>", "</p>"],
    ["upper case </DIV >", "</DIV >"],
    ['<a href="https://example.com">link', '<a href="https://example.com">'],
    ["<p class=lead>Lead", "<p class=lead>"],
    ["line<br>line", "<br>"],
    ["line<BR/>line", "<BR/>"],
    ["<hr />", "<hr />"],
    ["<script>alert(1)</script>", "<script>"],
    ["<SCRIPT src=x>", "<SCRIPT src=x>"],
    ["<style>", "<style>"],
    ["<iframe/src=x>", "<iframe/"],
    ["<svg onload=alert(1)>", "<svg onload=alert(1)>"],
    ["<svg/onload=alert(1)>", "<svg/"],
  ])("finds markup in %j", (input, markup) => {
    expect(findHtmlMarkup(input)?.markup).toBe(markup);
  });

  it.each([
    ["plain text", "Putin visited Syria."],
    ["comparisons", "if x < y and y > z then 3<4"],
    ["Reuters tickers", "First Interstate Bancorp <I> and <IBM> and <P> and <B> and <em> rose"],
    ["Reuters company names", "<Video Shopping Mall Inc> said it signed WJTC-TV"],
    ["an upper-case BR ticker", "Burlington Resources <BR> rose"],
    ["an e-mail address", "write to <editor@example.com>"],
    ["an arrow", "<-- back"],
  ])("finds none in %s", (_, input) => {
    expect(findHtmlMarkup(input)).toBeUndefined();
  });

  it("gives the index of the first markup", () => {
    expect(findHtmlMarkup("abc <br> def </p>")).toEqual({ index: 4, markup: "<br>" });
  });

  const corpora = sharedPath("corpora");
  const haveCorpora = existsSync(path.join(corpora, "reuters-21578.jsonl")) && existsSync(path.join(corpora, "bbc-2004-2005.jsonl"));
  it.skipIf(!haveCorpora)(
    `finds none in the Reuters-21578 and BBC corpora, which are plain text${skipNote(haveCorpora, SHARED_MISSING)}`,
    () => {
      for (const name of ["reuters-21578.jsonl", "bbc-2004-2005.jsonl"]) {
        const hits: string[] = [];
        for (const line of readFileSync(path.join(corpora, name), "utf8").split("\n")) {
          if (!line) continue;
          const { id, text } = JSON.parse(line) as { id: string; text: string };
          const m = findHtmlMarkup(text);
          if (m) hits.push(`${id}: ${m.markup}`);
        }
        expect(hits, name).toEqual([]);
      }
    },
  );

  it("is linear on inputs built to make a regex backtrack", () => {
    // Each would take minutes with a backtracking pattern such as /<p\s[^<>]*=[^<>]*>/.
    for (const input of [`<p ${"=".repeat(200_000)}`, `<p ${" a=b".repeat(100_000)}`, "<br".repeat(200_000), "</".repeat(300_000)]) {
      expect(findHtmlMarkup(input)).toBeUndefined();
    }
  });
});
