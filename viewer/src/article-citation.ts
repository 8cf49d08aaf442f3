/**
 * How an article is cited
 * =======================
 *
 * "Reuters · 2017-12-11 · Putin orders…": outlet, publication date and title,
 * whichever the corpus gave; the article id when it gave none. Returned as a
 * plain string, to be inserted as text.
 */
import type { ArticleMeta } from "./types.js";

export function articleCitation(doc: string, meta: ArticleMeta | undefined): string {
  const parts = [meta?.outlet, meta?.published, meta?.title ? `“${meta.title}”` : undefined].filter(
    (p): p is string => typeof p === "string" && p.length > 0,
  );
  return parts.length > 0 ? parts.join(" · ") : `article ${doc}`;
}
