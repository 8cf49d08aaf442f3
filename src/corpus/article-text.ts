/**
 * news-kg corpus stage: the text an article is made of
 * ====================================================
 *
 * Every article text passes here once, whatever file it came from: line ends
 * become LF (normalize-newlines.ts), and HTML — a whole page (`.html`) or
 * markup left in a text file or a JSON line — is reduced to its text
 * (html-to-text.ts). What comes out is `Article.text`, the string every
 * offset downstream indexes; the file's bytes are not.
 */
import { findHtmlMarkup, type HtmlMarkup } from "./find-html-markup.js";
import { htmlToText, type HtmlText } from "./html-to-text.js";
import { normalizeNewlines } from "./normalize-newlines.js";

export interface ArticleText extends HtmlText {
  /** The markup that made a text file count as HTML, when it was converted. */
  converted?: HtmlMarkup;
}

/**
 * `html`: true for an HTML page; "auto" converts text only when it carries
 * markup (and then keeps its line breaks, which are its paragraphs).
 */
export function articleText(raw: string, html: true | "auto"): ArticleText {
  const text = normalizeNewlines(raw);
  if (html === true) return htmlToText(text, { whitespace: "normal" });
  const markup = findHtmlMarkup(text);
  if (!markup) return { text };
  return { ...htmlToText(text, { whitespace: "pre-line" }), converted: markup };
}

/** The warning for a text file (or line) that was converted. */
export function convertedMessage(markup: HtmlMarkup): string {
  return (
    `contains HTML markup (${JSON.stringify(markup.markup)} at character ${markup.index}); ` +
    "converted to text, which offsets index"
  );
}
