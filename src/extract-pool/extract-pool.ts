/**
 * Parallel extraction: a pool of worker threads
 * =============================================
 *
 * Extraction is per article once the corpus models exist, so it spreads over
 * cores. `jobs` threads extract: this one and `jobs - 1` workers
 * (node:worker_threads). The workers start as soon as a large job is
 * announced (`prepare`, while this thread builds the corpus models), are sent
 * the models once, then batches of articles: each worker holds two batches
 * at a time and is sent the next as it answers, so a slow batch does not hold
 * the others up. This thread takes batches from the same queue between
 * answers, so no core waits idle for the workers and a worker's start-up is
 * paid only where it adds a core. Outcomes are put back by article index, so
 * the result is the same array, in the same order, as extracting in one
 * thread — and the graph is byte-identical whatever `jobs` is.
 *
 * Small jobs stay in this thread: a worker costs about a second of a core to
 * load the lexicons and models and warm up, more than it saves below a few
 * megabytes of text on two cores.
 * Results cross threads as JSON text, which is cheaper to pass and parse
 * than the object graph and is exactly what the cache stores.
 *
 * The workers run the compiled dist/extract-pool/extract-worker.js, or, when
 * this module itself runs from src/ (vitest, scripts under tsx), the .ts
 * source through tsx (ts-worker.mjs).
 */
import { Worker } from "node:worker_threads";
import type { Article } from "../schema/index.js";
import { ModelError } from "../schema/index.js";
import { deserializeOutcome, extractOne } from "./extract-articles.js";
import { extractInProcess } from "./in-process.js";
import type { ToPool, ToWorker } from "./protocol.js";
import type { ArticleExtractor, CorpusModels, ExtractOutcome, ExtractRequest } from "./types.js";

export interface PoolOptions {
  /** Threads that extract, this one included; 1 extracts in this thread only. */
  jobs: number;
  /** Below this many characters of text to extract, extract in this thread. */
  minParallelChars: number;
  /** Told when the workers fail and extraction falls back to this thread. */
  onWarning?: (message: string) => void;
  /** The worker's module; default: extract-worker.js beside this one (tests point it elsewhere). */
  workerUrl?: URL;
}

/**
 * 3.5 million characters of text: below it, workers cost more than they save. Measured on the
 * 2-core machine, cold whole processes, 2026-12-04: 2,000 Reuters stories (1.9 MB) take 4.92 s
 * on one thread and 5.19 s on two (bench-cold medians), 3,500 stories (3.3 MB) 6.7–6.9 s on one
 * and 6.8–7.2 s on two, the BBC corpus (4.4 MB) 12.4–12.5 s on one and 11.0–11.5 s on two.
 */
export const DEFAULT_POOL_OPTIONS: PoolOptions = { jobs: 1, minParallelChars: 3_500_000 };

export function resolvePoolOptions(options: Partial<PoolOptions> = {}): PoolOptions {
  return { ...DEFAULT_POOL_OPTIONS, ...options };
}

interface PoolWorker {
  worker: Worker;
  /** Why the worker stopped, if it did. */
  error?: Error;
}

export function createExtractPool(options: Partial<PoolOptions> = {}): ArticleExtractor {
  const opts = resolvePoolOptions(options);
  let workers: PoolWorker[] | undefined;
  let failure: ((error: Error) => void) | undefined;
  /** Set once the workers have failed: from then on everything is extracted in this thread. */
  let broken = false;

  const start = (): PoolWorker[] => {
    if (workers) return workers;
    const entry = workerEntry(opts.workerUrl);
    workers = Array.from({ length: opts.jobs - 1 }, () => {
      const worker = new Worker(entry.url, { execArgv: [], ...(entry.workerData ? { workerData: entry.workerData } : {}) });
      const w: PoolWorker = { worker };
      const fail = (error: Error) => {
        w.error ??= error;
        failure?.(w.error);
      };
      worker.on("error", (error) => fail(new Error(`extraction worker failed: ${error.message}`)));
      worker.on("exit", (code) => fail(new Error(`extraction worker exited (code ${code})`)));
      // A worker waiting for work must not keep the process alive.
      worker.unref();
      return w;
    });
    return workers;
  };

  const parallel = (chars: number, count: number) => !broken && opts.jobs > 1 && count > 1 && chars >= opts.minParallelChars;

  const close = async () => {
    const all = workers ?? [];
    workers = undefined;
    failure = undefined;
    await Promise.all(all.map((w) => w.worker.terminate().catch(() => undefined)));
  };

  return {
    prepare(chars) {
      if (parallel(chars, 2)) start();
    },

    async extract(articles, models, request) {
      const chars = articles.reduce((n, a) => n + a.text.length, 0);
      if (!parallel(chars, articles.length)) return { outcomes: extractInProcess(articles, models, request), threads: 1 };
      try {
        const pool = start();
        const dead = pool.find((w) => w.error);
        if (dead) throw dead.error;
        for (const w of pool) w.worker.ref();
        try {
          return { outcomes: await runBatches(pool, articles, models, request, chars, (fail) => (failure = fail)), threads: pool.length + 1 };
        } finally {
          failure = undefined;
          for (const w of pool) w.worker.unref();
        }
      } catch (error) {
        // A model file that cannot be read stops the build, wherever it was read.
        if (error instanceof ModelError) {
          await close();
          throw error;
        }
        // Every article gives the same result in this thread: a failed pool
        // (a worker that cannot start, or crashed) costs time, not the build.
        broken = true;
        await close();
        opts.onWarning?.(`${(error as Error).message}; extracting in the main thread instead`);
        return { outcomes: extractInProcess(articles, models, request), threads: 1 };
      }
    },

    close,
  };
}

