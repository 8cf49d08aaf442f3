/**
 * htmlToText: pages and fragments to article text
 * ===============================================
 *
 * Tables of HTML and the text a reader sees: what is dropped (scripts,
 * styles, hidden and raw-text elements), where lines break, how entities and
 * spaces come out, and the metadata read from the head.
 */
import { describe, expect, it } from "vitest";
import { htmlToText, inlineText } from "../../src/corpus/html-to-text.js";

const text = (html: string, whitespace: "normal" | "pre-line" = "normal") => htmlToText(html, { whitespace }).text;

describe("htmlToText: text", () => {
  it.each([
    ["paragraphs are separated by a blank line", "<p>One.</p><p>Two.</p>", "One.\n\nTwo.\n"],
    ["a line break is a newline", "One<br>two<br/>three", "One\ntwo\nthree\n"],
    ["divs and list items are lines", "<div>a</div><ul><li>b</li><li>c</li></ul>", "a\n\nb\nc\n"],
    ["headlines and captions get lines of their own", "<h1>Title</h1>Body <figure><figcaption>Caption</figcaption></figure>after", "Title\n\nBody\n\nCaption\n\nafter\n"],
    ["entities are decoded", "Tom &amp; Jerry &lt;3 &eacute;t&#233; &#x263A; AT&T", "Tom & Jerry <3 été ☺ AT&T\n"],
    ["spaces collapse, a no-break space is a space", "  a \t\n b&nbsp;&nbsp;c  ", "a b c\n"],
    ["table cells are separated", "<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>", "a b\nc\n"],
    ["pre keeps its spacing", "<pre>  x  y\n z</pre>", "  x  y\n z\n"],
    ["inline markup joins words as written", "Vla<b>dimir</b> <i>Putin</i>", "Vladimir Putin\n"],
    ["nothing but markup gives no text", "<div><span></span></div><!-- c -->", ""],
    ["non-Latin text is kept", "<p>بشار الأسد</p><p>習近平 — Владимир Путин</p>", "بشار الأسد\n\n習近平 — Владимир Путин\n"],
  ])("%s", (_, html, expected) => {
    expect(text(html)).toBe(expected);
  });

  it.each([
    ["script", "<script>alert(1)</script>"],
    ["script with markup in a string", '<script>document.write("<p>x</p>")</script>'],
    ["style", "<style>p { color: red }</style>"],
    ["noscript", "<noscript><p>Enable JavaScript</p></noscript>"],
    ["template", "<template><p>template</p></template>"],
    ["iframe", "<iframe>frame text</iframe>"],
    ["svg", "<svg><text>svg</text><script>x</script></svg>"],
    ["math with CDATA", "<math><![CDATA[<script>alert(1)</script>]]></math>"],
    ["textarea (raw text)", "<textarea><script>alert(1)</script></textarea>"],
    ["xmp (raw text)", "<xmp><script>alert(1)</script></xmp>"],
    ["title in the body", "<body><title>t</title></body>"],
    ["hidden", "<p hidden>hidden</p><span aria-hidden=true>icon</span><div style='DISPLAY: none'>none</div>"],
    ["navigation and forms", "<nav><a>Home</a></nav><form><label>Email</label><button>Go</button></form>"],
    ["comments", "<!-- <p>commented</p> -->"],
  ])("drops %s", (_, hostile) => {
    expect(text(`Before. ${hostile} After.`)).toBe("Before. After.\n");
  });

  it("drops everything after an unclosed script or a plaintext element, as a browser would", () => {
    expect(text("Before. <script>alert(1) After.")).toBe("Before.\n");
    expect(text("Before. <plaintext><script>alert(1)</script> After.")).toBe("Before.\n");
  });

  it("keeps line breaks of a text file in pre-line mode", () => {
    const input = "Headline\n\n\n\nFirst <b>paragraph</b>.  Second sentence.\nCaption line<br>\nNext line\n";
    expect(text(input, "pre-line")).toBe("Headline\n\nFirst paragraph. Second sentence.\nCaption line\nNext line\n");
    expect(text(input, "normal")).toBe("Headline First paragraph. Second sentence. Caption line\nNext line\n");
  });

  it("handles markup nested 100,000 deep without overflowing the stack", () => {
    expect(text(`${"<div><span>".repeat(50_000)}deep`)).toBe("deep\n");
  });

  it("text that reads like a tag after decoding stays text (the exporters escape it)", () => {
    expect(text("&lt;script&gt;alert(1)&lt;/script&gt;")).toBe("<script>alert(1)</script>\n");
  });
});

describe("htmlToText: metadata", () => {
  it("prefers og:title to <title>, and reads the outlet and the publication date", () => {
    const page = htmlToText(`<!doctype html><html><head>
      <title>Headline - Outlet</title>
      <meta property="og:title" content="Headline">
      <meta property="og:site_name" content="Outlet">
      <meta property="article:published_time" content="2017-12-11T09:30:00+03:00">
      </head><body><p>Text.</p><time datetime="2001-01-01">old</time></body></html>`);
    expect(page).toEqual({ text: "Text.\n\nold\n", title: "Headline", outlet: "Outlet", published: "2017-12-11T09:30:00+03:00" });
  });

  it("falls back to <title>, then to a <time datetime>, preferring the publication one", () => {
    const page = htmlToText(`<title> A &amp; B </title><p>x <time datetime="2016-03-01">then</time>
      <time pubdate datetime="2016-03-14">published</time></p>`);
    expect(page.title).toBe("A & B");
    expect(page.published).toBe("2016-03-14");
    expect(page.outlet).toBeUndefined();
  });

  it("reads JSON-LD NewsArticle metadata, and ignores broken JSON-LD", () => {
    const ld = JSON.stringify({ "@context": "https://schema.org", "@graph": [{ "@type": "WebPage" }, { "@type": "NewsArticle", headline: "From JSON-LD", datePublished: "2017-12-11", publisher: { "@type": "Organization", name: "Wire" } }] });
    expect(htmlToText(`<script type="application/ld+json">${ld}</script><p>x</p>`)).toEqual({ text: "x\n", title: "From JSON-LD", outlet: "Wire", published: "2017-12-11" });
    expect(htmlToText(`<script type="application/ld+json">{ broken</script><p>x</p>`)).toEqual({ text: "x\n" });
  });

  it("reduces markup in metadata to text", () => {
    const page = htmlToText(`<title>a <script>alert(1)</script> b</title><meta property="og:site_name" content="<b>Bold</b> &amp; co">`);
    expect(page.title).toBe("a b");
    expect(page.outlet).toBe("Bold & co");
    expect(inlineText("x\n<i>y</i>   z")).toBe("x y z");
  });
});
