/**
 * CSV node and edge lists, read back with csv-parse
 * =================================================
 *
 * RFC 4180 as a real parser reads it: one record per node and per edge,
 * Gephi's column names, lists split on "|", evidence as exact JSON, and
 * hostile text (quotes, commas, newlines) intact.
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_EDGE_COLUMNS, CSV_NODE_COLUMNS, toCsv } from "../../src/export/to-csv.js";
import { seedGraph } from "../query/helpers.js";
import { HOSTILE, LONE_SURROGATE, hostileGraph } from "./hostile-graph.js";

type Row = Record<string, string>;

function read(text: string): Row[] {
  return parse(text, { columns: true, relax_column_count: false, skip_empty_lines: false }) as Row[];
}

describe("CSV export", () => {
  it("has a record per node and per edge with Gephi's columns", () => {
    const graph = seedGraph();
    const { nodes, edges } = toCsv(graph);
    const nodeRows = read(nodes);
    const edgeRows = read(edges);
    expect(nodeRows.length).toBe(graph.order);
    expect(edgeRows.length).toBe(graph.size);
    expect(Object.keys(nodeRows[0]!)).toEqual([...CSV_NODE_COLUMNS]);
    expect(Object.keys(edgeRows[0]!)).toEqual([...CSV_EDGE_COLUMNS]);
    const hmeimim = nodeRows.find((r) => r.Id === "place:hmeimim")!;
    expect(hmeimim).toMatchObject({ Label: "Hmeimim", kind: "place", origin: "both" });
    expect(hmeimim.aliases!.split("|")).toEqual(graph.getNodeAttribute("place:hmeimim", "aliases"));
    const key = "person:vladimir-putin|visited|place:syria";
    const visit = edgeRows.find((r) => r.Id === key)!;
    const a = graph.getEdgeAttributes(key);
    expect(visit).toMatchObject({ Source: "person:vladimir-putin", Target: "place:syria", Type: "Directed", Label: "visited", predicate: "visited", origin: a.origin });
    expect(Number(visit.confidence)).toBe(a.confidence);
    expect(Number(visit.Weight)).toBe(a.weight);
    expect(JSON.parse(visit.evidence!)).toEqual(a.evidence);
    expect(visit.provenance!.split("|")).toEqual(a.provenance);
    expect(nodes).toMatch(/\r\n$/);
    expect(toCsv(graph)).toEqual({ nodes, edges });
  });

  it("keeps hostile text exact through quoting", () => {
    const graph = hostileGraph();
    const { nodes, edges } = toCsv(graph);
    const tiger = read(nodes).find((r) => r.Id === "person:tiger")!;
    expect(tiger.Label).toBe(HOSTILE);
    expect(tiger.note).toBe(HOSTILE);
    expect(tiger.roles!.split("|")).toEqual(["General", 'the "boss"']);
    // "|" inside an item would split it, so it is written as "¦"; an unpaired surrogate cannot be UTF-8.
    expect(tiger.aliases!.split("|")).toEqual([HOSTILE.replace("|", "¦"), "Tiger", "a¦b", LONE_SURROGATE.replace("\uD800", "\uFFFD")]);
    const visit = read(edges).find((r) => r.Id === "person:tiger|visited|place:x")!;
    expect(visit.quote).toBe(HOSTILE);
    expect(JSON.parse(visit.evidence!)[0].quote).toBe(HOSTILE);
    expect(read(edges).length).toBe(graph.size);
  });
});
