/**
 * Test helpers: where ../shared is, and the note a test's name carries when it is skipped without it
 * ===================================================================================================
 *
 * Tests that read the corpora, treebanks, eval sets or GEXF schemas of
 * ../shared find them through `SHARED` (NEWS_KG_SHARED overrides it, which is
 * how tests/helpers/without-shared.test.ts checks that every such test is
 * skipped, and says why, on a machine without ../shared).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The shared data folder: `../shared` beside the repository, or NEWS_KG_SHARED. */
export const SHARED = process.env.NEWS_KG_SHARED ? path.resolve(process.env.NEWS_KG_SHARED) : path.resolve(repoRoot, "..", "shared");

/** A path inside the shared data folder. */
export function sharedPath(...parts: string[]): string {
  return path.join(SHARED, ...parts);
}

/** A test name's note when it is skipped for want of something outside the repository: " (skipped: ../shared not found)". */
export function skipNote(available: boolean, missing: string): string {
  return available ? "" : ` (skipped: ${missing})`;
}

export const SHARED_MISSING = "../shared not found";
export const NETWORKX_MISSING = "NetworkX not installed";