async function runBatches(
  pool: PoolWorker[],
  articles: readonly Article[],
  models: CorpusModels,
  request: ExtractRequest,
  chars: number,
  onFailure: (fail: (error: Error) => void) => void,
): Promise<ExtractOutcome[]> {
  // Batches of about the same amount of text: small enough to balance the
  // threads and to move a progress bar, large enough that messages are few.
  const threads = pool.length + 1;
  const target = Math.min(256_000, Math.max(16_000, Math.ceil(chars / (threads * 24))));
  const batches: Array<{ start: number; end: number }> = [];
  for (let start = 0; start < articles.length; ) {
    let end = start;
    let size = 0;
    while (end < articles.length && (end === start || size < target)) size += articles[end++]!.text.length;
    batches.push({ start, end });
    start = end;
  }
  const results = new Array<ExtractOutcome>(articles.length);
  let next = 0;
  let finished = 0;
  let done = 0;
  let failed: Error | undefined;
  let wake: (() => void) | undefined;
  const settled = () => {
    request.onProgress?.(done, articles.length);
    wake?.();
  };

  const send = (w: PoolWorker) => {
    if (next >= batches.length) return;
    const batch = next++;
    const { start, end } = batches[batch]!;
    const message: ToWorker = { type: "batch", batch, articles: articles.slice(start, end), forCache: request.forCache };
    w.worker.postMessage(message);
  };
  const listeners = pool.map((w) => {
    const listener = (message: ToPool) => {
      if (message.type !== "done" || failed) return;
      const { start, end } = batches[message.batch]!;
      for (let i = start; i < end; i++) results[i] = deserializeOutcome(message.results[i - start]!, request.forCache);
      done += end - start;
      finished++;
      send(w);
      settled();
    };
    w.worker.on("message", listener);
    return listener;
  });
  onFailure((error) => {
    failed ??= error;
    wake?.();
  });
  try {
    const modelsMessage: ToWorker = { type: "models", casing: models.casing, vocabulary: models.vocabulary };
    for (const w of pool) w.worker.postMessage(modelsMessage);
    // Two batches per worker in flight: the next is already there when one is answered.
    for (let round = 0; round < 2; round++) for (const w of pool) send(w);
    // This thread takes the next batch whenever it is free, yielding between
    // batches so that answers are read and the workers kept busy.
    while (!failed && finished < batches.length) {
      if (next < batches.length) {
        const { start, end } = batches[next++]!;
        for (let i = start; i < end; i++) results[i] = extractOne(articles[i]!, models, request.forCache);
        done += end - start;
        finished++;
        settled();
        await new Promise<void>((resolve) => setImmediate(resolve));
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    }
    if (failed) throw failed;
    return results;
  } finally {
    pool.forEach((w, i) => w.worker.off("message", listeners[i]!));
  }
}

/**
 * The worker's module: the compiled .js beside this one, or, when this module
 * runs from its .ts source, the .ts worker loaded through ts-worker.mjs.
 * Workers get no Node options (`execArgv: []`): the parent's are not all
 * valid in a worker (`node --input-type=module -e …` starting the CLI would
 * stop every worker), and the workers need none.
 */
function workerEntry(url?: URL): { url: URL; workerData?: { tsEntry: string } } {
  const here = import.meta.url;
  const entry = url ?? new URL(here.endsWith(".ts") ? "./extract-worker.ts" : "./extract-worker.js", here);
  if (!entry.pathname.endsWith(".ts")) return { url: entry };
  return { url: new URL("./ts-worker.mjs", here), workerData: { tsEntry: entry.href } };
}
