import { describe, expect, it } from "vitest";
// The package imports itself by name: this is what a user's program writes.
import { PREDICATE_NAMES, runPipeline } from "news-kg";

describe("the public API", () => {
  it("builds a graph in memory from articles", () => {
    const { graph } = runPipeline([{ id: "a", text: "President Vladimir Putin visited Syria on Monday.", published: "2017-12-11" }]);
    expect(graph.hasNode("person:vladimir-putin")).toBe(true);
    expect(graph.hasNode("place:syria")).toBe(true);
    graph.forEachEdge((_, attr) => expect(PREDICATE_NAMES).toContain(attr.predicate));
  });
});
