/**
 * news-kg corpus stage: an .html or .htm article
 * ==============================================
 *
 * Pure: the caller has read and decoded the file. The page is reduced to the
 * text a reader sees (html-to-text.ts); that text, not the HTML, is the
 * article text that offsets index. Metadata comes from the folder's
 * manifest.json first, then from the page itself (og:title or `<title>`,
 * og:site_name, article:published_time or `<time datetime>`), then from the
 * file name for the id.
 */
import type { Diagnostic } from "../schema/types.js";
import { articleText } from "./article-text.js";
import { articleIdFromPath, buildArticle, type ArticleMetadata } from "./build-article.js";
import type { TextArticleContext, TextArticleResult } from "./parse-text-article.js";

export function parseHtmlArticle(html: string, context: TextArticleContext): TextArticleResult {
  const { where } = context;
  const diagnostics: Diagnostic[] = [];
  if (html.trim() === "") {
    diagnostics.push({ level: "warning", where, message: "skipped: empty file" });
    return { bodyOffset: 0, diagnostics };
  }
  const page = articleText(html, true);
  if (page.text.trim() === "") {
    diagnostics.push({ level: "warning", where, message: "skipped: the page has no text outside its markup, scripts and navigation" });
    return { bodyOffset: 0, diagnostics };
  }
  const manifest = context.manifest ?? {};
  const fromPage: ArticleMetadata = {};
  if (page.title) fromPage.title = page.title;
  if (page.outlet) fromPage.outlet = page.outlet;
  if (page.published) fromPage.published = page.published;
  const built = buildArticle(
    { ...fromPage, ...manifest, id: manifest.id ?? articleIdFromPath(context.source), text: page.text, source: context.source },
    where,
  );
  diagnostics.push(...built.diagnostics);
  return { article: built.article, bodyOffset: 0, diagnostics };
}
