/**
 * news-kg corpus stage: read a corpus from disk
 * =============================================
 *
 * The pipeline's only way in from the file system (with the CLI). Takes a
 * folder (read with its subfolders) or one file, and returns the articles in
 * a fixed order with every problem as a diagnostic: an empty, binary,
 * oversized or oddly encoded file, a bad JSON line or a duplicate id is
 * skipped or repaired with a warning, because one bad article must never stop
 * a corpus. Only a path that does not exist throws (a usage problem).
 *
 * Async because JSONL corpora are streamed line by line. Files are read one
 * after the other, never in parallel, so the order of articles and
 * diagnostics is deterministic.
 *
 * What an article's text is (and so what offsets index): the decoded file
 * after its front matter, with line ends made LF; an .html page, or text with
 * HTML markup in it, reduced to the text a reader sees (article-text.ts).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CorpusError } from "../schema/errors.js";
import type { Article, Diagnostic } from "../schema/types.js";
import type { ArticleMetadata } from "./build-article.js";
import { binaryReason } from "./binary-reason.js";
import { resolveCorpusOptions, type CorpusOptions } from "./corpus-options.js";
import { declaredCharset } from "./declared-charset.js";
import { decodeText, decodeWindows1252, type DecodedText } from "./decode-text.js";
import { listCorpusFiles, type CorpusFile } from "./list-corpus-files.js";
import { parseHtmlArticle } from "./parse-html-article.js";
import { parseManifest } from "./parse-manifest.js";
import { parseTextArticle } from "./parse-text-article.js";
import { readJsonlFile, type LocatedArticle } from "./read-jsonl-file.js";

export { DEFAULT_CORPUS_OPTIONS, resolveCorpusOptions, type CorpusOptions } from "./corpus-options.js";

export interface CorpusResult {
  articles: Article[];
  diagnostics: Diagnostic[];
}

const JSONL_EXTENSIONS = new Set([".jsonl", ".ndjson"]);
const HTML_EXTENSIONS = new Set([".html", ".htm", ".xhtml"]);

export async function readCorpus(corpusPath: string, options?: Partial<CorpusOptions>): Promise<CorpusResult> {
  const resolved = resolveCorpusOptions(options);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(corpusPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CorpusError(
      corpusPath,
      code === "ENOENT"
        ? `no such file or folder; give a folder of articles (${resolved.extensions.join(", ")}) or one article file`
        : `cannot read (${code ?? (error as Error).message})`,
    );
  }
  if (stat.isDirectory()) return readFolder(corpusPath, resolved);
  if (stat.isFile()) return readSingleFile(corpusPath, resolved);
  throw new CorpusError(corpusPath, "not a file or a folder; give a folder of articles or one article file");
}

async function readFolder(root: string, options: CorpusOptions): Promise<CorpusResult> {
  const listing = listCorpusFiles(root, options.extensions);
  const diagnostics = [...listing.diagnostics];
  const metadata = readManifests(listing.manifests, listing.files, diagnostics);
  if (listing.files.length === 0) {
    diagnostics.push({
      level: "warning",
      where: root,
      message: `no article files found (looked for ${options.extensions.join(", ")} in the folder and its subfolders)`,
    });
  }

  const collector = new ArticleCollector(diagnostics);
  for (const file of listing.files) {
    collector.add(await readArticleFile(file, metadata.get(file.rel), options, diagnostics));
  }
  return { articles: collector.articles, diagnostics };
}

async function readSingleFile(file: string, options: CorpusOptions): Promise<CorpusResult> {
  const diagnostics: Diagnostic[] = [];
  const name = path.basename(file);
  if (name === "manifest.json" || name === "curated.ts" || !options.extensions.includes(path.extname(name).toLowerCase())) {
    diagnostics.push({
      level: "warning",
      where: file,
      message: `skipped: not an article file (articles are ${options.extensions.join(", ")} files)`,
    });
    return { articles: [], diagnostics };
  }

  // A manifest beside the file still applies: `kg build corpus/000.txt` keeps the outlet and date.
  const manifestFile = path.join(path.dirname(file), "manifest.json");
  let meta: ArticleMetadata | undefined;
  if (fs.existsSync(manifestFile)) {
    const manifest = parseManifest(readSmallText(manifestFile), manifestFile);
    diagnostics.push(...manifest.diagnostics);
    meta = manifest.entries.get(name);
  }

  const collector = new ArticleCollector(diagnostics);
  collector.add(await readArticleFile({ rel: name, file }, meta, options, diagnostics));
  return { articles: collector.articles, diagnostics };
}

/**
 * Each manifest's entries, keyed by the path of the file they describe
 * relative to the corpus folder. A manifest deeper in the tree wins over one
 * higher up for the same file.
 */
