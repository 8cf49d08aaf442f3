/**
 * The cache key of one article's extraction
 * =========================================
 *
 * sha256 of the extractor's fingerprint and of everything of the article that
 * extraction may read: id, publication date (relative dates are read against
 * it), title, outlet and text. Not `source`: moving or renaming a file does
 * not change what is extracted from it. The corpus-level models are not in
 * the key; the dependencies stored with the result decide whether they still
 * give the same answers (src/extract/model-dependencies.ts).
 */
import { createHash } from "node:crypto";
import type { Article } from "../schema/index.js";

export function cacheKey(article: Article, fingerprint: string): string {
  const hash = createHash("sha256");
  // Each field is length-prefixed, so no two different articles hash the same bytes.
  for (const field of [fingerprint, article.id, article.published ?? "", article.title ?? "", article.outlet ?? "", article.text]) {
    hash.update(`${field.length}:`);
    hash.update(field);
  }
  return hash.digest("hex");
}
