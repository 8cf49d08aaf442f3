/**
 * news-kg corpus stage: HTML to article text
 * ==========================================
 *
 * Scraped pages and text with bits of markup are reduced to the text a reader
 * sees, with parse5, the WHATWG-conformant parser (the one jsdom uses): it
 * decides what is a script, a comment, an attribute or text exactly as a
 * browser does, so nothing that a browser would run or hide reaches the
 * article text, and so nothing of it reaches a label, a quote or an export.
 *
 * - Dropped with their content: script, style, noscript, template, iframe,
 *   svg, math, head (its title and meta tags are read as metadata), form
 *   controls, embedded media, nav, and elements marked `hidden`,
 *   `aria-hidden="true"` or `style="display: none"`. Raw-text elements whose
 *   content the parser keeps as literal text (textarea, xmp, plaintext,
 *   noembed, noframes) are dropped too, so no `<script>` written inside them
 *   comes out as text.
 * - Block elements (p, div, li, h1–h6, tr, blockquote, figcaption, article,
 *   section, …) become line breaks, paragraphs a blank line, so headlines,
 *   sentences and captions stay on lines of their own; `<br>` is a line break;
 *   table cells are separated by a space.
 * - Entities are decoded; runs of spaces collapse to one (a no-break space
 *   counts as a space); `<pre>` keeps its spacing.
 * - Whitespace "normal" (an .html file) collapses newlines like a browser;
 *   "pre-line" (a text file with some markup in it) keeps the file's own line
 *   breaks, which are its paragraphs.
 * - Metadata: og:title, else twitter:title, else a JSON-LD headline, else
 *   `<title>`; og:site_name or a JSON-LD publisher as the outlet; the
 *   publication date from article:published_time, a datePublished (meta or
 *   JSON-LD), a few common meta names, else the first `<time datetime>`.
 *   Metadata with markup in it is reduced to text the same way.
 *
 * The result is the article text: every offset downstream indexes it, not
 * the HTML. The tree is walked with an explicit stack, so deeply nested
 * markup cannot overflow the call stack.
 */
import { parse, parseFragment, type DefaultTreeAdapterTypes } from "parse5";

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

export interface HtmlToTextOptions {
  /** "normal": newlines in the source are spaces (HTML files); "pre-line": they are kept (text files with markup). */
  whitespace: "normal" | "pre-line";
}

export const DEFAULT_HTML_TO_TEXT_OPTIONS: Readonly<HtmlToTextOptions> = Object.freeze({ whitespace: "normal" });

export interface HtmlText {
  /** The text a reader sees, ending in a newline (empty when there is none). */
  text: string;
  title?: string;
  outlet?: string;
  /** The publication date as the page writes it (normalised later, with the other metadata). */
  published?: string;
}

/** Elements whose content is never article text. */
const DROPPED = new Set([
  "head", "script", "style", "noscript", "template", "iframe", "frame", "frameset", "svg", "math", "textarea",
  "select", "button", "input", "object", "embed", "applet", "canvas", "audio", "video", "map", "noembed",
  "noframes", "xmp", "plaintext", "nav", "form", "title", "dialog",
]);

/** Blocks that start a paragraph of their own (a blank line before and after). */
const PARAGRAPHS = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "listing", "figure", "figcaption", "article",
  "section", "header", "footer", "aside", "main", "ul", "ol", "dl", "table", "hr", "address", "details",
  "summary", "fieldset", "hgroup", "caption",
]);

/** Blocks that start a line of their own. */
const LINES = new Set([
  "div", "li", "dt", "dd", "tr", "thead", "tbody", "tfoot", "legend", "center", "dir", "menu", "body", "html", "search",
]);

const CELLS = new Set(["td", "th"]);

/** HTML's whitespace, plus the no-break space (a space to a reader and to the extractor). */
const SPACES = /[\t\n\f\r \u00a0]+/g;

export function htmlToText(html: string, options: Partial<HtmlToTextOptions> = {}): HtmlText {
  const whitespace = options.whitespace ?? DEFAULT_HTML_TO_TEXT_OPTIONS.whitespace;
  const document = parse(html, { scriptingEnabled: true });
  const writer = new TextWriter(whitespace === "pre-line");
  const meta = new MetadataCollector();
  walk(document, writer, meta);
  return { text: writer.finish(), ...meta.result() };
}

