/**
 * The extraction pool, directly
 * =============================
 *
 * Worker threads (running the .ts sources through tsx's loader) give exactly
 * the outcomes of extraction in this thread, in article order, with and
 * without the dependencies and JSON the cache needs. A pool whose workers
 * cannot start warns and extracts in this thread, with the same outcomes.
 */
import { afterEach, describe, expect, it } from "vitest";
import { readCorpus } from "../../src/corpus/read-corpus.js";
import { createExtractPool } from "../../src/extract-pool/extract-pool.js";
import { extractInProcess } from "../../src/extract-pool/in-process.js";
import type { ArticleExtractor, CorpusModels } from "../../src/extract-pool/types.js";
import { buildCasingModel, buildVocabulary } from "../../src/nlp/normalize.js";
import type { Article } from "../../src/schema/index.js";

async function seed(): Promise<{ articles: Article[]; models: CorpusModels }> {
  const { articles } = await readCorpus("corpus");
  // Each article twice under another id: more batches than workers.
  const more = [...articles, ...articles.map((a) => ({ ...a, id: `${a.id}-again` }))];
  const texts = more.map((a) => a.text);
  return { articles: more, models: { casing: buildCasingModel(texts), vocabulary: buildVocabulary(texts) } };
}

const pools: ArticleExtractor[] = [];
afterEach(async () => {
  for (const pool of pools.splice(0)) await pool.close?.();
});

describe("createExtractPool", () => {
  it.each([false, true])("gives the outcomes of one thread, in order, on 2 workers (forCache: %s)", async (forCache) => {
    const { articles, models } = await seed();
    const pool = createExtractPool({ jobs: 2, minParallelChars: 0, onWarning: (m) => expect.fail(m) });
    pools.push(pool);
    const progress: number[] = [];
    const { outcomes, threads } = await pool.extract(articles, models, { forCache, onProgress: (done) => progress.push(done) });
    expect(threads).toBe(2);
    expect(JSON.stringify(outcomes)).toBe(JSON.stringify(extractInProcess(articles, models, { forCache })));
    expect(progress.at(-1)).toBe(articles.length);
    // The same pool serves a second build.
    const again = await pool.extract(articles.slice(0, 3), models, { forCache });
    expect(JSON.stringify(again.outcomes)).toBe(JSON.stringify(extractInProcess(articles.slice(0, 3), models, { forCache })));
  });

  it("extracts in this thread below the size threshold", async () => {
    const { articles, models } = await seed();
    const pool = createExtractPool({ jobs: 2 });
    pools.push(pool);
    expect((await pool.extract(articles, models, { forCache: false })).threads).toBe(1);
  });

  it("falls back to this thread, with a warning, when the workers cannot start", async () => {
    const { articles, models } = await seed();
    const warnings: string[] = [];
    const pool = createExtractPool({ jobs: 2, minParallelChars: 0, workerUrl: new URL("./fixtures/broken-worker.mjs", import.meta.url), onWarning: (m) => warnings.push(m) });
    pools.push(pool);
    const { outcomes, threads } = await pool.extract(articles, models, { forCache: true });
    expect(threads).toBe(1);
    expect(JSON.stringify(outcomes)).toBe(JSON.stringify(extractInProcess(articles, models, { forCache: true })));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/broken on purpose.*main thread instead/);
  });
});
