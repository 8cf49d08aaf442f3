/**
 * GEXF export and atomic writer
 * =============================
 *
 * The GEXF file must validate against both official 1.3 schemas (XSD with the
 * viz-namespace mend, and the RELAX NG), read back in NetworkX and
 * graphology-gexf with its lists, evidence and hostile text intact, and be
 * byte-identical from run to run.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { toGexf } from "../../src/export/gexf.js";
import { writeFileAtomic, writeFileAtomicSync } from "../../src/export/write-atomic.js";
import type { EdgeAttributes, Evidence, GraphAttributes, NodeAttributes } from "../../src/schema/index.js";
import {
  PYTHONS,
  hasNetworkx,
  hasSchemas,
  runNetworkx,
  schemaErrors,
  validateGexfRng,
  validateGexfXsd,
} from "../helpers/gexf-validate.js";
import { NETWORKX_MISSING, SHARED_MISSING, skipNote } from "../helpers/skip-note.js";

type KgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

const HOSTILE_LABEL = "<script>alert(1)</script> & ]]> \"x\" 'y'";
const CONTROL = "\u0001";

const EVIDENCE: Evidence[] = [
  {
    doc: "a1",
    sentence: 0,
    start: 0,
    end: 80,
    quote: `Putin, the president, said "we will leave" <script>alert(1)</script> & more${CONTROL}.`,
  },
  { doc: "a2", sentence: 3, start: 120, end: 150, quote: "He visited Hmeimim, near Latakia, ]]> again." },
];

function node(label: string, kind: NodeAttributes["kind"], extra: Partial<NodeAttributes> = {}): NodeAttributes {
  return {
    label,
    kind,
    aliases: [],
    sources: ["a1"],
    mentions: 1,
    origin: "extracted",
    importance: 0.25,
    community: 0,
    x: 1.5,
    y: -2.25,
    size: 4,
    color: "#4e79a7",
    ...extra,
  };
}

function buildGraph(): KgGraph {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({ name: "test & <graph>", generator: "0.1.0", articles: [{ id: "a1" }], curated: true, claims: [] });
  graph.addNode("putin", {
    ...node("Vladimir Putin", "person", {
      aliases: ["Putin", "Putin, Vladimir", 'Mr "V" Putin', "back\\slash [x]"],
      roles: ["President", "Commander, Supreme"],
      sources: ["a1", "a2"],
      mentions: 5,
      origin: "both",
      color: "#e15759",
      note: `curated ${CONTROL}note`,
    }),
  });
  graph.addNode("syria", node("Syria", "place", { aliases: ["Syria", "Syrian Arab Republic"] }));
  graph.addNode("withdrawal", {
    ...node("Russian withdrawal from Syria", "event", { date: "2015-09", eventType: "withdrawal", color: "#b07aa1" }),
  });
  graph.addNode("hostile", node(`${HOSTILE_LABEL}${CONTROL}`, "organization", { color: "not a colour" }));
  graph.addEdgeWithKey("putin->syria#visited", "putin", "syria", {
    predicate: "visited",
    label: "visited",
    evidence: EVIDENCE,
    confidence: 0.9,
    weight: 2,
    origin: "both",
    provenance: ["corpus/curated.ts:12"],
  });
  graph.addEdgeWithKey("putin->syria#met_with", "putin", "syria", {
    predicate: "met_with",
    label: "met with",
    evidence: [EVIDENCE[1]!],
    confidence: 0.5,
    weight: 1,
    origin: "extracted",
    provenance: [],
  });
  graph.addEdgeWithKey("withdrawal->syria#occurred_at", "withdrawal", "syria", {
    predicate: "occurred_at",
    label: "occurred at",
    evidence: [],
    confidence: 1,
    weight: 1,
    origin: "curated",
    provenance: ["corpus/curated.ts:40"],
  });
  return graph;
}

/** What XML 1.0 can carry of a string: the exporter drops the rest. */
function xmlChars(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
}

/** Strings made of the characters that break naive XML and list writers. */
const hostileString = fc.string({
  maxLength: 12,
  unit: fc.oneof(
    fc.constantFrom("<", ">", "&", '"', "'", "]]>", ",", ", ", "|", "\\", "[", "]", "\n", "\t", "\r", " "),
    fc.constantFrom("\u0000", "\u0001", "\u001f", "\ufffe", "\uffff", "\ud800", "\udc00", "\ud83d\ude00"),
    fc.string({ unit: "binary", maxLength: 3 }),
  ),
});

