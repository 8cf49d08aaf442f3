/**
 * news-kg corpus stage: one Article from its text and metadata
 * ============================================================
 *
 * Text files and JSON lines end in the same checks, so an article looks the
 * same whichever format it came from: metadata trimmed, empty values left
 * out (no `title: undefined` keys in the JSON), the publication date
 * validated and normalised. Of the text only the line ends are normalised
 * (CRLF and lone CR to LF, see normalize-newlines.ts; a no-op when the caller
 * already did it): every offset later in the pipeline indexes the result.
 */
import type { Article, Diagnostic } from "../schema/types.js";
import { normalizeDate } from "./normalize-date.js";
import { normalizeNewlines } from "./normalize-newlines.js";

/** Metadata that front matter, a manifest entry or a JSON line may give. */
export interface ArticleMetadata {
  id?: string;
  title?: string;
  outlet?: string;
  /** Publication date as written; normalised by `buildArticle`. */
  published?: string;
}

export interface ArticleInput extends ArticleMetadata {
  id: string;
  text: string;
  source: string;
}

export function buildArticle(input: ArticleInput, where: string): { article: Article; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const article: Article = { id: input.id, text: normalizeNewlines(input.text) };
  const title = input.title?.trim();
  if (title) article.title = title;
  const outlet = input.outlet?.trim();
  if (outlet) article.outlet = outlet;

  const published = input.published?.trim();
  if (published) {
    const date = normalizeDate(published);
    if (date) article.published = date;
    else {
      diagnostics.push({
        level: "warning",
        where,
        message: `published date ${JSON.stringify(published)} is not a calendar date; left unset (write it as YYYY-MM-DD)`,
      });
    }
  }
  article.source = input.source;
  return { article, diagnostics };
}

/** The path without its extension: the file name for files at the top of the corpus, unique for nested ones. */
export function articleIdFromPath(source: string): string {
  return source.replace(/\.[^./]*$/, "");
}
