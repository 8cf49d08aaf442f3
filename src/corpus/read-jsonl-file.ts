/**
 * news-kg corpus stage: stream a JSONL file
 * =========================================
 *
 * Public corpora come as JSON lines of tens of megabytes (Reuters-21578 is
 * 19 MB), so the file is streamed and split on LF bytes rather than loaded
 * and decoded whole. Each line is decoded on its own: a single line saved in
 * Windows-1252 does not force the other lines out of UTF-8. A UTF-16 file
 * (rare, and not splittable on single bytes) is decoded whole instead.
 */
import * as fs from "node:fs";
import type { Article, Diagnostic } from "../schema/types.js";
import { convertedMessage } from "./article-text.js";
import { binaryReason } from "./binary-reason.js";
import { decodeText, decodeWindows1252 } from "./decode-text.js";
import { parseJsonlLine } from "./parse-jsonl-line.js";

export interface JsonlFileContext {
  /** Path relative to the corpus folder. */
  source: string;
  /** The file as named in diagnostics. */
  where: string;
}

const HEAD_BYTES = 8192;
const utf8Strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/** An article with the `file:line` that diagnostics about it (a duplicate id) should name. */
export interface LocatedArticle {
  article: Article;
  where: string;
}

export async function readJsonlFile(
  file: string,
  context: JsonlFileContext,
): Promise<{ articles: LocatedArticle[]; diagnostics: Diagnostic[] }> {
  const { where, source } = context;
  const articles: LocatedArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  let sawContent = false;
  const latin1Lines: number[] = [];
  let htmlLines = 0;
  let firstHtml: { line: number; message: string } | undefined;

  const take = (line: string, lineNo: number) => {
    if (line.trim() === "") return;
    sawContent = true;
    const lineWhere = `${where}:${lineNo}`;
    const parsed = parseJsonlLine(line, { source: `${source}:${lineNo}`, where: lineWhere });
    if (parsed.article) articles.push({ article: parsed.article, where: lineWhere });
    if (parsed.converted) {
      htmlLines++;
      firstHtml ??= { line: lineNo, message: convertedMessage(parsed.converted) };
    }
    diagnostics.push(...parsed.diagnostics);
  };

  const head = readHead(file);
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    const { text } = decodeText(fs.readFileSync(file));
    const reason = binaryReason(text);
    if (reason) return { articles, diagnostics: [skippedBinary(where, reason)] };
    text.split("\n").forEach((line, i) => take(line, i + 1));
  } else {
    const reason = binaryReason(utf8Lenient.decode(head));
    if (reason) return { articles, diagnostics: [skippedBinary(where, reason)] };
    let lineNo = 0;
    try {
      for await (const bytes of readLines(file)) {
        lineNo++;
        let lineBytes = bytes;
        if (lineNo === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) lineBytes = bytes.subarray(3);
        let line: string;
        try {
          line = utf8Strict.decode(lineBytes);
        } catch {
          line = decodeWindows1252(lineBytes);
          latin1Lines.push(lineNo);
        }
        take(line, lineNo);
      }
    } catch (error) {
      diagnostics.push({
        level: "warning",
        where: `${where}:${lineNo + 1}`,
        message: `stopped reading: ${(error as Error).message}`,
      });
    }
  }

  if (latin1Lines.length > 0) {
    diagnostics.unshift({
      level: "warning",
      where: `${where}:${latin1Lines[0]}`,
      message:
        `not valid UTF-8 on ${latin1Lines.length} line(s) (first: line ${latin1Lines[0]}); ` +
        "decoded those lines as Windows-1252 (re-save the file as UTF-8 to be sure of the text)",
    });
  }
  if (firstHtml) {
    diagnostics.unshift({
      level: "warning",
      where: `${where}:${firstHtml.line}`,
      message: `"text" of ${htmlLines} line(s) (first: line ${firstHtml.line}) ${firstHtml.message}`,
    });
  }
  if (!sawContent) diagnostics.push({ level: "warning", where, message: "skipped: empty file" });
  return { articles, diagnostics };
}

function skippedBinary(where: string, reason: string): Diagnostic {
  return { level: "warning", where, message: `skipped: binary file (${reason})` };
}

function readHead(file: string): Uint8Array {
  const fd = fs.openSync(file, "r");
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const n = fs.readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/** The file's lines as bytes, split on LF (a CR before it stays, and JSON.parse treats it as whitespace). */
async function* readLines(file: string): AsyncGenerator<Uint8Array> {
  let pending: Buffer[] = [];
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, nl);
      if (pending.length > 0) {
        pending.push(piece);
        yield Buffer.concat(pending);
        pending = [];
      } else yield piece;
      start = nl + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield Buffer.concat(pending);
}
