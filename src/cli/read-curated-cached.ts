/**
 * The curated layer, parsed once per version of the file
 * ======================================================
 *
 * Parsing `corpus/curated.ts` needs ts-morph, and loading ts-morph (the
 * TypeScript compiler) takes about half a second: most of a rebuild after one
 * changed article. So the parsed layer is kept in the build's cache, keyed by
 * the file's text, its display path (provenance names it) and the reader's
 * code, and ts-morph is imported only when one of them has changed. A file
 * with mistakes is never cached: it is parsed, and its errors thrown, every
 * time.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { curatedReaderFingerprint } from "../cache/code-fingerprint.js";
import type { ExtractionCache } from "../cache/extraction-cache.js";
import type { CuratedLayer } from "../curate/types.js";

export interface CuratedRead {
  layer: CuratedLayer;
  /** Its key in the cache, so that pruning keeps it. */
  cacheKey?: string;
}

export async function readCuratedCached(file: string, cache: ExtractionCache | undefined): Promise<CuratedRead> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    // readCurated says what is wrong with the file, naming it.
    const { readCurated } = await import("../curate/read-curated.js");
    return { layer: readCurated(file) };
  }
  // As readCurated names the file by default: relative to the working directory, with forward slashes.
  const relative = path.relative(process.cwd(), path.resolve(file));
  const displayPath = (relative === "" ? file : relative).split(path.sep).join("/");
  if (!cache) {
    const { readCurated } = await import("../curate/read-curated.js");
    return { layer: readCurated(file, { text, displayPath }) };
  }
  const hash = createHash("sha256");
  for (const part of [curatedReaderFingerprint(), displayPath, text]) hash.update(`${part.length}:${part}`);
  const cacheKey = `curated:${hash.digest("hex")}`;
  const stored = cache.getMany([cacheKey])[0];
  if (stored !== undefined) {
    try {
      return { layer: JSON.parse(stored) as CuratedLayer, cacheKey };
    } catch {
      // Unreadable entry: parse the file again below and overwrite it.
    }
  }
  const { readCurated } = await import("../curate/read-curated.js");
  const layer = readCurated(file, { text, displayPath });
  cache.putMany([[cacheKey, JSON.stringify(layer)]]);
  return { layer, cacheKey };
}
