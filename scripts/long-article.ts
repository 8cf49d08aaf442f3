/**
 * One long article of real prose, for the bench and the RUN_LARGE test
 * ====================================================================
 *
 * The BBC and Reuters stories of ../shared/corpora, in their order (cycling
 * when more is asked than they hold), joined by blank lines until the text
 * reaches `mb` megabytes: varied real structure, not a string chosen to miss
 * a slow path. Read at run time, never copied into the repository.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export const LONG_ARTICLE_SOURCES = ["bbc-2004-2005.jsonl", "reuters-21578.jsonl"];

/** The stories joined into the article (its last ones are its end). */
export function longArticleParts(corpora: string, mb: number): string[] {
  const texts: string[] = [];
  for (const name of LONG_ARTICLE_SOURCES) {
    for (const line of readFileSync(path.join(corpora, name), "utf8").split("\n")) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < mb * 1e6; i++) {
    const t = texts[i % texts.length]!;
    parts.push(t);
    size += t.length + 2;
  }
  return parts;
}
