/**
 * news-kg corpus stage: one line of a JSONL corpus
 * ================================================
 *
 * `{"id", "text", "title"?, "outlet"?, "published"?, "date"?}`; other keys
 * (a dataset's `category`) are ignored. Large public corpora always hold a
 * few broken records, so a bad line is a warning naming `file:line` and the
 * rest of the file is still read. Pure: the caller streams the lines.
 *
 * A "text" with HTML markup in it (scraped datasets keep `<p>` and `<br>`) is
 * reduced to its text, like a text file's (article-text.ts); the result says
 * so, and the caller gives one warning per file rather than one per line.
 */
import type { Article, Diagnostic } from "../schema/types.js";
import { articleText } from "./article-text.js";
import { buildArticle } from "./build-article.js";
import type { HtmlMarkup } from "./find-html-markup.js";

export interface JsonlLineContext {
  /** `<path relative to the corpus>:<line>`: the article's `source`, and its id when it has none. */
  source: string;
  /** `<file as shown to the user>:<line>`, for diagnostics. */
  where: string;
}

export interface JsonlLineResult {
  article?: Article;
  diagnostics: Diagnostic[];
  /** The markup found when the line's text was HTML and was converted. */
  converted?: HtmlMarkup;
}

export function parseJsonlLine(line: string, context: JsonlLineContext): JsonlLineResult {
  const { where, source } = context;
  const diagnostics: Diagnostic[] = [];
  const warn = (message: string) => diagnostics.push({ level: "warning", where, message });
  if (line.trim() === "") return { diagnostics };

  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    warn(`skipped: not valid JSON (${(error as Error).message})`);
    return { diagnostics };
  }
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    warn('skipped: expected a JSON object such as {"id": "…", "text": "…"}');
    return { diagnostics };
  }
  const r = record as Record<string, unknown>;

  if (r.text === undefined || r.text === null) {
    warn('skipped: no "text"');
    return { diagnostics };
  }
  if (typeof r.text !== "string") {
    warn(`skipped: "text" is ${describe(r.text)}, not a string`);
    return { diagnostics };
  }
  if (r.text.trim() === "") {
    warn('skipped: empty "text"');
    return { diagnostics };
  }
  const prepared = articleText(r.text, "auto");
  const converted = prepared.converted ? { converted: prepared.converted } : {};
  if (prepared.text.trim() === "") {
    warn('skipped: no "text" once the HTML markup is removed');
    return { diagnostics, ...converted };
  }

  let id: string;
  if (typeof r.id === "string" && r.id.trim() !== "") id = r.id.trim();
  else if (typeof r.id === "number" && Number.isFinite(r.id)) id = String(r.id);
  else {
    id = source;
    warn(`${r.id === undefined ? 'no "id"' : `"id" is ${describe(r.id)}`}; using ${JSON.stringify(id)}`);
  }

  const optional = (field: "title" | "outlet" | "published" | "date"): string | undefined => {
    const v = r[field];
    if (v === undefined || v === null) return undefined;
    if (typeof v === "string") return v;
    warn(`"${field}" ignored: expected a string, got ${describe(v)}`);
    return undefined;
  };
  const title = optional("title");
  const outlet = optional("outlet");
  const published = optional("published");
  const date = optional("date");

  const given = published?.trim() ? published : date;
  const built = buildArticle(
    {
      id,
      text: prepared.text,
      title: title?.trim() ? title : prepared.title,
      outlet: outlet?.trim() ? outlet : prepared.outlet,
      published: given?.trim() ? given : prepared.published,
      source,
    },
    where,
  );
  diagnostics.push(...built.diagnostics);
  return { article: built.article, diagnostics, ...converted };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (typeof value === "string") return "an empty string";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
