/**
 * news-kg corpus stage: the files of a corpus folder
 * ==================================================
 *
 * The folder and its subfolders, without dot-folders (.git, editors'
 * caches) and node_modules. Paths are relative with `/` separators and
 * sorted by plain code-unit comparison, not `localeCompare`, so the article
 * order (and every id, layout and golden file downstream) is the same on
 * every machine and locale. Symbolic links are followed once: a link back up
 * the tree is not walked again.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Diagnostic } from "../schema/types.js";

export interface CorpusFile {
  /** Relative to the corpus folder, `/`-separated. */
  rel: string;
  /** The corpus path as given joined with `rel`: what to open, and what diagnostics name. */
  file: string;
}

export interface CorpusListing {
  /** Article files with one of the extensions, sorted by `rel`. */
  files: CorpusFile[];
  /** manifest.json files, sorted by `rel`. */
  manifests: CorpusFile[];
  diagnostics: Diagnostic[];
}

/** Files that live in a corpus folder without being articles. */
const MANIFEST = "manifest.json";
const NOT_ARTICLES = new Set([MANIFEST, "curated.ts"]);

export function listCorpusFiles(root: string, extensions: readonly string[]): CorpusListing {
  const files: CorpusFile[] = [];
  const manifests: CorpusFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const visited = new Set<string>();

  const walk = (dir: string, relDir: string) => {
    let entries: fs.Dirent[];
    try {
      const real = fs.realpathSync(dir);
      if (visited.has(real)) return;
      visited.add(real);
      // Sorted here too, so diagnostics come out in the same order on every file system.
      entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => compare(a.name, b.name));
    } catch (error) {
      diagnostics.push({ level: "warning", where: dir, message: `skipped folder: ${reason(error)}` });
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith(".") || name === "node_modules") continue;
      const file = path.join(dir, name);
      const rel = relDir === "" ? name : `${relDir}/${name}`;
      const wanted = extensions.includes(path.extname(name).toLowerCase()) && !NOT_ARTICLES.has(name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const stat = fs.statSync(file);
          isDirectory = stat.isDirectory();
          isFile = stat.isFile();
        } catch (error) {
          if (wanted) diagnostics.push({ level: "warning", where: file, message: `skipped: ${reason(error)}` });
          continue;
        }
      }
      if (isDirectory) walk(file, rel);
      else if (!isFile) continue;
      else if (name === MANIFEST) manifests.push({ rel, file });
      else if (wanted) files.push({ rel, file });
    }
  };

  walk(root, "");
  files.sort(byRel);
  manifests.sort(byRel);
  return { files, manifests, diagnostics };
}

function byRel(a: CorpusFile, b: CorpusFile): number {
  return compare(a.rel, b.rel);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code === "ENOENT" ? "broken symbolic link" : `cannot read (${e.code ?? e.message})`;
}
