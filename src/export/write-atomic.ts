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
 */
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import path from "node:path";
import { ExportError } from "../schema/errors.js";

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = temporaryName(file);
  let handle: FileHandle | undefined;
  try {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
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
