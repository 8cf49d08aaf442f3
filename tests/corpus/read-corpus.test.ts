/**
 * readCorpus: the seed corpus and hostile folders
 * ===============================================
 *
 * The seed corpus must come through byte-for-byte with the manifest's
 * metadata; a folder of broken files must yield the good articles plus one
 * diagnostic per bad file naming it; the order must not depend on the order
 * files were written in.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  DEFAULT_CORPUS_OPTIONS,
  readCorpus,
  resolveCorpusOptions,
} from "../../src/corpus/read-corpus.js";
import { CorpusError, UsageError } from "../../src/schema/errors.js";
import type { Diagnostic } from "../../src/schema/types.js";
import { SHARED_MISSING, sharedPath, skipNote } from "../helpers/skip-note.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const corpusDir = path.join(repoRoot, "corpus");
const seedsDir = sharedPath("seeds");
const corporaDir = sharedPath("corpora");

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "kg-"));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (relative path → content) under a new temp folder. */
function fixture(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

function diagnosticsFor(diagnostics: Diagnostic[], file: string): Diagnostic[] {
  return diagnostics.filter((d) => d.where === file || d.where.startsWith(`${file}:`));
}

const GOOD = "President Vladimir Putin visited the Hmeimim air base in Syria on Monday.\n";

describe("the seed corpus", () => {
  it("gives the five articles with the manifest's metadata", async () => {
    const { articles, diagnostics } = await readCorpus(corpusDir);
    expect(diagnostics).toEqual([]);
    expect(articles.map(({ text: _text, ...meta }) => meta)).toEqual([
      { id: "000_ebbac162485f9343", outlet: "BBC News", published: "2017-12-11", source: "000_ebbac162485f9343.txt" },
      {
        id: "001_720a579d1653449e",
        title: "Putin orders Russian troops out of Syria",
        outlet: "CBC News (with files from The Associated Press)",
        published: "2017-12-11",
        source: "001_720a579d1653449e.txt",
      },
      {
        id: "002_7489751ed085bea4",
        outlet: "The New Zealand Herald (reprinting The Telegraph)",
        published: "2016-03-14",
        source: "002_7489751ed085bea4.txt",
      },
      {
        id: "003_b1435b75c62fd08d",
        title: "Putin visits Russian airbase in Syria, meeting with Assad to announce 'partial military pullout'",
        published: "2017-12-11",
        source: "003_b1435b75c62fd08d.txt",
      },
      { id: "004_282175c002a3c621", outlet: "Reuters", published: "2017-12-11", source: "004_282175c002a3c621.txt" },
    ]);
  });

  it.skipIf(!existsSync(seedsDir))(`keeps every text byte-identical to the seed files${skipNote(existsSync(seedsDir), SHARED_MISSING)}`, async () => {
    const { articles } = await readCorpus(corpusDir);
    const seeds = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort();
    expect(seeds).toHaveLength(5);
    expect(articles.map((a) => a.source)).toEqual(seeds);
    for (const article of articles) {
      const seed = readFileSync(path.join(seedsDir, article.source!));
      expect(Buffer.from(article.text, "utf8").equals(seed)).toBe(true);
    }
  });

  it("reads one file of the corpus with its manifest entry", async () => {
    const file = path.join(corpusDir, "002_7489751ed085bea4.txt");
    const { articles, diagnostics } = await readCorpus(file);
    expect(diagnostics).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ id: "002_7489751ed085bea4", published: "2016-03-14", source: "002_7489751ed085bea4.txt" });
    expect(articles[0]!.text).toBe(readFileSync(file, "utf8"));
  });
});

