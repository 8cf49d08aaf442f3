/**
 * news-kg corpus stage: does this text carry HTML markup?
 * =======================================================
 *
 * Scraped articles saved as .txt (or JSONL text) often keep some of their
 * page: `<p>…</p>`, a `<br>`, a stray `<script>`. Such text is converted with
 * the HTML parser (see html-to-text.ts). But angle brackets are also plain
 * text in news: Reuters writes tickers and company names as `<IBM>`, `<I>`,
 * `<em>`, `<P>`, `<Video Shopping Mall Inc>`. So a bare opening tag proves
 * nothing; a text counts as HTML only when it has
 *   - a doctype or a comment (`<!DOCTYPE html>`, `<!-- … -->`),
 *   - a closing tag of a known element (`</p>`, `</DIV>`),
 *   - a tag with an attribute (`<a href="…">`, `<p class=x>`),
 *   - a line break or rule written as HTML (`<br>`, `<br/>`, `<HR />`;
 *     upper-case `<BR>` alone could be a ticker), or
 *   - the opening of an element that runs code or hides content (`<script`,
 *     `<style`, `<iframe`, …), which must never stay in an article as text.
 *
 * Every pattern is linear: after each `<` it reads a known name and then at
 * most up to the next `<` or `>`, with no two ways to match the same
 * characters, so no input makes it backtrack.
 */

const TAGS = [
  "html", "head", "body", "title", "meta", "link", "base", "script", "style", "noscript", "template", "iframe",
  "svg", "math", "p", "div", "span", "br", "hr", "a", "b", "i", "u", "s", "em", "strong", "small", "big", "sub",
  "sup", "mark", "q", "cite", "abbr", "code", "pre", "kbd", "samp", "var", "tt", "font", "center", "blockquote",
  "h[1-6]", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
  "img", "figure", "figcaption", "picture", "source", "video", "audio", "embed", "object", "canvas", "article",
  "section", "header", "footer", "nav", "aside", "main", "address", "time", "form", "input", "button", "select",
  "option", "textarea", "label", "fieldset", "legend", "details", "summary", "dialog", "wbr", "del", "ins",
].join("|");

/** Elements whose content a browser runs or hides: markup as soon as they open. */
const ACTIVE = "script|style|iframe|frame|frameset|object|embed|applet|svg|math|template|noscript|textarea|xmp|plaintext";

const MARKUP = new RegExp(
  String.raw`<(?:!doctype[\s>]|!--|\/(?:${TAGS})\s*>|(?:${TAGS})\s[^<>=]*=[^<>]*>|(?:br|hr|wbr)\s*\/>|(?:${ACTIVE})[\s/>])`,
  "i",
);
const LOWER_CASE_BREAK = /<(?:br|hr|wbr)>/;

export interface HtmlMarkup {
  /** Index of the first markup in the text. */
  index: number;
  /** The markup found, shortened for messages. */
  markup: string;
}

/** The first HTML markup in the text, or undefined when the text has none. */
export function findHtmlMarkup(text: string): HtmlMarkup | undefined {
  if (!text.includes("<")) return undefined;
  const a = MARKUP.exec(text);
  const b = LOWER_CASE_BREAK.exec(text);
  const m = a && b ? (a.index <= b.index ? a : b) : (a ?? b);
  if (!m) return undefined;
  const markup = m[0].length > 40 ? `${m[0].slice(0, 39)}…` : m[0];
  return { index: m.index, markup };
}
