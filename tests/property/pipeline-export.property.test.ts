/**
 * Property: any articles give a graph whose exports parse back
 * ============================================================
 *
 * runPipeline over one to three random articles (news words in several
 * scripts, markup, controls XML forbids, lone surrogates, every kind of line
 * end), with and without the reader's preparation, then the exporters:
 * graph.json must parse and import into graphology as the same graph, and
 * graph.gexf must validate against both GEXF 1.3 schemas. (tests/export/
 * gexf.test.ts checks the writer on hostile labels directly; this checks the
 * whole pipeline feeding it.) Fewer runs than the other properties: each
 * validates two schemas.
 */
import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { articleText } from "../../src/corpus/article-text.js";
import { toGexf } from "../../src/export/gexf.js";
import { toJson } from "../../src/export/to-json.js";
import { runPipeline } from "../../src/pipeline.js";
import type { Article } from "../../src/schema/index.js";
import { hasSchemas, schemaErrors } from "../helpers/gexf-validate.js";
import { FC, anyText, newsText } from "./arbitraries.js";
import { SHARED_MISSING, skipNote } from "../helpers/skip-note.js";

const articles = fc
  .array(fc.tuple(fc.oneof({ weight: 3, arbitrary: newsText(80) }, anyText(120)), fc.boolean(), fc.option(newsText(5), { nil: undefined })), { minLength: 1, maxLength: 3 })
  .map((list) =>
    list.map(([raw, prepared, title], i): Article => ({
      id: `a${i}${raw.slice(0, 3)}`,
      text: prepared ? articleText(raw, "auto").text : raw,
      published: "2017-12-11",
      ...(title ? { title } : {}),
    })),
  );

describe("runPipeline then export", () => {
  it.skipIf(!hasSchemas)(`gives JSON that imports back and GEXF that validates, for any articles${skipNote(hasSchemas, SHARED_MISSING)}`, { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(articles, async (list) => {
        const { graph } = runPipeline(list, { name: "property", layoutIterations: 5 });
        const json = toJson(graph);
        const back = new MultiDirectedGraph().import(JSON.parse(json));
        expect(back.order).toBe(graph.order);
        expect(back.size).toBe(graph.size);
        expect(await schemaErrors(toGexf(graph))).toEqual([]);
      }),
      { ...FC, numRuns: Math.min(FC.numRuns, 20) },
    );
  });
});
