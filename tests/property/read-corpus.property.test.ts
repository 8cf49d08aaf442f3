/**
 * Property: the corpus reader takes any bytes
 * ===========================================
 *
 * Random bytes, random text in UTF-8, UTF-16 or Windows-1252, as .txt, .md,
 * .jsonl or .html, one file or several in a folder: readCorpus never throws,
 * always accounts for every file (an article or a diagnostic naming it), and
 * every article it returns has an id and a non-empty text with LF line ends.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { readCorpus } from "../../src/corpus/read-corpus.js";
import { tempDir } from "../helpers/kg-cli.js";
import { FC, anyText, newsText } from "./arbitraries.js";

const root = tempDir("property-read");
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

const EXTENSIONS = [".txt", ".md", ".jsonl", ".html"] as const;

function encode(text: string, encoding: "utf-8" | "utf-8-bom" | "utf-16le" | "latin1"): Buffer {
  switch (encoding) {
    case "utf-8":
      return Buffer.from(text, "utf8");
    case "utf-8-bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    case "utf-16le":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    case "latin1":
      return Buffer.from(text, "latin1");
  }
}

/** File contents: random bytes, or text (maybe as JSON lines, maybe with front matter) in some encoding. */
const contents = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b)),
  fc
    .tuple(
      fc.oneof(newsText(), anyText()),
      fc.constantFrom("utf-8", "utf-8-bom", "utf-16le", "latin1" as const),
      fc.constantFrom("plain", "front-matter", "json-lines"),
    )
    .map(([text, encoding, shape]) => {
      const body =
        shape === "front-matter"
          ? `---\ntitle: ${text.slice(0, 20).replace(/\n/g, " ")}\npublished: ${text.slice(0, 10)}\n---\n${text}`
          : shape === "json-lines"
            ? `${JSON.stringify({ id: text.slice(0, 5), text, published: text.slice(-10) })}\n${text}\n`
            : text;
      return encode(body, encoding);
    }),
);

const files = fc.array(fc.tuple(fc.constantFrom(...EXTENSIONS), contents), { minLength: 1, maxLength: 4 });

describe("readCorpus on arbitrary files", () => {
  it("never throws, accounts for every file, and returns only usable articles", async () => {
    await fc.assert(
      fc.asyncProperty(files, async (list) => {
        const dir = path.join(root, `c${n++}`);
        mkdirSync(dir);
        const names = list.map(([ext], i) => `f${i}${ext}`);
        list.forEach(([, bytes], i) => writeFileSync(path.join(dir, names[i]!), bytes));
        const { articles, diagnostics } = await readCorpus(dir);
        for (const name of names) {
          const file = path.join(dir, name);
          const accounted =
            articles.some((a) => a.source === name || a.source?.startsWith(`${name}:`)) ||
            diagnostics.some((d) => d.where === file || d.where.startsWith(`${file}:`));
          expect(accounted, `${name} yields neither an article nor a diagnostic`).toBe(true);
        }
        for (const a of articles) {
          expect(typeof a.id).toBe("string");
          expect(a.id.length).toBeGreaterThan(0);
          expect(a.text.trim().length).toBeGreaterThan(0);
          expect(a.text).not.toContain("\r");
          if (a.published !== undefined) expect(a.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        for (const d of diagnostics) expect(["warning", "error"]).toContain(d.level);
        rmSync(dir, { recursive: true, force: true });
      }),
      FC,
    );
  });

  it("reads a single file given by path the same way", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EXTENSIONS), contents, async (ext, bytes) => {
        const file = path.join(root, `single${n++}${ext}`);
        writeFileSync(file, bytes);
        const { articles, diagnostics } = await readCorpus(file);
        expect(articles.length + diagnostics.length).toBeGreaterThan(0);
        rmSync(file, { force: true });
      }),
      FC,
    );
  });
});