describe("text files", () => {
  it("reads front matter, keeps the body (line ends made LF), and lets it win over the manifest", async () => {
    const body = "\nFirst line.  \r\nSecond line\n\n";
    const dir = fixture({
      "a.md": `---\ntitle: "Putin: \\"we leave\\""\noutlet: BBC News # comment\ndate: 11 December 2017\ntags:\n  - syria\n---\n${body}`,
      "b.txt": GOOD,
      "manifest.json": JSON.stringify({
        articles: { "a.md": { outlet: "Manifest Outlet", published: "2000-01-01", id: "from-manifest" }, "b.txt": { id: "bee" } },
      }),
    });
    const { articles, diagnostics } = await readCorpus(dir);
    expect(diagnostics).toEqual([]);
    expect(articles).toEqual([
      { id: "from-manifest", text: body.replace("\r\n", "\n"), title: 'Putin: "we leave"', outlet: "BBC News", published: "2017-12-11", source: "a.md" },
      { id: "bee", text: GOOD, source: "b.txt" },
    ]);
  });

  it("uses the path without extension as the default id and reads subfolders in code-unit order", async () => {
    const dir = fixture({
      "b.txt": GOOD,
      "a/z.md": GOOD,
      "a.txt": GOOD,
      "B.txt": GOOD,
      "a/sub/x.txt": GOOD,
      ".git/HEAD.txt": GOOD,
      "node_modules/pkg/readme.md": GOOD,
      "notes.docx": "not an article",
      "curated.ts": "export default {};\n",
    });
    const { articles, diagnostics } = await readCorpus(dir);
    expect(diagnostics).toEqual([]);
    expect(articles.map((a) => [a.id, a.source])).toEqual([
      ["B", "B.txt"],
      ["a", "a.txt"],
      ["a/sub/x", "a/sub/x.txt"],
      ["a/z", "a/z.md"],
      ["b", "b.txt"],
    ]);
  });

  it("gives the same result whatever order the files were written in", async () => {
    const names = ["c.txt", "a.jsonl", "b/d.md", "b.txt", "e.txt"];
    const content = (name: string) =>
      name.endsWith(".jsonl") ? `{"id":"j1","text":"one"}\n{"id":"j2","text":"two"}\n` : `${name}\n`;
    const forward = fixture(Object.fromEntries(names.map((n) => [n, content(n)])));
    const backward = fixture(Object.fromEntries([...names].reverse().map((n) => [n, content(n)])));
    const a = await readCorpus(forward);
    const b = await readCorpus(backward);
    expect(a.articles.map((x) => x.id)).toEqual(["j1", "j2", "b", "b/d", "c", "e"]);
    expect(b).toEqual(a);
  });

  it("warns about an invalid published date and leaves it unset", async () => {
    const dir = fixture({ "a.txt": `---\npublished: 2017-02-30\n---\n${GOOD}`, "b.txt": `---\npublished: 2017/12/11\n---\n${GOOD}` });
    const { articles, diagnostics } = await readCorpus(dir);
    expect(articles.map((a) => a.published)).toEqual([undefined, "2017-12-11"]);
    expect(diagnostics).toEqual([
      { level: "warning", where: path.join(dir, "a.txt"), message: expect.stringContaining('"2017-02-30" is not a calendar date') },
    ]);
  });

  it("reports unreadable front matter lines with file:line and still reads the article", async () => {
    const dir = fixture({ "a.txt": `---\ntitle: ok\nthis is not yaml\n---\n${GOOD}` });
    const { articles, diagnostics } = await readCorpus(dir);
    expect(articles).toEqual([{ id: "a", text: GOOD, title: "ok", source: "a.txt" }]);
    expect(diagnostics).toEqual([
      { level: "warning", where: `${path.join(dir, "a.txt")}:3`, message: expect.stringContaining("cannot read") },
    ]);
  });
});