describe("toGexf", () => {
  const xml = toGexf(buildGraph());

  it.skipIf(!hasSchemas)(`validates against the fixed GEXF 1.3 XSD${skipNote(hasSchemas, SHARED_MISSING)}`, async () => {
    const result = await validateGexfXsd(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it.skipIf(!hasSchemas)(`validates against the official GEXF 1.3 RELAX NG schema${skipNote(hasSchemas, SHARED_MISSING)}`, async () => {
    const result = await validateGexfRng(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("escapes hostile text and drops characters XML 1.0 forbids", () => {
    expect(xml).not.toContain("<script>");
    expect(xml).not.toMatch(/\]\]>/);
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it("declares typed attributes before the nodes and writes Gephi's viz and edge kind", () => {
    expect(xml.indexOf('<attributes class="node">')).toBeLessThan(xml.indexOf("<nodes"));
    expect(xml.indexOf('<attributes class="edge">')).toBeLessThan(xml.indexOf("<nodes"));
    expect(xml).toContain('<attribute id="aliases" title="aliases" type="liststring"/>');
    expect(xml).toContain('<attribute id="mentions" title="mentions" type="integer"/>');
    expect(xml).not.toContain("anyURI");
    expect(xml).not.toContain("lastmodifieddate");
    expect(xml).toContain('<viz:color r="225" g="87" b="89"/>');
    expect(xml).toContain('<viz:position x="1.5" y="-2.25" z="0"/>');
    expect(xml).toContain('kind="visited"');
    expect(xml).toContain('kind="met_with"');
    expect(xml).toContain('mode="dynamic" timeformat="date"');
    expect(xml).toContain('<node id="withdrawal" label="Russian withdrawal from Syria" start="2015-09-01">');
    expect(xml).toContain('<attvalue for="date" value="2015-09"/>');
  });

  it.skipIf(!hasSchemas)(`stays valid and faithful for random hostile text${skipNote(hasSchemas, SHARED_MISSING)}`, async () => {
    const labels = fc.sample(hostileString, { seed: 42, numRuns: 40 });
    const lists = fc.sample(fc.array(hostileString, { maxLength: 4 }), { seed: 7, numRuns: 40 });
    const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
    labels.forEach((label, i) => {
      graph.addNode(`n${i}`, node(label, "event", { aliases: lists[i]!, date: label, note: label, eventType: label }));
      if (i > 0) {
        const quote = `${label}${lists[i]!.join("")}`;
        graph.addEdgeWithKey(`e${i}`, `n${i - 1}`, `n${i}`, {
          predicate: "part_of",
          label,
          evidence: [{ doc: label, sentence: i, start: 0, end: quote.length, quote }],
          confidence: 0.5,
          weight: i,
          origin: "extracted",
          provenance: lists[i]!,
        });
      }
    });
    const out = toGexf(graph);
    expect(await schemaErrors(out)).toEqual([]);
    const back = parseGexf(MultiDirectedGraph, out);
    labels.forEach((label, i) => {
      expect(back.getNodeAttribute(`n${i}`, "aliases")).toEqual(lists[i]!.map(xmlChars));
      expect(back.getNodeAttribute(`n${i}`, "note")).toBe(xmlChars(label));
      if (i > 0) {
        // JSON escapes what XML cannot carry, so evidence comes back exactly.
        expect(JSON.parse(back.getEdgeAttribute(`e${i}`, "evidence") as string)).toEqual(
          graph.getEdgeAttribute(`e${i}`, "evidence"),
        );
      }
    });
  });

  it("is deterministic", () => {
    expect(toGexf(buildGraph())).toBe(xml);
    const graph = buildGraph();
    expect(toGexf(graph)).toBe(toGexf(graph));
  });

  it("stays static when no event carries a usable date", () => {
    const graph = buildGraph();
    graph.setNodeAttribute("withdrawal", "date", "2015-13");
    const out = toGexf(graph);
    expect(out).toContain('mode="static"');
    expect(out).not.toContain("start=");
    expect(out).toContain('<attvalue for="date" value="2015-13"/>');
  });

  it("reads back in graphology-gexf with lists and evidence intact", () => {
    const back = parseGexf(MultiDirectedGraph, xml);
    expect(back.order).toBe(4);
    expect(back.size).toBe(3);
    expect(back.getNodeAttribute("putin", "aliases")).toEqual([
      "Putin",
      "Putin, Vladimir",
      'Mr "V" Putin',
      "back\\slash [x]",
    ]);
    expect(back.getNodeAttribute("hostile", "label")).toBe(HOSTILE_LABEL);
    expect(JSON.parse(back.getEdgeAttribute("putin->syria#visited", "evidence") as string)).toEqual(EVIDENCE);
  });
});

// Run after NETWORKX_PRELUDE, which registers GEXF 1.3 for NetworkX versions before 3.6.
const READ_BACK = `
g = nx.read_gexf(sys.stdin.buffer)
e = g.edges["putin", "syria", "putin->syria#visited"]
print(json.dumps({
  "version": nx.__version__,
  "native": native,
  "nodes": g.number_of_nodes(),
  "edges": g.number_of_edges(),
  "multi": g.is_multigraph(),
  "edge": {k: e[k] for k in ("predicate", "confidence", "origin", "evidence", "provenance", "weight", "label")},
  "aliases": g.nodes["putin"]["aliases"],
  "mentions": g.nodes["putin"]["mentions"],
  "hostile": g.nodes["hostile"]["label"],
  "event": {k: g.nodes["withdrawal"].get(k) for k in ("date", "start", "eventType")},
}))
`;

interface ReadBack {
  version: string;
  native: boolean;
  nodes: number;
  edges: number;
  multi: boolean;
  edge: Record<string, unknown>;
  aliases: string;
  mentions: number;
  hostile: string;
  event: Record<string, unknown>;
}

describe("toGexf read by NetworkX", () => {
  it.skipIf(!hasNetworkx)(`keeps counts, parallel edges and edge attributes${skipNote(hasNetworkx, NETWORKX_MISSING)}`, () => {
    for (const python of PYTHONS) {
      const run = runNetworkx(python, READ_BACK, toGexf(buildGraph()));
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      const back = JSON.parse(run.stdout) as ReadBack;
      expect(back.nodes).toBe(4);
      expect(back.edges).toBe(3);
      expect(back.multi).toBe(true);
      expect(back.edge).toMatchObject({
        predicate: "visited",
        confidence: 0.9,
        origin: "both",
        weight: 2,
        label: "visited",
      });
      // The control character survives as a JSON escape; the quote comes back exactly.
      expect(JSON.parse(back.edge.evidence as string)).toEqual(EVIDENCE);
      expect(JSON.parse(back.edge.provenance as string)).toEqual(["corpus/curated.ts:12"]);
      expect(JSON.parse(back.aliases)).toEqual(["Putin", "Putin, Vladimir", 'Mr "V" Putin', "back\\slash [x]"]);
      expect(back.mentions).toBe(5);
      expect(back.hostile).toBe(HOSTILE_LABEL);
      expect(back.event).toEqual({ date: "2015-09", start: "2015-09-01", eventType: "withdrawal" });
    }
  });
});

describe("toGexf 1.2draft (for NetworkX before 3.6)", () => {
  const xml12 = toGexf(buildGraph(), { version: "1.2" });
  it("declares 1.2draft and carries no 1.3-only markup", () => {
    expect(xml12).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(xml12).toContain('version="1.2"');
    expect(xml12).not.toContain("gexf.net/1.3");
    expect(xml12).not.toMatch(/<edge [^>]*kind=/);
  });
  it("reads back in graphology-gexf with the same nodes, edges and attributes as 1.3", () => {
    const a = parseGexf(MultiDirectedGraph, xml12);
    const b = parseGexf(MultiDirectedGraph, toGexf(buildGraph()));
    expect(a.order).toBe(b.order);
    expect(a.size).toBe(b.size);
    a.forEachNode((key, attrs) => expect(attrs).toEqual(b.getNodeAttributes(key)));
    a.forEachEdge((key, attrs) => {
      const { kind: _kind, ...rest } = b.getEdgeAttributes(key) as Record<string, unknown>;
      void _kind;
      expect(attrs).toEqual(rest);
    });
  });
  it.skipIf(!hasNetworkx)(`is read by the installed NetworkX as it comes, without the 1.3 namespace patch${skipNote(hasNetworkx, NETWORKX_MISSING)}`, () => {
    for (const python of PYTHONS) {
      const run = spawnSync(python, ["-c", `import json, sys, networkx as nx\nnative = False\n${READ_BACK}`], { input: xml12, encoding: "utf8" });
      expect(run.stderr).toBe("");
      const back = JSON.parse(run.stdout) as ReadBack;
      expect(back.nodes).toBe(4);
      expect(back.edges).toBe(3);
      expect(back.edge).toMatchObject({ predicate: "visited", confidence: 0.9, origin: "both", weight: 2, label: "visited" });
      expect(JSON.parse(back.edge.evidence as string)).toEqual(EVIDENCE);
      expect(back.event).toEqual({ date: "2015-09", start: "2015-09-01", eventType: "withdrawal" });
    }
  });
});

describe("writeFileAtomic", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "news-kg-atomic-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes into a missing directory and leaves no temporary file", async () => {
    const target = path.join(dir, "async", "nested", "graph.gexf");
    await writeFileAtomic(target, "<gexf/>");
    expect(readFileSync(target, "utf8")).toBe("<gexf/>");
    expect(readdirSync(path.dirname(target))).toEqual(["graph.gexf"]);
  });

  it("overwrites an existing file, with strings or bytes", async () => {
    const target = path.join(dir, "over.json");
    writeFileSync(target, "old content that is longer");
    await writeFileAtomic(target, "new");
    expect(readFileSync(target, "utf8")).toBe("new");
    await writeFileAtomic(target, new TextEncoder().encode("bytes"));
    expect(readFileSync(target, "utf8")).toBe("bytes");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("removes the temporary file when the rename fails", async () => {
    const target = path.join(dir, "is-a-dir");
    mkdirSync(path.join(target, "child"), { recursive: true });
    await expect(writeFileAtomic(target, "x")).rejects.toThrow(/is-a-dir/);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("has a sync variant with the same behaviour", () => {
    const target = path.join(dir, "sync", "graph.json");
    writeFileAtomicSync(target, "{}");
    writeFileAtomicSync(target, '{"a":1}');
    expect(readFileSync(target, "utf8")).toBe('{"a":1}');
    expect(readdirSync(path.dirname(target))).toEqual(["graph.json"]);
    const blocked = path.join(dir, "sync-dir");
    mkdirSync(path.join(blocked, "child"), { recursive: true });
    expect(() => writeFileAtomicSync(blocked, "x")).toThrow(/sync-dir/);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
