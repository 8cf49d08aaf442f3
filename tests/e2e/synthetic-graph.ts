/**
 * A large synthetic graph in the graph contract
 * =============================================
 *
 * The scale test needs a graph of the size of a Reuters-21578 build (20,000+
 * nodes) without building one in the test run: this makes one, the same for
 * every run (a seeded generator), with communities laid out as clusters and
 * most edges inside a cluster, as ForceAtlas2 would place them.
 */

export function syntheticGraph(nodeCount: number, edgeCount: number): object {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const kinds = ["person", "place", "force", "organization", "event"] as const;
  const colors = { person: "#e15759", place: "#4e79a7", force: "#59a14f", organization: "#f28e2b", event: "#b07aa1" };
  const predicates = ["visited", "met_with", "located_in", "supports", "opposes", "participant_in", "member_of"];
  const articles = Array.from({ length: 500 }, (_, i) => ({
    id: `a${i}`,
    outlet: "Wire",
    published: `1987-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
  }));
  const clusters = Array.from({ length: 80 }, () => [random() * 2000 - 1000, random() * 2000 - 1000] as const);
  const nodes = Array.from({ length: nodeCount }, (_, i) => {
    const kind = kinds[Math.floor(random() * kinds.length)]!;
    const [cx, cy] = clusters[Math.floor((i * clusters.length) / nodeCount)]!;
    const importance = Math.pow(random(), 8);
    const article = articles[i % articles.length]!;
    return {
      key: `${kind}:n${i}`,
      attributes: {
        label: `${kind} ${i}`,
        kind,
        aliases: [`alias ${i}`],
        sources: [article.id],
        mentions: 1,
        origin: "extracted",
        importance,
        community: 0,
        x: cx + (random() - 0.5) * 120,
        y: cy + (random() - 0.5) * 120,
        size: 2 + importance * 20,
        color: colors[kind],
        ...(kind === "event" ? { date: article.published } : {}),
      },
    };
  });
  const edges = Array.from({ length: edgeCount }, (_, j) => {
    const s = Math.floor(random() * nodeCount);
    const t = random() < 0.8 ? (s + 1 + Math.floor(random() * 100)) % nodeCount : Math.floor(random() * nodeCount);
    const predicate = predicates[Math.floor(random() * predicates.length)]!;
    return {
      key: `e${j}`,
      source: nodes[s]!.key,
      target: nodes[t]!.key,
      attributes: {
        predicate,
        label: predicate.replace(/_/g, " "),
        evidence: [{ doc: articles[s % articles.length]!.id, sentence: 0, start: 0, end: 10, quote: `${nodes[s]!.attributes.label} and ${nodes[t]!.attributes.label}.` }],
        confidence: random(),
        weight: 1,
        origin: "extracted",
        provenance: [],
      },
    };
  });
  return {
    options: { type: "directed", multi: true, allowSelfLoops: true },
    attributes: { name: "synthetic", generator: "e2e", articles, curated: false, claims: [] },
    nodes,
    edges,
  };
}