describe("bad files never stop the corpus", () => {
  const latin1 = Uint8Array.from([...Buffer.from("Caf"), 0xe9, ...Buffer.from(" au lait co"), 0xfb, ...Buffer.from("te 3 "), 0x80, 0x0a]);
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Putin in Syria – UTF-16 LE\n", "utf16le")]);
  const utf16be = Buffer.from(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("Assad in Latakia – UTF-16 BE\n", "utf16le").swap16()]));
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Shoigu said – with a BOM\n")]);
  const binary = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const controls = "abc\u0001\u0002\u0003\u0004\u0005def\u0006\u0007\u000e\u000f ok";

  const files = {
    "good.txt": GOOD,
    "empty.txt": "",
    "blank.md": " \n\t\r\n",
    "binary.txt": binary,
    "controls.txt": controls,
    "latin1.txt": latin1,
    "utf16le.txt": utf16le,
    "utf16be.txt": utf16be,
    "bom.txt": bom,
    "big.txt": "x".repeat(5000),
    "only-front-matter.md": "---\ntitle: nothing else\n---\n\n",
  };

  it("yields the good articles and one warning naming each bad file", async () => {
    const dir = fixture(files);
    const { articles, diagnostics } = await readCorpus(dir, { maxBytes: 1000 });
    const where = (name: string) => path.join(dir, name);

    expect(articles.map((a) => a.id)).toEqual(["bom", "good", "latin1", "utf16be", "utf16le"]);
    expect(articles.find((a) => a.id === "good")!.text).toBe(GOOD);
    expect(articles.find((a) => a.id === "latin1")!.text).toBe("Café au lait coûte 3 €\n");
    expect(articles.find((a) => a.id === "utf16le")!.text).toBe("Putin in Syria – UTF-16 LE\n");
    expect(articles.find((a) => a.id === "utf16be")!.text).toBe("Assad in Latakia – UTF-16 BE\n");
    expect(articles.find((a) => a.id === "bom")!.text).toBe("Shoigu said – with a BOM\n");

    const expected: Record<string, RegExp> = {
      "empty.txt": /^skipped: empty file$/,
      "blank.md": /^skipped: empty file$/,
      "binary.txt": /^skipped: binary file \(NUL character at offset \d+\)$/,
      "controls.txt": /^skipped: binary file \(\d+% control characters/,
      "latin1.txt": /^not valid UTF-8 \(byte 3\); decoded as Windows-1252/,
      "big.txt": /^skipped: file is 5000 bytes, over the limit of 1000/,
      "only-front-matter.md": /^skipped: no article text after the front matter$/,
    };
    for (const [name, message] of Object.entries(expected)) {
      const found = diagnosticsFor(diagnostics, where(name));
      expect(found, name).toHaveLength(1);
      expect(found[0]!.level).toBe("warning");
      expect(found[0]!.message).toMatch(message);
    }
    // Correctly decoded files (BOM, UTF-16) are not problems.
    expect(diagnostics).toHaveLength(Object.keys(expected).length);
  });

  it("keeps the first of two articles with the same id and names both files", async () => {
    const dir = fixture({
      "a/x.txt": `---\nid: same\n---\n${GOOD}`,
      "b.jsonl": `{"id":"same","text":"from jsonl"}\n`,
      "c.txt": `---\nid: same\n---\nthird\n`,
    });
    const { articles, diagnostics } = await readCorpus(dir);
    expect(articles).toEqual([{ id: "same", text: GOOD, source: "a/x.txt" }]);
    const first = path.join(dir, "a/x.txt");
    expect(diagnostics).toEqual([
      { level: "warning", where: `${path.join(dir, "b.jsonl")}:1`, message: expect.stringContaining(`already read from ${first}`) },
      { level: "warning", where: path.join(dir, "c.txt"), message: expect.stringContaining(`already read from ${first}`) },
    ]);
  });

  it("warns about a broken manifest and about entries that match no file", async () => {
    const broken = fixture({ "a.txt": GOOD, "manifest.json": "{ not json" });
    const r1 = await readCorpus(broken);
    expect(r1.articles).toEqual([{ id: "a", text: GOOD, source: "a.txt" }]);
    expect(r1.diagnostics).toEqual([
      { level: "warning", where: path.join(broken, "manifest.json"), message: expect.stringContaining("not valid JSON") },
    ]);

    const stale = fixture({
      "a.txt": GOOD,
      "sub/b.txt": GOOD,
      "manifest.json": JSON.stringify({ articles: { "gone.txt": { outlet: "X" }, "sub/b.txt": { outlet: "Root" } } }),
      "sub/manifest.json": JSON.stringify({ articles: { "b.txt": { outlet: "Nearest", published: 7 } } }),
    });
    const r2 = await readCorpus(stale);
    expect(r2.articles.map((a) => [a.id, a.outlet])).toEqual([
      ["a", undefined],
      ["sub/b", "Nearest"],
    ]);
    expect(r2.diagnostics.map((d) => [d.where, d.message])).toEqual([
      [path.join(stale, "manifest.json"), expect.stringContaining('"gone.txt" matches no article file')],
      [path.join(stale, "sub/manifest.json"), expect.stringContaining('"published" ignored')],
    ]);
  });
});

