/**
 * The extraction cache: per-article results in one SQLite file
 * ============================================================
 *
 * Keys are content hashes (cache-key.ts); values are the JSON text of
 * `{ extraction, dependencies }` exactly as a worker or the in-process
 * extractor serialised it. SQLite (better-sqlite3) because it is one file,
 * transactional and safe against a build killed mid-write (its journal rolls
 * a half-written transaction back on the next open), and fast for tens of
 * thousands of small rows; a folder of one file per article would mean as
 * many files and fsyncs.
 *
 * A cache is only an accelerator, so it never fails a build: a file that is
 * not a database, a corrupt page, a schema from another version, a read-only
 * folder or a lock held too long by a concurrent build each give one warning,
 * after which the file is recreated empty (or, if even that fails, the build
 * goes on without a cache).
 */
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** Bump when the table layout or the value format changes: older files are then recreated. */
const SCHEMA_VERSION = "1";

export interface ExtractionCache {
  /** The SQLite file; undefined once the cache could not be used and became a no-op. */
  readonly file: string | undefined;
  /** The stored value of each key, undefined where there is none. */
  getMany(keys: readonly string[]): Array<string | undefined>;
  /** Stores or replaces these entries, in one transaction. */
  putMany(entries: ReadonlyArray<readonly [key: string, value: string]>): void;
  /** Removes every entry whose key is not in `keys` (articles gone from the corpus); returns how many went. */
  retainOnly(keys: readonly string[]): number;
  close(): void;
}

export interface CacheOptions {
  /** Called with each problem met (the cache carries on without the bad file). */
  onWarning?: (message: string) => void;
  /** How long to wait for a concurrent build's lock, in milliseconds. */
  busyTimeoutMs?: number;
}

type Db = Database.Database;

export function openExtractionCache(file: string, options: CacheOptions = {}): ExtractionCache {
  const warn = (message: string) => options.onWarning?.(`${file}: ${message}`);
  const busyTimeout = options.busyTimeoutMs ?? 15_000;
  // Opened on first use, and created only on the first write: a build that
  // fails before extracting anything (a broken curated file) leaves no cache.
  let state: "closed" | "open" | "off" = "closed";
  let db: Db | undefined;
  const use = (create: boolean): Db | undefined => {
    if (state === "closed" && (create || existsSync(file))) {
      db = tryOpen(file, busyTimeout, warn);
      state = db ? "open" : "off";
    }
    return db;
  };

  /** Runs `fn` on the database; on failure warns, recreates the file if it is at fault, and returns `fallback`. */
  const guarded = <T>(what: string, create: boolean, fallback: T, fn: (db: Db) => T): T => {
    const d = use(create);
    if (!d) return fallback;
    try {
      return fn(d);
    } catch (error) {
      const code = (error as { code?: string }).code ?? "";
      closeQuietly(d);
      db = undefined;
      if (/^SQLITE_(?:BUSY|LOCKED|READONLY|FULL|IOERR|CANTOPEN|PERM)/.test(code)) {
        // Not the file's fault: leave it as it is for the next build.
        warn(`cannot ${what} (${(error as Error).message}); building without the cache`);
        state = "off";
        return fallback;
      }
      warn(`cannot ${what} (${(error as Error).message}); starting a new cache`);
      removeDatabase(file);
      db = tryOpen(file, busyTimeout, warn);
      state = db ? "open" : "off";
      return fallback;
    }
  };

  return {
    get file() {
      return state === "off" ? undefined : file;
    },
    getMany(keys) {
      return guarded("read the cache", false, keys.map(() => undefined), (d) => {
        const get = d.prepare<[string], { value: string }>("SELECT value FROM extractions WHERE key = ?");
        // One read transaction: one lock for all the lookups.
        return d.transaction(() => keys.map((k) => get.get(k)?.value))();
      });
    },
    putMany(entries) {
      if (entries.length === 0) return;
      guarded("write the cache", true, undefined, (d) => {
        const put = d.prepare("INSERT OR REPLACE INTO extractions (key, value) VALUES (?, ?)");
        d.transaction(() => {
          for (const [key, value] of entries) put.run(key, value);
        })();
      });
    },
    retainOnly(keys) {
      return guarded("prune the cache", false, 0, (d) => {
        const count = (d.prepare("SELECT count(*) AS n FROM extractions").get() as { n: number }).n;
        if (count <= keys.length) return 0;
        return d.transaction(() => {
          d.exec("CREATE TEMP TABLE IF NOT EXISTS live (key TEXT PRIMARY KEY) WITHOUT ROWID; DELETE FROM live");
          const add = d.prepare("INSERT OR IGNORE INTO live (key) VALUES (?)");
          for (const k of keys) add.run(k);
          const removed = d.prepare("DELETE FROM extractions WHERE key NOT IN (SELECT key FROM live)").run().changes;
          d.exec("DELETE FROM live");
          return removed;
        })();
      });
    },
    close() {
      if (db) closeQuietly(db);
      db = undefined;
      state = "off";
    },
  };
}

function tryOpen(file: string, busyTimeout: number, warn: (message: string) => void): Db | undefined {
  for (let attempt = 0; attempt < 2; attempt++) {
    let db: Db | undefined;
    try {
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      db = new Database(file, { timeout: busyTimeout });
      // A rollback journal (not WAL): no -wal/-shm files beside the cache between builds.
      db.pragma("journal_mode = DELETE");
      db.pragma("synchronous = NORMAL");
      db.exec("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)");
      const version = db.prepare<[], { value: string }>("SELECT value FROM meta WHERE name = 'schema'").get()?.value;
      if (version !== undefined && version !== SCHEMA_VERSION) throw new Error(`cache schema ${version}, expected ${SCHEMA_VERSION}`);
      db.exec("CREATE TABLE IF NOT EXISTS extractions (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
      if (version === undefined) db.prepare("INSERT OR REPLACE INTO meta (name, value) VALUES ('schema', ?)").run(SCHEMA_VERSION);
      return db;
    } catch (error) {
      if (db) closeQuietly(db);
      const code = (error as { code?: string }).code ?? "";
      if (attempt === 1 || /^(?:SQLITE_(?:BUSY|LOCKED|READONLY|CANTOPEN|PERM|IOERR|FULL)|EACCES|EROFS|EPERM|ENOSPC)/.test(code)) {
        warn(`cannot use the cache (${(error as Error).message}); building without it`);
        return undefined;
      }
      warn(`not a usable cache (${(error as Error).message}); starting a new one`);
      removeDatabase(file);
    }
  }
  return undefined;
}

function removeDatabase(file: string): void {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) {
    try {
      rmSync(file + suffix, { force: true });
    } catch {
      // Removing is best effort; opening again will tell.
    }
  }
}

function closeQuietly(db: Db): void {
  try {
    db.close();
  } catch {
    // already closed or unusable
  }
}
