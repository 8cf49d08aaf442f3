/**
 * Property: HTML to text never throws and lets no script through
 * ===============================================================
 *
 * On any string the converter returns text (empty, or ending in one
 * newline) with LF line ends and never a CR. On documents built from text
 * and random elements, whatever a `<script>`, `<style>` or other dropped
 * element held never reaches the text, and neither does a `<script` tag.
 * (Text chunks here hold no `<` or `&`: a text that spells `&lt;script&gt;`
 * is text about a tag, not a tag, and is kept as such; the exporters escape
 * it.)
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findHtmlMarkup } from "../../src/corpus/find-html-markup.js";
import { htmlToText, inlineText } from "../../src/corpus/html-to-text.js";
import { FC, anyText, newsText } from "./arbitraries.js";

const MARKER = "SECRET";

/** A text chunk with no markup characters. */
const plain = newsText(8).map((t) => t.replace(/[<&]/g, " ").replace(/SECRET/g, ""));

const attribute = fc.constantFrom("", ' class="x"', " hidden", ' onload="alert(1)"', " data-x='<b>'", ' style="display:none"', " src=x onerror=alert(1)");

/** Elements whose content must never show. */
const dropped = fc.tuple(fc.constantFrom("script", "style", "noscript", "template", "iframe", "svg", "math", "textarea", "xmp", "nav", "SCRIPT", "ScRiPt"), attribute, plain).map(
  ([tag, attr, text]) => `<${tag}${attr}>${text}${MARKER}</${tag}>`,
);
const hiddenElement = fc.tuple(fc.constantFrom("p", "div", "span"), fc.constantFrom(" hidden", ' aria-hidden="true"', ' style="display: none"'), plain).map(
  ([tag, attr, text]) => `<${tag}${attr}>${text}${MARKER}</${tag}>`,
);
// A space after `<!--`: `<!-->x` is an empty comment followed by text, in browsers too.
const comment = plain.map((t) => `<!-- ${t}${MARKER}-->`);
const ordinary = fc.tuple(fc.constantFrom("p", "div", "b", "i", "a", "span", "li", "h1", "br", "td", "pre", "figcaption"), attribute).chain(([tag, attr]) =>
  fc.constantFrom(`<${tag}${attr}>`, `</${tag}>`, `<${tag}${attr}/>`),
);
const document = fc
  .array(fc.oneof({ weight: 4, arbitrary: plain }, { weight: 3, arbitrary: ordinary }, dropped, hiddenElement, comment, fc.constantFrom("<!DOCTYPE html>", "<html><head>", "</head><body>", "&amp;", "&nbsp;", "&eacute;")), { maxLength: 30 })
  .map((parts) => parts.join(""));

describe("htmlToText", () => {
  it("never throws on any string, and returns text with LF line ends", () => {
    fc.assert(
      fc.property(anyText(), fc.constantFrom("normal", "pre-line" as const), (input, whitespace) => {
        const { text } = htmlToText(input, { whitespace });
        expect(text === "" || (text.endsWith("\n") && !text.endsWith("\n\n\n"))).toBe(true);
        expect(text).not.toContain("\r");
        inlineText(input);
        findHtmlMarkup(input);
      }),
      FC,
    );
  });

  it("keeps nothing of scripts, styles, comments and hidden elements", () => {
    fc.assert(
      fc.property(document, fc.constantFrom("normal", "pre-line" as const), (input, whitespace) => {
        const page = htmlToText(input, { whitespace });
        for (const value of [page.text, page.title ?? "", page.outlet ?? "", page.published ?? ""]) {
          expect(value).not.toContain(MARKER);
          expect(value).not.toMatch(/<script|<\/script|onerror|<[a-z]/i);
        }
      }),
      FC,
    );
  });

  it("is found as markup whenever a script element is in the text", () => {
    fc.assert(
      fc.property(plain, plain, (before, after) => {
        expect(findHtmlMarkup(`${before}<script>alert(1)</script>${after}`)).toBeDefined();
      }),
      FC,
    );
  });
});