describe("JSONL", () => {
  const lines = [
    '{"id":"r1","text":"Showers continued in Bahia.","title":"BAHIA COCOA REVIEW","outlet":"Reuters","date":"26-FEB-1987 15:01:01.79","category":"cocoa"}',
    "this is not json",
    '{"id":"r3"}',
    '{"id":"r4","text":42}',
    "",
    '{"text":"No id here.","published":"2017-12-11T09:30:00+03:00"}',
    '{"id":"r7","text":"Bad date.","published":"someday"}',
    '["an","array"]',
    '{"id":9,"text":"Numeric id.\\r\\nKept exactly.  "}\r',
  ];

  it("reads the good lines and warns about each bad one with file:line", async () => {
    const dir = fixture({ "news.jsonl": `${lines.join("\n")}\n` });
    const file = path.join(dir, "news.jsonl");
    const { articles, diagnostics } = await readCorpus(dir);
    expect(articles).toEqual([
      {
        id: "r1",
        text: "Showers continued in Bahia.",
        title: "BAHIA COCOA REVIEW",
        outlet: "Reuters",
        published: "1987-02-26",
        source: "news.jsonl:1",
      },
      { id: "news.jsonl:6", text: "No id here.", published: "2017-12-11", source: "news.jsonl:6" },
      { id: "r7", text: "Bad date.", source: "news.jsonl:7" },
      { id: "9", text: "Numeric id.\nKept exactly.  ", source: "news.jsonl:9" },
    ]);
    expect(diagnostics.map((d) => [d.level, d.where, d.message])).toEqual([
      ["warning", `${file}:2`, expect.stringContaining("skipped: not valid JSON")],
      ["warning", `${file}:3`, 'skipped: no "text"'],
      ["warning", `${file}:4`, 'skipped: "text" is a number, not a string'],
      ["warning", `${file}:6`, 'no "id"; using "news.jsonl:6"'],
      ["warning", `${file}:7`, expect.stringContaining('"someday" is not a calendar date')],
      ["warning", `${file}:8`, expect.stringContaining("skipped: expected a JSON object")],
    ]);
  });

  it("decodes a Windows-1252 line on its own and skips binary or empty JSONL files", async () => {
    const latinLine = Buffer.concat([Buffer.from('{"id":"l","text":"Caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const dir = fixture({
      "a.jsonl": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"id":"u","text":"naïve"}\n'), latinLine]),
      "b.jsonl": "\n\n",
      "c.jsonl": Uint8Array.from([0x7b, 0x00, 0x01, 0x02, 0x00, 0x7d]),
      "d.jsonl": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"id":"w","text":"wide"}\r\n', "utf16le")]),
    });
    const { articles, diagnostics } = await readCorpus(dir);
    expect(articles.map((a) => [a.id, a.text])).toEqual([
      ["u", "naïve"],
      ["l", "Café"],
      ["w", "wide"],
    ]);
    expect(diagnostics.map((d) => [d.where, d.message])).toEqual([
      [`${path.join(dir, "a.jsonl")}:2`, expect.stringContaining("not valid UTF-8 on 1 line(s) (first: line 2)")],
      [path.join(dir, "b.jsonl"), "skipped: empty file"],
      [path.join(dir, "c.jsonl"), expect.stringContaining("skipped: binary file")],
    ]);
  });

  it("joins lines that span several read chunks, multi-byte characters included", async () => {
    const long = "é".repeat(100_000); // 200 kB of UTF-8: several 64 KiB chunks, split inside characters
    const dir = fixture({ "a.jsonl": `{"id":"a","text":"${long}"}\n{"id":"b","text":"short"}` });
    const { articles, diagnostics } = await readCorpus(dir);
    expect(diagnostics).toEqual([]);
    expect(articles.map((a) => [a.id, a.text.length])).toEqual([
      ["a", 100_000],
      ["b", 5],
    ]);
    expect(articles[0]!.text).toBe(long);
  });

  it.skipIf(!existsSync(path.join(corporaDir, "reuters-21578.jsonl")))(`streams the Reuters-21578 corpus with every date normalised${skipNote(existsSync(path.join(corporaDir, "reuters-21578.jsonl")), SHARED_MISSING)}`,
    async () => {
      const { articles, diagnostics } = await readCorpus(path.join(corporaDir, "reuters-21578.jsonl"));
      expect(diagnostics).toEqual([]);
      expect(articles).toHaveLength(19043);
      expect(articles[0]).toMatchObject({ id: "reuters/1", published: "1987-02-26", source: "reuters-21578.jsonl:1" });
      expect(articles.every((a) => /^1987-\d\d-\d\d$/.test(a.published ?? ""))).toBe(true);
    },
  );
});

