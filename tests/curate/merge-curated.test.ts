import { describe, expect, it } from "vitest";
import { mergeCurated } from "../../src/curate/merge-curated.js";
import { parseCurated } from "../../src/curate/read-curated.js";
import { extractArticle } from "../../src/extract-article.js";
import { resolveCorpus } from "../../src/resolve/resolve-corpus.js";

const CURATED = `import { defineCurated } from "../src/schema/curated.js";

export default defineCurated({
  entities: [
    { id: "assad", kind: "person", label: "Bashar al-Assad", aliases: ["Assad"] },
    { id: "syria", kind: "place", label: "Syria" },
    { id: "damascus", kind: "place", label: "Damascus" },
  ],
  triples: [
    { s: "assad", p: "leader_of", o: "syria" },
    { s: "damascus", p: "located_in", o: "syria" },
  ],
  rejected: ["person:bashar-al-assad|met_with|person:vladimir-putin"],
});
`;

function build(rejected = true) {
  const text = "Syrian President Bashar al-Assad met President Vladimir Putin in Moscow.";
  const resolved = resolveCorpus([extractArticle({ id: "a", text, published: "2017-12-11" })]);
  const layer = parseCurated(rejected ? CURATED : CURATED.replace(/rejected: \[.*\]/, "rejected: []"), "corpus/curated.ts");
  return { resolved, merged: mergeCurated(resolved, layer) };
}

describe("mergeCurated", () => {
  it("makes a fact both curated and extracted one edge with origin both and the curated line", () => {
    const { merged } = build();
    const t = merged.triples.filter((x) => x.predicate === "leader_of");
    expect(t).toHaveLength(1);
    expect(t[0]!.origin).toBe("both");
    expect(t[0]!.provenance).toEqual(["corpus/curated.ts:10"]);
    expect(t[0]!.evidence[0]!.doc).toBe("a");
  });
  it("adds curated-only facts and entities with origin curated", () => {
    const { merged } = build();
    const t = merged.triples.find((x) => x.id === "place:damascus|located_in|place:syria")!;
    expect(t.origin).toBe("curated");
    expect(t.evidence).toEqual([]);
    expect(merged.entities.find((e) => e.id === "place:damascus")!.origin).toBe("curated");
  });
  it("merges a curated entity with the extracted one it names, keeping all aliases", () => {
    const { merged } = build();
    const assad = merged.entities.filter((e) => e.kind === "person" && e.label.includes("Assad"));
    expect(assad).toHaveLength(1);
    expect(assad[0]!.origin).toBe("both");
    expect(assad[0]!.aliases).toEqual(expect.arrayContaining(["Assad", "Bashar al-Assad"]));
  });
  it("drops rejected extracted edges", () => {
    const id = "person:bashar-al-assad|met_with|person:vladimir-putin";
    expect(build(false).merged.triples.some((t) => t.id === id)).toBe(true);
    expect(build(true).merged.triples.some((t) => t.id === id)).toBe(false);
  });
});
