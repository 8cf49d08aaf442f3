/**
 * Incremental extraction in the pipeline, exactly
 * ===============================================
 *
 * runPipelineAsync with an in-memory store and an extractor that records
 * which articles it was asked to extract. After changing, adding or removing
 * one article of the seed corpus, exactly the changed or added article is
 * extracted again, plus any article whose recorded model answers no longer
 * hold (computed here independently, before the build), and the graph is
 * byte for byte a build from scratch. What only a removed article supported
 * leaves the graph.
 *
 * In the seed corpus such an article is the lower-cased Reuters story: it is
 * truecased word by word from the other stories' casing, so a story added or
 * removed usually changes an answer it read.
 */
import { describe, expect, it } from "vitest";
import { cacheKey } from "../../src/cache/cache-key.js";
import { readCorpus } from "../../src/corpus/read-corpus.js";
import { toGexf } from "../../src/export/gexf.js";
import { toJson } from "../../src/export/to-json.js";
import { inProcessExtractor } from "../../src/extract-pool/in-process.js";
import type { ArticleExtractor } from "../../src/extract-pool/types.js";
import { dependenciesHold, type ModelDependencies } from "../../src/nlp/model-dependencies.js";
import { buildCasingModel, buildVocabulary } from "../../src/nlp/normalize.js";
import { runPipeline, runPipelineAsync, type ExtractionStore, type PipelineResult } from "../../src/pipeline.js";
import type { Article } from "../../src/schema/index.js";

const FINGERPRINT = "test";
const key = (a: Article) => cacheKey(a, FINGERPRINT);

function memoryStore(): ExtractionStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getMany: (keys) => keys.map((k) => map.get(k)),
    putMany: (entries) => entries.forEach(([k, v]) => map.set(k, v)),
  };
}

/** The in-process extractor, remembering the ids it was asked to extract. */
function spyExtractor(): ArticleExtractor & { extracted: string[] } {
  const inner = inProcessExtractor();
  const spy = {
    extracted: [] as string[],
    extract: (articles: readonly Article[], ...rest: Parameters<ArticleExtractor["extract"]> extends [unknown, ...infer R] ? R : never) => {
      spy.extracted.push(...articles.map((a) => a.id));
      return inner.extract(articles, ...rest);
    },
  };
  return spy;
}

async function build(articles: readonly Article[], store: ExtractionStore): Promise<{ result: PipelineResult; extracted: string[] }> {
  const extractor = spyExtractor();
  const result = await runPipelineAsync(articles, { name: "corpus", extractor, cache: { store, key } });
  return { result, extracted: extractor.extracted };
}

const output = (r: PipelineResult) => `${toJson(r.graph)}\n${toGexf(r.graph)}\n${JSON.stringify(r.resolved.claims)}`;
const scratch = (articles: readonly Article[]) => output(runPipeline(articles, { name: "corpus" }));

/** Ids that a build of `articles` must extract given what `store` holds: no entry, or answers that changed. */
function mustExtract(articles: readonly Article[], store: { map: Map<string, string> }): string[] {
  const texts = articles.map((a) => a.text);
  const casing = buildCasingModel(texts);
  const vocabulary = buildVocabulary(texts);
  return articles
    .filter((a) => {
      const value = store.map.get(key(a));
      if (value === undefined) return true;
      return !dependenciesHold((JSON.parse(value) as { dependencies: ModelDependencies }).dependencies, casing, vocabulary);
    })
    .map((a) => a.id);
}

async function seed(): Promise<Article[]> {
  return (await readCorpus("corpus")).articles;
}

describe("runPipelineAsync with a cache", () => {
  it("extracts everything once, then nothing, and equals a build from scratch both times", async () => {
    const articles = await seed();
    const store = memoryStore();
    const first = await build(articles, store);
    expect(first.extracted).toEqual(articles.map((a) => a.id));
    expect(first.result.extractStats).toMatchObject({ articles: 5, cached: 0, extracted: 5, stale: 0, failed: 0 });
    expect(store.map.size).toBe(5);
    const second = await build(articles, store);
    expect(second.extracted).toEqual([]);
    expect(second.result.extractStats).toMatchObject({ cached: 5, extracted: 0 });
    const expected = scratch(articles);
    expect(output(first.result)).toBe(expected);
    expect(output(second.result)).toBe(expected);
  });

  it("re-extracts only a changed article", async () => {
    const articles = await seed();
    const store = memoryStore();
    await build(articles, store);
    const changed = articles.map((a, i) => (i === 2 ? { ...a, text: `${a.text}\nThe talks in Geneva ended on Tuesday.\n` } : a));
    const expected = mustExtract(changed, store);
    expect(expected).toContain(articles[2]!.id);
    expect(expected.length).toBeLessThan(articles.length);
    const again = await build(changed, store);
    expect(again.extracted).toEqual(expected);
    expect(output(again.result)).toBe(scratch(changed));
  });

  it("extracts only an added article", async () => {
    const articles = await seed();
    const store = memoryStore();
    await build(articles, store);
    const added: Article = { id: "extra-1", text: "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Ankara on Monday.", published: "2017-12-11" };
    const more = [...articles, added];
    const expected = mustExtract(more, store);
    expect(expected).toContain("extra-1");
    expect(expected.length).toBeLessThan(more.length);
    const again = await build(more, store);
    expect(again.extracted).toEqual(expected);
    expect(output(again.result)).toBe(scratch(more));
  });

  it("extracts nothing when an article is removed, and drops what only it supported", async () => {
    const articles = await seed();
    const store = memoryStore();
    const before = await build(articles, store);
    const removed = articles[0]!.id;
    const fewer = articles.filter((a) => a.id !== removed);
    const expected = mustExtract(fewer, store);
    expect(expected.length).toBeLessThan(fewer.length);
    const after = await build(fewer, store);
    expect(after.extracted).toEqual(expected);
    expect(output(after.result)).toBe(scratch(fewer));
    // Nodes the removed article alone supported are gone; nothing cites it any more.
    const onlyIt = before.result.graph.filterNodes((_, a) => a.sources.length === 1 && a.sources[0] === removed);
    expect(onlyIt.length).toBeGreaterThan(0);
    for (const node of onlyIt) expect(after.result.graph.hasNode(node), node).toBe(false);
    after.result.graph.forEachNode((node, a) => expect(a.sources, node).not.toContain(removed));
    after.result.graph.forEachEdge((edge, a) => expect(a.evidence.map((e) => e.doc), edge).not.toContain(removed));
  });

  it("re-extracts a cached result whose model answers no longer hold", async () => {
    const articles = await seed();
    const reuters = articles.find((a) => a.outlet === "Reuters")!;
    const store = memoryStore();
    // Alone, the lower-cased Reuters story is truecased without the other stories' casing.
    await build([reuters], store);
    const expected = mustExtract(articles, store);
    expect(expected).toEqual(articles.map((a) => a.id));
    const full = await build(articles, store);
    expect(full.extracted).toEqual(expected);
    expect(full.result.extractStats).toMatchObject({ cached: 0, extracted: 5, stale: 1 });
    expect(output(full.result)).toBe(scratch(articles));
  });

  it("treats an unreadable entry as missing", async () => {
    const articles = await seed();
    const store = memoryStore();
    await build(articles, store);
    store.map.set(key(articles[1]!), "{ not json");
    store.map.set(key(articles[3]!), JSON.stringify({ extraction: null }));
    const again = await build(articles, store);
    expect(again.extracted).toEqual([articles[1]!.id, articles[3]!.id]);
    expect(output(again.result)).toBe(scratch(articles));
  });
});
