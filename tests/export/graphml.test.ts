/**
 * GraphML export, read back with NetworkX
 * =======================================
 *
 * NetworkX's `read_graphml` (every Python on the machine that has it; skipped
 * without one) must see every node and edge, the edge keys, typed attributes
 * and the exact text of hostile labels, lists and evidence.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { toGraphml } from "../../src/export/to-graphml.js";
import type { QueryGraph } from "../../src/query/types.js";
import { PYTHONS, hasNetworkx } from "../helpers/gexf-validate.js";
import { seedGraph } from "../query/helpers.js";
import { HOSTILE, hostileGraph } from "./hostile-graph.js";
import { NETWORKX_MISSING, skipNote } from "../helpers/skip-note.js";

/** Reads GraphML from stdin with NetworkX; prints counts, a node and an edge as JSON. */
const READ_BACK = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.stdin.buffer)
node_id, edge_id = sys.argv[1], sys.argv[2]
edge = next(((u, v, d) for u, v, k, d in g.edges(keys=True, data=True) if k == edge_id), None)
print(json.dumps({
  "type": type(g).__name__,
  "nodes": g.number_of_nodes(),
  "edges": g.number_of_edges(),
  "node": g.nodes[node_id],
  "edge": None if edge is None else {"source": edge[0], "target": edge[1], "data": edge[2]},
  "types": None if edge is None else {k: type(v).__name__ for k, v in edge[2].items()},
}))
`;

function readBack(python: string, xml: string, node: string, edge: string) {
  const run = spawnSync(python, ["-c", READ_BACK, node, edge], { input: xml, encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as {
    type: string;
    nodes: number;
    edges: number;
    node: Record<string, unknown>;
    edge: { source: string; target: string; data: Record<string, unknown> } | null;
    types: Record<string, string>;
  };
}

function expectSame(graph: QueryGraph, python: string, node: string, edge: string): void {
  const xml = toGraphml(graph);
  const back = readBack(python, xml, node, edge);
  expect(back.type).toBe("MultiDiGraph");
  expect(back.nodes).toBe(graph.order);
  expect(back.edges).toBe(graph.size);
  const a = graph.getNodeAttributes(node);
  expect(back.node).toMatchObject({ label: a.label, kind: a.kind, mentions: a.mentions, origin: a.origin });
  expect(JSON.parse(back.node.aliases as string)).toEqual(a.aliases);
  const e = graph.getEdgeAttributes(edge);
  expect(back.edge).toMatchObject({ source: graph.source(edge), target: graph.target(edge) });
  expect(back.edge!.data).toMatchObject({ predicate: e.predicate, label: e.label, confidence: e.confidence, origin: e.origin });
  expect(JSON.parse(back.edge!.data.evidence as string)).toEqual(e.evidence);
  expect(JSON.parse(back.edge!.data.provenance as string)).toEqual(e.provenance);
  expect(back.types).toMatchObject({ confidence: "float", weight: "float", predicate: "str" });
}

describe("GraphML export", () => {
  it("is the same text on every run, with typed keys and directed edges with ids", () => {
    const graph = seedGraph();
    const xml = toGraphml(graph);
    expect(toGraphml(graph)).toBe(xml);
    expect(xml).toContain('<key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>');
    expect(xml).toContain('edgedefault="directed"');
    expect(xml).toContain('<edge id="place:hmeimim|located_in|place:latakia" source="place:hmeimim" target="place:latakia">');
  });

  it("drops characters XML forbids and escapes the rest", () => {
    const xml = toGraphml(hostileGraph());
    expect(xml).not.toContain("\u0001");
    expect(xml).not.toContain("]]>");
    expect(xml).toContain("&lt;b&gt;&amp;amp;&lt;/b&gt;");
  });

  describe.skipIf(!hasNetworkx)(`read back by NetworkX${skipNote(hasNetworkx, NETWORKX_MISSING)}`, () => {
    it.each(PYTHONS)("the seed graph (%s)", (python) => {
      expectSame(seedGraph(), python, "place:hmeimim", "person:vladimir-putin|visited|place:syria");
    });

    it.each(PYTHONS)("hostile text (%s)", (python) => {
      const graph = hostileGraph();
      const back = readBack(python, toGraphml(graph), "person:tiger", "person:tiger|visited|place:x");
      // XML cannot carry U+0001, so it is dropped; everything else survives, CR and tabs included.
      expect(back.node.label).toBe(HOSTILE.replace("\u0001", ""));
      expect(back.node.note).toBe(HOSTILE.replace("\u0001", ""));
      expect(JSON.parse(back.edge!.data.evidence as string)[0].quote).toBe(HOSTILE);
      expectSame(graph, python, "place:x", "person:tiger|participant_in|event:e");
    });
  });
});
