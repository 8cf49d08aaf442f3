/**
 * Export test helper: a graph full of text that breaks naive writers
 * ==================================================================
 *
 * Quotes of both kinds, backslashes, CR/LF/tab, C0 controls, XML markup and
 * `]]>`, commas and "|" (the CSV list separator), a Cypher injection, an
 * astral character and an unpaired surrogate; plus a plain edge with
 * evidence and one with curated provenance, and parallel edges.
 */
import { tinyGraph } from "../query/helpers.js";
import type { QueryGraph } from "../../src/query/types.js";

export const HOSTILE =
  `Al "Tiger" O'Neil \\ back\\slash, comma | pipe\nnew line\r\ncrlf\ttab <b>&amp;</b> ]]> \u0001ctl 🚀 '; MATCH (n) DETACH DELETE n; //`;
export const LONE_SURROGATE = "bad \uD800 surrogate";

export function hostileGraph(): QueryGraph {
  const graph = tinyGraph(
    [
      { key: "person:tiger", label: HOSTILE, kind: "person", aliases: [HOSTILE, "Tiger", "a|b", LONE_SURROGATE], sources: ["doc-1"] },
      { key: "place:x", label: "X-ville", kind: "place", sources: ["doc-1"] },
      { key: "event:e", label: "Event, with comma", kind: "event", date: "2016-03", sources: [] },
    ],
    [
      {
        s: "person:tiger",
        p: "visited",
        o: "place:x",
        confidence: 0.75,
        evidence: [{ doc: "doc-1", sentence: 2, start: 10, end: 20, quote: HOSTILE }],
      },
      { s: "person:tiger", p: "met_with", o: "place:x", origin: "curated", confidence: 1, provenance: ["corpus/curated.ts:12"] },
      { s: "person:tiger", p: "participant_in", o: "event:e", origin: "both", confidence: 1, provenance: ["corpus/curated.ts:13"], evidence: [{ doc: "doc-1", sentence: 3, start: 30, end: 40, quote: "He took part." }] },
      { s: "event:e", p: "occurred_at", o: "place:x" },
    ],
    [{ id: "doc-1", title: `Title "quoted"\nsecond line`, outlet: "Outlet, Inc.", published: "2016-03-14" }],
  );
  graph.setNodeAttribute("person:tiger", "note", HOSTILE);
  graph.setNodeAttribute("person:tiger", "roles", ["General", 'the "boss"']);
  return graph;
}
