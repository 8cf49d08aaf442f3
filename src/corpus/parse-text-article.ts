/**
 * news-kg corpus stage: a .txt or .md article
 * ===========================================
 *
 * Pure: the caller has read and decoded the file. Metadata comes from the
 * front matter, then from the folder's manifest.json for keys the front
 * matter leaves out (front matter wins key by key), then from the file name
 * for the id. The article text is the rest of the file exactly: no trimming
 * and no newline normalisation, so offsets match the file after its front
 * matter.
 */
import type { Article, Diagnostic } from "../schema/types.js";
import { buildArticle, type ArticleMetadata } from "./build-article.js";
import { parseFrontMatter } from "./front-matter.js";

export interface TextArticleContext {
  /** Path relative to the corpus folder, with `/` separators: the article's `source`. */
  source: string;
  /** The file as named in diagnostics. */
  where: string;
  /** The manifest.json entry for this file, if any. */
  manifest?: ArticleMetadata;
}

export interface TextArticleResult {
  article?: Article;
  /** Where the article text starts in the decoded file (0 without front matter). */
  bodyOffset: number;
  diagnostics: Diagnostic[];
}

export function parseTextArticle(text: string, context: TextArticleContext): TextArticleResult {
  const { where } = context;
  if (text.trim() === "") {
    return { bodyOffset: 0, diagnostics: [{ level: "warning", where, message: "skipped: empty file" }] };
  }

  const front = parseFrontMatter(text);
  const diagnostics: Diagnostic[] = front.problems.map((p) => ({
    level: "warning" as const,
    where: `${where}:${p.line}`,
    message: p.message,
  }));
  const body = text.slice(front.bodyOffset);
  if (body.trim() === "") {
    diagnostics.push({ level: "warning", where, message: "skipped: no article text after the front matter" });
    return { bodyOffset: front.bodyOffset, diagnostics };
  }

  const f = front.fields;
  // An empty front-matter value counts as absent, so the manifest can still fill it.
  const fromFront: ArticleMetadata = {};
  if (f.id?.trim()) fromFront.id = f.id.trim();
  if (f.title?.trim()) fromFront.title = f.title;
  if (f.outlet?.trim()) fromFront.outlet = f.outlet;
  const published = f.published?.trim() ? f.published : f.date;
  if (published?.trim()) fromFront.published = published;

  const manifest = context.manifest ?? {};
  const built = buildArticle(
    {
      ...manifest,
      ...fromFront,
      id: fromFront.id ?? manifest.id ?? defaultId(context.source),
      text: body,
      source: context.source,
    },
    where,
  );
  diagnostics.push(...built.diagnostics);
  return { article: built.article, bodyOffset: front.bodyOffset, diagnostics };
}

/** The path without its extension: the file name for files at the top of the corpus, unique for nested ones. */
function defaultId(source: string): string {
  return source.replace(/\.[^./]*$/, "");
}
