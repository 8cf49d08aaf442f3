/**
 * news-kg corpus stage: a .txt or .md article
 * ===========================================
 *
 * Pure: the caller has read and decoded the file. Metadata comes from the
 * front matter, then from the folder's manifest.json for keys the front
 * matter leaves out (front matter wins key by key), then from the page's own
 * metadata when the text is HTML, then from the file name for the id.
 *
 * The article text is the rest of the file with its line ends made LF
 * (CRLF and lone CR), and, when the text carries HTML markup, reduced to its
 * text with a warning (article-text.ts). Nothing is trimmed. Offsets index
 * that text.
 */
import type { Article, Diagnostic } from "../schema/types.js";
import { articleText, convertedMessage } from "./article-text.js";
import { articleIdFromPath, buildArticle, type ArticleMetadata } from "./build-article.js";
import { parseFrontMatter } from "./front-matter.js";
import { normalizeNewlines } from "./normalize-newlines.js";

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
  /** Where the article text starts in the decoded file, line ends normalised (0 without front matter). */
  bodyOffset: number;
  diagnostics: Diagnostic[];
}

export function parseTextArticle(decoded: string, context: TextArticleContext): TextArticleResult {
  const { where } = context;
  const text = normalizeNewlines(decoded);
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
  const converted = articleText(body, "auto");
  if (converted.converted) {
    diagnostics.push({ level: "warning", where, message: convertedMessage(converted.converted) });
    if (converted.text.trim() === "") {
      diagnostics.push({ level: "warning", where, message: "skipped: no article text once the HTML markup is removed" });
      return { bodyOffset: front.bodyOffset, diagnostics };
    }
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
  const fromPage: ArticleMetadata = {};
  if (converted.title) fromPage.title = converted.title;
  if (converted.outlet) fromPage.outlet = converted.outlet;
  if (converted.published) fromPage.published = converted.published;
  const built = buildArticle(
    {
      ...fromPage,
      ...manifest,
      ...fromFront,
      id: fromFront.id ?? manifest.id ?? articleIdFromPath(context.source),
      text: converted.text,
      source: context.source,
    },
    where,
  );
  diagnostics.push(...built.diagnostics);
  return { article: built.article, bodyOffset: front.bodyOffset, diagnostics };
}