describe("paths and options", () => {
  it("throws CorpusError for a missing path", async () => {
    const missing = path.join(tempDir(), "nope");
    await expect(readCorpus(missing)).rejects.toBeInstanceOf(CorpusError);
    await expect(readCorpus(missing)).rejects.toThrow(/no such file or folder/);
  });

  it("skips a named file that is not an article with a warning", async () => {
    const dir = fixture({ "manifest.json": "{}", "x.pdf": "%PDF" });
    for (const name of ["manifest.json", "x.pdf"]) {
      const { articles, diagnostics } = await readCorpus(path.join(dir, name));
      expect(articles).toEqual([]);
      expect(diagnostics).toEqual([
        { level: "warning", where: path.join(dir, name), message: expect.stringContaining("not an article file") },
      ]);
    }
  });

  it("warns when a folder holds no article", async () => {
    const dir = fixture({ "readme.pdf": "x" });
    const { articles, diagnostics } = await readCorpus(dir);
    expect(articles).toEqual([]);
    expect(diagnostics).toEqual([{ level: "warning", where: dir, message: expect.stringContaining("no article files found") }]);
  });

  it("resolves options with defaults and rejects bad ones", () => {
    expect(resolveCorpusOptions()).toEqual({ maxBytes: 50 * 1024 * 1024, extensions: [".txt", ".md", ".jsonl", ".html", ".htm"] });
    expect(resolveCorpusOptions({ extensions: ["TXT", ".txt", "md"] }).extensions).toEqual([".txt", ".md"]);
    expect(DEFAULT_CORPUS_OPTIONS.maxBytes).toBe(52_428_800);
    expect(() => resolveCorpusOptions({ maxBytes: 0 })).toThrow(UsageError);
    expect(() => resolveCorpusOptions({ extensions: [] })).toThrow(UsageError);
  });

  it("reads only the extensions asked for", async () => {
    const dir = fixture({ "a.txt": GOOD, "b.md": GOOD, "c.text": GOOD });
    const { articles } = await readCorpus(dir, { extensions: [".text", ".md"] });
    expect(articles.map((a) => a.source)).toEqual(["b.md", "c.text"]);
  });
});