/** Text content of an HTML snippet (an attribute value, a title) on one line: markup dropped, spaces collapsed. */
export function inlineText(html: string): string {
  const plain = html.includes("<") || html.includes("&") ? textOfFragment(html) : html;
  return plain.replace(SPACES, " ").trim();
}

function textOfFragment(html: string): string {
  const writer = new TextWriter(false);
  walk(parseFragment(html), writer, undefined);
  return writer.finish();
}

function walk(root: Node, writer: TextWriter, meta: MetadataCollector | undefined): void {
  // Entries are nodes to enter, or closing markers for the elements entered.
  const stack: Array<Node | { close: Element; dropped: boolean }> = [root];
  // Dropped elements (head, script, …) are still walked, for their metadata, but write nothing.
  let dropDepth = 0;
  let preDepth = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ("close" in item) {
      const name = item.close.nodeName;
      if (item.dropped) dropDepth--;
      else if (dropDepth === 0) {
        if (name === "pre" || name === "listing") preDepth--;
        blockBoundary(name, writer);
      }
      continue;
    }
    const node = item;
    if (node.nodeName === "#text") {
      if (dropDepth > 0) continue;
      const value = (node as DefaultTreeAdapterTypes.TextNode).value;
      if (preDepth > 0) writer.preformatted(value);
      else writer.text(value);
      continue;
    }
    if (!("childNodes" in node)) continue; // comments and the doctype
    if ("tagName" in node) {
      const element = node as Element;
      const name = element.nodeName;
      meta?.visit(element);
      const dropped = DROPPED.has(name) || isHidden(element);
      if (dropped) {
        if (meta === undefined) continue;
        dropDepth++;
      } else if (dropDepth === 0) {
        if (name === "br") writer.lineBreak();
        if (name === "pre" || name === "listing") preDepth++;
        blockBoundary(name, writer);
      }
      stack.push({ close: element, dropped });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

function blockBoundary(name: string, writer: TextWriter): void {
  if (PARAGRAPHS.has(name)) writer.breakBefore(2);
  else if (LINES.has(name)) writer.breakBefore(1);
  else if (CELLS.has(name)) writer.separate();
}

function attribute(element: Element, name: string): string | undefined {
  for (const a of element.attrs) if (a.name === name) return a.value;
  return undefined;
}

function isHidden(element: Element): boolean {
  for (const a of element.attrs) {
    if (a.name === "hidden") return true;
    if (a.name === "aria-hidden" && a.value.trim().toLowerCase() === "true") return true;
    if (a.name === "style" && /display\s*:\s*none/i.test(a.value)) return true;
  }
  return false;
}

/**
 * Builds the text: words as they come, one space where the source had any
 * whitespace, and line breaks where blocks begin and end. A break is written
 * only before the next word, so the text never starts or ends with blank
 * lines and never has a space at the end of a line.
 */
class TextWriter {
  private readonly parts: string[] = [];
  private started = false;
  private pendingSpace = false;
  private pendingBreaks = 0;

  constructor(private readonly keepNewlines: boolean) {}

  /** Collapsible text. */
  text(value: string): void {
    let last = 0;
    SPACES.lastIndex = 0;
    for (let m = SPACES.exec(value); m !== null; m = SPACES.exec(value)) {
      if (m.index > last) this.word(value.slice(last, m.index));
      this.whitespace(m[0]);
      last = m.index + m[0].length;
    }
    if (last < value.length) this.word(value.slice(last));
  }

  /** Text inside `<pre>`: spaces kept, each newline a line break. */
  preformatted(value: string): void {
    const lines = value.split("\n");
    lines.forEach((line, i) => {
      if (i > 0 && this.started) {
        this.parts.push("\n");
        this.pendingSpace = false;
        this.pendingBreaks = 0;
      }
      if (line !== "") this.word(line);
    });
  }

  lineBreak(): void {
    if (this.started) this.pendingBreaks = Math.min(2, this.pendingBreaks + 1);
  }

  breakBefore(lines: 1 | 2): void {
    if (this.started) this.pendingBreaks = Math.max(this.pendingBreaks, lines);
  }

  separate(): void {
    if (this.started) this.pendingSpace = true;
  }

  finish(): string {
    return this.started ? `${this.parts.join("")}\n` : "";
  }

  private whitespace(run: string): void {
    if (!this.started) return;
    if (this.keepNewlines) {
      let newlines = 0;
      for (let i = 0; i < run.length && newlines < 2; i++) if (run.charCodeAt(i) === 10) newlines++;
      if (newlines > 0) {
        this.pendingBreaks = Math.max(this.pendingBreaks, newlines);
        return;
      }
    }
    this.pendingSpace = true;
  }

  private word(value: string): void {
    if (this.pendingBreaks > 0) this.parts.push(this.pendingBreaks === 1 ? "\n" : "\n\n");
    else if (this.pendingSpace) this.parts.push(" ");
    this.pendingBreaks = 0;
    this.pendingSpace = false;
    this.parts.push(value);
    this.started = true;
  }
}

/** Meta names that give a publication date, most specific first. */
const DATE_META = [
  "article:published_time", "datepublished", "og:article:published_time", "pubdate", "publishdate", "publish-date",
  "publication_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "date", "parsely-pub-date",
  "sailthru.date",
];
/** JSON-LD blocks larger than this are not parsed: metadata is small, and JSON.parse of a huge block is not free. */
const MAX_JSON_LD = 1 << 20;

class MetadataCollector {
  private readonly metas = new Map<string, string>();
  private title: string | undefined;
  private time: string | undefined;
  private timeIsPublication = false;
  private jsonLd: { headline?: string; published?: string; publisher?: string } = {};

  visit(element: Element): void {
    switch (element.nodeName) {
      case "meta": {
        const key = (attribute(element, "property") ?? attribute(element, "name") ?? attribute(element, "itemprop"))?.trim().toLowerCase();
        const content = attribute(element, "content");
        if (key && content?.trim() && !this.metas.has(key)) this.metas.set(key, content);
        break;
      }
      case "title":
        if (this.title === undefined) this.title = childText(element);
        break;
      case "time": {
        const datetime = attribute(element, "datetime")?.trim();
        if (!datetime) break;
        const publication = attribute(element, "itemprop") === "datePublished" || attribute(element, "pubdate") !== undefined;
        if (this.time === undefined || (publication && !this.timeIsPublication)) {
          this.time = datetime;
          this.timeIsPublication = publication;
        }
        break;
      }
      case "script":
        if (attribute(element, "type")?.trim().toLowerCase() === "application/ld+json") this.readJsonLd(childText(element));
        break;
    }
  }

  result(): Omit<HtmlText, "text"> {
    const out: Omit<HtmlText, "text"> = {};
    const title = [this.metas.get("og:title"), this.metas.get("twitter:title"), this.jsonLd.headline, this.title]
      .map((t) => (t === undefined ? "" : inlineText(t)))
      .find((t) => t !== "");
    if (title) out.title = title;
    const outlet = [this.metas.get("og:site_name"), this.jsonLd.publisher].map((t) => (t === undefined ? "" : inlineText(t))).find((t) => t !== "");
    if (outlet) out.outlet = outlet;
    const fromMeta = DATE_META.map((k) => this.metas.get(k)).find((v) => v !== undefined);
    const published = [fromMeta, this.jsonLd.published, this.time].map((t) => (t === undefined ? "" : inlineText(t))).find((t) => t !== "");
    if (published) out.published = published;
    return out;
  }

  private readJsonLd(json: string): void {
    if (json.length > MAX_JSON_LD) return;
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch {
      return; // broken JSON-LD is common and only costs us metadata
    }
    // Breadth-first over a bounded number of objects: @graph arrays, nested publishers.
    const queue: unknown[] = [data];
    for (let seen = 0; queue.length > 0 && seen < 1000; seen++) {
      const item = queue.shift();
      if (Array.isArray(item)) {
        for (let i = 0; i < item.length && queue.length < 1000; i++) queue.push(item[i]);
        continue;
      }
      if (typeof item !== "object" || item === null) continue;
      const o = item as Record<string, unknown>;
      const type = [o["@type"]].flat().map(String).join(" ");
      if (/Article|Posting|Report/.test(type)) {
        if (typeof o.headline === "string") this.jsonLd.headline ??= o.headline;
        if (typeof o.datePublished === "string") this.jsonLd.published ??= o.datePublished;
        const publisher = o.publisher as Record<string, unknown> | undefined;
        if (publisher && typeof publisher.name === "string") this.jsonLd.publisher ??= publisher.name;
      }
      for (const value of Object.values(o)) if (typeof value === "object" && value !== null && queue.length < 1000) queue.push(value);
    }
  }
}

/** The raw text of an element whose content the parser keeps as text (title, script). */
function childText(element: Element): string {
  let out = "";
  for (const child of element.childNodes) if (child.nodeName === "#text") out += (child as DefaultTreeAdapterTypes.TextNode).value;
  return out;
}
