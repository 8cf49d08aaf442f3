/**
 * news-kg corpus stage: manifest.json
 * ===================================
 *
 * A folder's manifest.json gives metadata for articles whose text must stay
 * byte-for-byte as published (so no front matter can be added):
 *
 *   { "articles": { "<file name relative to the folder>": { "id"?, "title"?, "outlet"?, "published"? } } }
 *
 * `date` is accepted as an alias of `published`; other keys (such as a
 * top-level "$comment") are ignored. A bad manifest or entry is a warning and
 * is left out: the articles are still read, only without that metadata.
 */
import type { Diagnostic } from "../schema/types.js";
import type { ArticleMetadata } from "./build-article.js";

export interface Manifest {
  /** Entries keyed as written in the file (normalised to `/` separators, no leading `./`). */
  entries: Map<string, ArticleMetadata>;
  diagnostics: Diagnostic[];
}

const SHAPE = 'expected { "articles": { "<file name>": { "id", "title", "outlet", "published" } } }';

export function parseManifest(json: string, where: string): Manifest {
  const entries = new Map<string, ArticleMetadata>();
  const diagnostics: Diagnostic[] = [];
  const warn = (message: string) => diagnostics.push({ level: "warning", where, message });

  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    warn(`ignored: not valid JSON (${(error as Error).message}); ${SHAPE}`);
    return { entries, diagnostics };
  }
  const articles = isObject(data) ? data.articles : undefined;
  if (!isObject(articles)) {
    warn(`ignored: ${SHAPE}`);
    return { entries, diagnostics };
  }

  for (const [name, value] of Object.entries(articles)) {
    const key = normalizeKey(name);
    if (!isObject(value)) {
      warn(`entry ${JSON.stringify(name)} ignored: expected an object such as { "outlet": "…", "published": "YYYY-MM-DD" }`);
      continue;
    }
    if (entries.has(key)) {
      warn(`entry ${JSON.stringify(name)} ignored: the file already has an entry`);
      continue;
    }
    const meta: ArticleMetadata = {};
    for (const field of ["id", "title", "outlet", "published", "date"] as const) {
      const v = value[field];
      if (v === undefined || v === null) continue;
      if (typeof v !== "string") {
        warn(`entry ${JSON.stringify(name)}: "${field}" ignored: expected a string, got ${JSON.stringify(v)}`);
        continue;
      }
      if (v.trim() === "") continue;
      if (field === "date") meta.published ??= v;
      else if (field === "id") meta.id = v.trim();
      else meta[field] = v;
    }
    entries.set(key, meta);
  }
  return { entries, diagnostics };
}

function normalizeKey(name: string): string {
  return name.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
