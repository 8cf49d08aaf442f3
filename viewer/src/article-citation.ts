/**
 * How an article is cited
 * =======================
 *
 * "Reuters · 2017-12-11 · Putin orders…": outlet, publication date and title,
 * whichever the corpus gave ("outlet unknown" where it gave a date or title
 * but no outlet); the article id when it gave none. Returned as a plain
 * string, to be inserted as text.
 */
import type { ArticleMeta } from "./types.js";

export function articleCitation(doc: string, meta: ArticleMeta | undefined): string {
  // Some date, title or outlet known but not the outlet: say so, rather than leave a bare date.
  const known = meta !== undefined && (Boolean(meta.published) || Boolean(meta.title));
  const parts = [meta?.outlet || (known ? "outlet unknown" : undefined), meta?.published, meta?.title ? `“${meta.title}”` : undefined].filter(
    (p): p is string => typeof p === "string" && p.length > 0,
  );
  return parts.length > 0 ? parts.join(" · ") : `article ${doc}`;
}