describe("line ends and HTML", () => {
  it("makes CRLF and lone CR line ends LF, front matter included", async () => {
    const dir = fixture({
      "crlf.txt": "---\r\nid: crlf\r\n---\r\nPutin visited Syria.\r\nAssad met him.\r\n",
      "cr.txt": "---\rid: cr\r---\rPutin visited Syria.\rAssad met him.\r",
      "mixed.jsonl": `${JSON.stringify({ id: "j", text: "One.\r\nTwo.\rThree.\n" })}\n`,
    });
    const { articles, diagnostics } = await readCorpus(dir);
    expect(diagnostics).toEqual([]);
    expect(articles.map((a) => [a.id, a.text])).toEqual([
      ["cr", "Putin visited Syria.\nAssad met him.\n"],
      ["crlf", "Putin visited Syria.\nAssad met him.\n"],
      ["j", "One.\nTwo.\nThree.\n"],
    ]);
  });

  it("keeps Arabic, Chinese and Cyrillic text intact", async () => {
    const text = "President Vladimir Putin met 習近平 in Moscow.\r\nبشار الأسد visited Damascus on Monday.\r\nВладимир Путин 🇷🇺\r\n";
    const dir = fixture({ "a.txt": text, "b.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]) });
    const { articles, diagnostics } = await readCorpus(dir);
    expect(diagnostics).toEqual([]);
    for (const a of articles) expect(a.text).toBe(text.replace(/\r\n/g, "\n"));
  });

  it("reads .html pages as their text, with the page's metadata under the manifest's", async () => {
    const page = `<!doctype html><html><head><title>Page title</title>
      <meta property="og:site_name" content="Page Outlet"><meta property="article:published_time" content="2017-12-11T10:00:00Z">
      <script>var x = "<p>no</p>";</script></head>
      <body><nav>Home World</nav><h1>Putin in Syria</h1><p>Vladimir Putin visited the Hmeimim air base.</p></body></html>`;
    const dir = fixture({
      "a.html": page,
      "b.htm": page,
      "manifest.json": JSON.stringify({ articles: { "b.htm": { id: "bee", outlet: "Manifest Outlet" } } }),
    });
    const { articles, diagnostics } = await readCorpus(dir);
    expect(diagnostics).toEqual([]);
    const text = "Putin in Syria\n\nVladimir Putin visited the Hmeimim air base.\n";
    expect(articles).toEqual([
      { id: "a", text, title: "Page title", outlet: "Page Outlet", published: "2017-12-11", source: "a.html" },
      { id: "bee", text, title: "Page title", outlet: "Manifest Outlet", published: "2017-12-11", source: "b.htm" },
    ]);
  });

  it("converts a text file or a JSON line with HTML markup, with one warning per file", async () => {
    const dir = fixture({
      "a.txt": "---\ntitle: Front\n---\n<p>Putin visited <b>Syria</b>.</p>\n<script>alert(1)</script>\nAssad met him.<br>\n",
      "b.txt": "Reuters: <IBM> and <Video Shopping Mall Inc> are not markup.\n",
      "c.txt": "<script>alert(1)</script><style>x</style>\n",
      "d.jsonl": [
        JSON.stringify({ id: "d1", text: "Plain <IBM> text." }),
        JSON.stringify({ id: "d2", text: "<p>One</p><p>Two &amp; three</p>" }),
        JSON.stringify({ id: "d3", text: "<div>Four</div>", title: "Given" }),
        JSON.stringify({ id: "d4", text: "<script>only()</script>" }),
      ].join("\n"),
    });
    const { articles, diagnostics } = await readCorpus(dir);
    expect(articles.map((a) => [a.id, a.text, a.title])).toEqual([
      ["a", "Putin visited Syria.\n\nAssad met him.\n", "Front"],
      ["b", "Reuters: <IBM> and <Video Shopping Mall Inc> are not markup.\n", undefined],
      ["d1", "Plain <IBM> text.", undefined],
      ["d2", "One\n\nTwo & three\n", undefined],
      ["d3", "Four\n", "Given"],
    ]);
    expect(diagnostics.map((d) => [d.where, d.message])).toEqual([
      [path.join(dir, "a.txt"), expect.stringMatching(/^contains HTML markup \("<\/b>" at character 25\); converted to text/)],
      [path.join(dir, "c.txt"), expect.stringMatching(/^contains HTML markup \("<script>"/)],
      [path.join(dir, "c.txt"), "skipped: no article text once the HTML markup is removed"],
      [`${path.join(dir, "d.jsonl")}:2`, expect.stringMatching(/^"text" of 3 line\(s\) \(first: line 2\) contains HTML markup/)],
      [`${path.join(dir, "d.jsonl")}:4`, 'skipped: no "text" once the HTML markup is removed'],
    ]);
  });

  it("decodes a page in the charset it declares when it is not UTF-8", async () => {
    const cyrillic = Buffer.from(
      Uint8Array.from([0xc2, 0xeb, 0xe0, 0xe4, 0xe8, 0xec, 0xe8, 0xf0, 0x20, 0xcf, 0xf3, 0xf2, 0xe8, 0xed]),
    ); // "Владимир Путин" in windows-1251
    const dir = fixture({
      "ru.html": Buffer.concat([Buffer.from('<meta charset="windows-1251"><p>'), cyrillic, Buffer.from("</p>")]),
      "fr.html": Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Besan'), Buffer.from([0xe7]), Buffer.from("on</p>")]),
      "guess.html": Buffer.concat([Buffer.from("<p>Besan"), Buffer.from([0xe7]), Buffer.from("on</p>")]),
    });
    const { articles, diagnostics } = await readCorpus(dir);
    expect(articles.map((a) => [a.id, a.text])).toEqual([
      ["fr", "Besançon\n"],
      ["guess", "Besançon\n"],
      ["ru", "Владимир Путин\n"],
    ]);
    expect(diagnostics).toEqual([
      { level: "warning", where: path.join(dir, "guess.html"), message: expect.stringContaining("decoded as Windows-1252") },
    ]);
  });

  it("skips a page with no text, naming it", async () => {
    const dir = fixture({ "a.html": "<script>x()</script><nav>menu</nav>", "b.html": "  \n" });
    const { articles, diagnostics } = await readCorpus(dir);
    expect(articles).toEqual([]);
    expect(diagnostics.map((d) => [d.where, d.message])).toEqual([
      [path.join(dir, "a.html"), expect.stringMatching(/^skipped: the page has no text/)],
      [path.join(dir, "b.html"), "skipped: empty file"],
    ]);
  });
});