function readManifests(
  manifests: CorpusFile[],
  files: CorpusFile[],
  diagnostics: Diagnostic[],
): Map<string, ArticleMetadata> {
  const byFile = new Map<string, { meta: ArticleMetadata; depth: number }>();
  const articleFiles = new Set(files.map((f) => f.rel));
  for (const manifestFile of manifests) {
    const manifest = parseManifest(readSmallText(manifestFile.file), manifestFile.file);
    diagnostics.push(...manifest.diagnostics);
    const folder = path.posix.dirname(manifestFile.rel);
    const depth = folder === "." ? 0 : folder.split("/").length;
    for (const [key, meta] of manifest.entries) {
      const target = path.posix.normalize(path.posix.join(folder, key));
      const warn = (message: string) =>
        diagnostics.push({ level: "warning", where: manifestFile.file, message: `entry ${JSON.stringify(key)} ${message}` });
      if (target === ".." || target.startsWith("../") || path.posix.isAbsolute(key)) {
        warn("ignored: it names a file outside the manifest's folder");
      } else if (!articleFiles.has(target)) {
        warn("matches no article file in the folder; check the file name");
      } else if (JSONL_EXTENSIONS.has(path.posix.extname(target).toLowerCase())) {
        warn("ignored: manifest entries describe .txt and .md files; give JSONL metadata on each line");
      } else if ((byFile.get(target)?.depth ?? -1) < depth) {
        byFile.set(target, { meta, depth });
      }
    }
  }
  return new Map([...byFile].map(([rel, { meta }]) => [rel, meta]));
}

async function readArticleFile(
  { rel, file }: CorpusFile,
  manifest: ArticleMetadata | undefined,
  options: CorpusOptions,
  diagnostics: Diagnostic[],
): Promise<LocatedArticle[]> {
  const skip = (message: string): LocatedArticle[] => {
    diagnostics.push({ level: "warning", where: file, message: `skipped: ${message}` });
    return [];
  };

  let bytes: Buffer | undefined;
  try {
    const size = fs.statSync(file).size;
    if (size > options.maxBytes) {
      return skip(`file is ${size} bytes, over the limit of ${options.maxBytes} (raise the maxBytes option to read it)`);
    }
    if (JSONL_EXTENSIONS.has(path.extname(rel).toLowerCase())) {
      const jsonl = await readJsonlFile(file, { source: rel, where: file });
      diagnostics.push(...jsonl.diagnostics);
      return jsonl.articles;
    }
    bytes = fs.readFileSync(file);
  } catch (error) {
    return skip(`cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }

  const html = HTML_EXTENSIONS.has(path.extname(rel).toLowerCase());
  const decoded = decodeText(bytes);
  const binary = binaryReason(decoded.text);
  if (binary) return skip(`binary file (${binary})`);
  let text = decoded.text;
  if (decoded.invalidUtf8At !== undefined) {
    const declared = html && !decoded.bom ? declaredCharset(bytes) : undefined;
    if (declared !== undefined && declared !== "utf-8") {
      // The page says what it is: no guess, no warning. (Node decodes the
      // "windows-1252" label as ISO-8859-1, so that one is decoded by hand.)
      text = declared === "windows-1252" ? decodeWindows1252(bytes) : new TextDecoder(declared).decode(bytes);
    } else diagnostics.push({ level: "warning", where: file, message: encodingMessage(decoded) });
  }
  const context = { source: rel, where: file, ...(manifest ? { manifest } : {}) };
  const parsed = html ? parseHtmlArticle(text, context) : parseTextArticle(text, context);
  diagnostics.push(...parsed.diagnostics);
  return parsed.article ? [{ article: parsed.article, where: file }] : [];
}

function encodingMessage(decoded: DecodedText): string {
  return decoded.encoding === "windows-1252"
    ? `not valid UTF-8 (byte ${decoded.invalidUtf8At}); decoded as Windows-1252 (re-save the file as UTF-8 to be sure of the text)`
    : `invalid UTF-8 at byte ${decoded.invalidUtf8At} despite the UTF-8 byte order mark; bad bytes read as U+FFFD`;
}

/** Keeps the first article of each id; later ones become warnings naming both places. */
class ArticleCollector {
  readonly articles: Article[] = [];
  private readonly firstSeen = new Map<string, string>();

  constructor(private readonly diagnostics: Diagnostic[]) {}

  add(located: LocatedArticle[]): void {
    for (const { article, where } of located) {
      const first = this.firstSeen.get(article.id);
      if (first !== undefined) {
        this.diagnostics.push({
          level: "warning",
          where,
          message: `skipped: duplicate article id ${JSON.stringify(article.id)}, already read from ${first}; give one of them another id`,
        });
        continue;
      }
      this.firstSeen.set(article.id, where);
      this.articles.push(article);
    }
  }
}

/** Manifests are small JSON files; decoded like articles so a BOM or UTF-16 does not break JSON.parse. */
function readSmallText(file: string): string {
  try {
    return decodeText(fs.readFileSync(file)).text;
  } catch {
    return ""; // parseManifest reports it as not valid JSON
  }
}
