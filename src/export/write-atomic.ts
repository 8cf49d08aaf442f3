/**
 * news-kg export: atomic file writes
 * ==================================
 *
 * Outputs (graph.json, graph.gexf, …) are read by the viewer, Gephi and other
 * tools, possibly while a build runs: a reader must see the old file or the
 * new one, never half of one. So the data goes to a temporary file in the same
 * directory (a rename is only atomic within one file system), is fsynced, and
 * is renamed over the target. The temporary name is hidden (leading dot),
 * unique (pid + random suffix) and ends in `.tmp`; it is removed on failure.
 *
 * A process killed (SIGKILL, power loss) between writing and renaming cannot
 * remove its temporary file, so each write first removes the temporary files
 * of the same target left by processes that no longer run.
 *
 * `writeFilesAtomic` writes several outputs that belong together (graph.json,
 * graph.gexf, claims.json): all are written and synced to temporary files
 * first, and only then renamed one after the other. A failure or a kill while
 * writing leaves every previous file in place; only a kill in the
 * microseconds between the renames can leave some files new and others old.
 * (POSIX has no atomic replacement of a set of files or of a non-empty folder.)
 */
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import path from "node:path";
import { ExportError } from "../schema/errors.js";

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = temporaryName(file);
  let handle: FileHandle | undefined;
  try {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    removeStaleTemporaries(file);
    // "wx": never follow or clobber something already at the temporary name.
    handle = await open(tmp, "wx");
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tmp, file);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(tmp, { force: true }).catch(() => undefined);
    throw writeError(file, error);
  }
  await syncDirectory(path.dirname(path.resolve(file)));
}

export function writeFileAtomicSync(file: string, data: string | Uint8Array): void {
  const tmp = temporaryName(file);
  let fd: number | undefined;
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    removeStaleTemporaries(file);
    fd = openSync(tmp, "wx");
    writeFileSync(fd, data);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, file);
  } catch (error) {
    try {
      if (fd !== undefined) closeSync(fd);
    } catch {
      // The write already failed; that error is the one to report.
    }
    rmSync(tmp, { force: true });
    throw writeError(file, error);
  }
  syncDirectorySync(path.dirname(path.resolve(file)));
}

/** Writes every file to a temporary file first, then renames them all: see the header. */
export async function writeFilesAtomic(outputs: ReadonlyArray<{ file: string; data: string | Uint8Array }>): Promise<void> {
  const written: Array<{ file: string; tmp: string }> = [];
  let current = outputs[0]?.file ?? "";
  try {
    for (const { file, data } of outputs) {
      current = file;
      await mkdir(path.dirname(path.resolve(file)), { recursive: true });
      removeStaleTemporaries(file);
      const tmp = temporaryName(file);
      const handle = await open(tmp, "wx");
      written.push({ file, tmp });
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
  } catch (error) {
    await Promise.all(written.map(({ tmp }) => rm(tmp, { force: true }).catch(() => undefined)));
    throw writeError(current, error);
  }
  // The commit: renames only, back to back.
  for (let i = 0; i < written.length; i++) {
    const { file, tmp } = written[i]!;
    try {
      renameSync(tmp, file);
    } catch (error) {
      for (const rest of written.slice(i)) rmSync(rest.tmp, { force: true });
      throw writeError(file, error);
    }
  }
  for (const dir of new Set(written.map(({ file }) => path.dirname(path.resolve(file))))) await syncDirectory(dir);
}

const TEMPORARY = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes `.<name>.<pid>.<random>.tmp` files beside `file` whose process is
 * gone. Best effort: a file that cannot be listed or removed is left.
 */
export function removeStaleTemporaries(file: string): void {
  const resolved = path.resolve(file);
  const dir = path.dirname(resolved);
  const base = path.basename(resolved);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMPORARY.exec(name);
    if (!m || m[1] !== base) continue;
    const pid = Number(m[2]);
    if (pid === process.pid || processRuns(pid)) continue;
    try {
      rmSync(path.join(dir, name), { force: true });
    } catch {
      // Another build may be removing it too.
    }
  }
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function temporaryName(file: string): string {
  const resolved = path.resolve(file);
  const suffix = `${process.pid}.${randomBytes(6).toString("hex")}`;
  return path.join(path.dirname(resolved), `.${path.basename(resolved)}.${suffix}.tmp`);
}

function writeError(file: string, error: unknown): ExportError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = error instanceof Error ? error.message : String(error);
  const wrapped = new ExportError(
    file,
    `cannot write${code === undefined ? "" : ` (${code})`}: ${reason}. ` +
      "Check that the path is not a directory, that its folder is writable, and that the disk has space.",
  );
  (wrapped as { cause?: unknown }).cause = error;
  return wrapped;
}

/**
 * Makes the rename itself durable. Best effort: some platforms (Windows) and
 * file systems cannot open or fsync a directory, and the file is already in place.
 */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // See above: durability of the directory entry is a bonus, not a requirement.
  }
}

function syncDirectorySync(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // See syncDirectory.
  }
}
