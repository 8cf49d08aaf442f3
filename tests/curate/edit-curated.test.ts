/**
 * Editing the curated file: acceptEdge, rejectEdge, addAlias
 * ==========================================================
 *
 * Each edit adds lines (or a list item) and changes nothing else: comments,
 * blank lines and formatting stay byte for byte, new entries sit one per line
 * with their neighbours' indentation, and the result reads back with
 * `parseCurated`. Fixtures are texts; nothing touches the disk.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acceptEdge, addAlias, rejectEdge, type GraphEdgeInfo, type GraphNodeInfo } from "../../src/curate/edit-curated.js";
import { parseCurated } from "../../src/curate/read-curated.js";
import { UsageError } from "../../src/schema/index.js";
import { repoRoot } from "../helpers/kg-cli.js";

const FILE = "corpus/curated.ts";

const BASE = [
  'import { defineCurated } from "../src/schema/curated.js";', // 1
  "", // 2
  "export default defineCurated({", // 3
  "  entities: [", // 4
  "    // People", // 5
  '    { id: "putin", kind: "person", label: "Vladimir Putin", aliases: ["Putin"] }, // the president', // 6
  "", // 7
  "    // Places", // 8
  '    { id: "hmeimim", kind: "place", label: "Hmeimim" },', // 9
  '    { id: "syria", kind: "place", label: "Syria", aliases: [] },', // 10
  "  ],", // 11
  "  triples: [", // 12
  '    { s: "putin", p: "visited", o: "syria" },', // 13
  "  ],", // 14
  "  rejected: [],", // 15
  "});", // 16
  "",
].join("\n");

const putin: GraphNodeInfo = { id: "person:vladimir-putin", label: "Vladimir Putin", kind: "person", aliases: ["Vladimir Putin", "Putin", "Mr Putin"] };
const hmeimim: GraphNodeInfo = { id: "place:hmeimim", label: "Hmeimim", kind: "place", aliases: ["Hmeimim", "Hmeymim"] };
const latakia: GraphNodeInfo = { id: "place:latakia", label: "Latakia", kind: "place", aliases: ["Latakia", "Latakia province"] };
const visit: GraphNodeInfo = { id: "event:visit-2017", label: "Visit: Vladimir Putin, Hmeymim (2017-12-11)", kind: "event", aliases: ["visit", "trip"], date: "2017-12-11" };

function edge(subject: GraphNodeInfo, predicate: GraphEdgeInfo["predicate"], object: GraphNodeInfo, extra: Partial<GraphEdgeInfo> = {}): GraphEdgeInfo {
  return {
    id: `${subject.id}|${predicate}|${object.id}`,
    predicate,
    origin: "extracted",
    evidence: [{ doc: "003_x", sentence: 4, start: 0, end: 40, quote: "Putin made a stopover at the Hmeimim air base in Syria's coastal province of Latakia." }],
    provenance: [],
    subject,
    object,
    ...extra,
  };
}

/** The lines of `after` that are not in `before`, in order (the edit only adds lines). */
function addedLines(before: string, after: string): string[] {
  const a = before.split("\n");
  const b = after.split("\n");
  const added: string[] = [];
  let i = 0;
  for (const line of b) {
    if (i < a.length && line === a[i]) i++;
    else added.push(line);
  }
  expect(i, "every original line is kept, in order").toBe(a.length);
  return added;
}

describe("acceptEdge", () => {
  it("reuses curated entities and appends the triple with a note saying where it was read", () => {
    const edit = acceptEdge(BASE, FILE, edge(putin, "visited", hmeimim));
    expect(edit.changed).toBe(true);
    expect(addedLines(BASE, edit.text)).toEqual([
      '    { s: "putin", p: "visited", o: "hmeimim", note: "accepted from 003_x:4: Putin made a stopover at the Hmeimim air base in Syria\'s coastal province of Latakia." },',
    ]);
    expect(edit.line).toBe(14);
    expect(edit.changes).toEqual([`added triple putin visited hmeimim at ${FILE}:14`]);
    const layer = parseCurated(edit.text, FILE);
    expect(layer.triples.at(-1)).toMatchObject({ s: "putin", p: "visited", o: "hmeimim", line: 14 });
  });

  it("adds a curated entity for a node the file does not name, after the last one of its kind", () => {
    const edit = acceptEdge(BASE, FILE, edge(hmeimim, "located_in", latakia));
    expect(addedLines(BASE, edit.text)).toEqual([
      '    { id: "latakia", kind: "place", label: "Latakia", aliases: ["Latakia province"] },',
      expect.stringMatching(/^ {4}\{ s: "hmeimim", p: "located_in", o: "latakia", note: "accepted from 003_x:4: /),
    ]);
    const layer = parseCurated(edit.text, FILE);
    expect(layer.entities.map((e) => e.id)).toEqual(["putin", "hmeimim", "syria", "latakia"]);
    expect(edit.changes[0]).toBe(`added entity latakia (place "Latakia") at ${FILE}:11`);
  });

  it("gives a new event its date and aliases, and says when the edge key will change", () => {
    const edit = acceptEdge(BASE, FILE, edge(putin, "participant_in", visit));
    const event = parseCurated(edit.text, FILE).entities.find((e) => e.kind === "event")!;
    expect(event).toMatchObject({ id: "visit-vladimir-putin-hmeymim-2017-12-11", label: visit.label, date: "2017-12-11", aliases: ["trip", "visit"] });
    expect(edit.changes.at(-1)).toBe("after the next build the edge is person:vladimir-putin|participant_in|event:visit-vladimir-putin-hmeymim-2017-12-11");
  });

  it("clips long quotes in the note", () => {
    const long = edge(putin, "visited", hmeimim, { evidence: [{ doc: "d", sentence: 1, start: 0, end: 500, quote: "word ".repeat(100) }] });
    const note = parseCurated(acceptEdge(BASE, FILE, long).text, FILE).triples.at(-1)!.note!;
    expect(note.length).toBeLessThanOrEqual("accepted from d:1: ".length + 120);
    expect(note.endsWith("…")).toBe(true);
  });

  it("refuses an edge that is already curated, in the graph or in the file", () => {
    expect(() => acceptEdge(BASE, FILE, edge(putin, "visited", hmeimim, { origin: "both", provenance: [`${FILE}:13`] }))).toThrow(UsageError);
    const syria: GraphNodeInfo = { id: "place:syria", label: "Syria", kind: "place", aliases: ["Syria"] };
    expect(() => acceptEdge(BASE, FILE, edge(putin, "visited", syria))).toThrow(/already curated/);
  });
});

describe("rejectEdge", () => {
  it("opens an empty one-line list into one id per line", () => {
    const edit = rejectEdge(BASE, FILE, "place:hmeimim|near|place:latakia");
    expect(edit.text).toContain('  rejected: [\n    "place:hmeimim|near|place:latakia",\n  ],\n});');
    expect(parseCurated(edit.text, FILE).rejected).toEqual([{ edge: "place:hmeimim|near|place:latakia", line: 16 }]);
    const again = rejectEdge(edit.text, FILE, "place:a|near|place:b");
    expect(addedLines(edit.text, again.text)).toEqual(['    "place:a|near|place:b",']);
  });

  it("is a no-op for an id already rejected", () => {
    const once = rejectEdge(BASE, FILE, "a|near|b").text;
    expect(rejectEdge(once, FILE, "a|near|b")).toMatchObject({ changed: false, text: once });
  });

  it("creates the rejected list when the file has none", () => {
    const without = BASE.replace("  rejected: [],\n", "");
    const edit = rejectEdge(without, FILE, "a|near|b");
    expect(parseCurated(edit.text, FILE).rejected.map((r) => r.edge)).toEqual(["a|near|b"]);
    expect(edit.text).toContain('  ],\n  rejected: [\n    "a|near|b",\n  ],\n});');
  });

  it("refuses a curated edge", () => {
    expect(() => rejectEdge(BASE, FILE, "x", edge(putin, "visited", hmeimim, { origin: "curated" }))).toThrow(/reject only extracted edges/);
  });
});

describe("addAlias", () => {
  it("appends to an aliases list on the entity's own line", () => {
    const edit = addAlias(BASE, FILE, "putin", "President Putin");
    expect(edit.text).toBe(BASE.replace('aliases: ["Putin"] }', 'aliases: ["Putin", "President Putin"] }'));
    expect(edit.changes).toEqual([`added alias "President Putin" to putin (person "Vladimir Putin") at ${FILE}:6`]);
  });

  it("finds the entity by label or alias, fills an empty list, or adds the list after the label", () => {
    expect(addAlias(BASE, FILE, "Syria", "Syrian Arab Republic").text).toContain('label: "Syria", aliases: ["Syrian Arab Republic"] }');
    expect(addAlias(BASE, FILE, "hmeimim", "Hmeymim").text).toContain('{ id: "hmeimim", kind: "place", label: "Hmeimim", aliases: ["Hmeymim"] },');
    expect(addAlias(BASE, FILE, "PUTIN", "Vova").text).toContain('aliases: ["Putin", "Vova"]');
  });

  it("does nothing for a name the entity already has", () => {
    expect(addAlias(BASE, FILE, "putin", "putin")).toMatchObject({ changed: false, text: BASE });
  });

  it("adds a curated entity for a node only the graph knows", () => {
    const edit = addAlias(BASE, FILE, "Latakia", "Al-Ladhiqiyah", (name) => (name === "Latakia" ? latakia : undefined));
    expect(addedLines(BASE, edit.text)).toEqual(['    { id: "latakia", kind: "place", label: "Latakia", aliases: ["Latakia province", "Al-Ladhiqiyah"] },']);
    expect(() => addAlias(BASE, FILE, "Nowhere", "X", () => undefined)).toThrow(/no curated entity or graph node/);
  });

  it("needs a non-empty alias", () => {
    expect(() => addAlias(BASE, FILE, "putin", " ")).toThrow(UsageError);
  });
});

describe("the real curated file", () => {
  const real = readFileSync(path.join(repoRoot, "corpus/curated.ts"), "utf8");

  it("takes all three edits, changing only the lines they edit", () => {
    let text = acceptEdge(real, FILE, edge({ ...hmeimim, label: "Hmeimim" }, "near", latakia)).text;
    text = rejectEdge(text, FILE, "place:hmeimim|near|place:syria").text;
    text = addAlias(text, FILE, "Tartous", "Tartus port").text;
    const kept = new Set(text.split("\n"));
    const gone = real.split("\n").filter((line) => !kept.has(line));
    // The alias rewrites Tartus's line; the first rejection may open an empty `rejected: []`.
    expect(gone.filter((line) => !line.includes('id: "tartus"') && !/^\s*rejected: \[\],?$/.test(line))).toEqual([]);
    const before = parseCurated(real, FILE);
    const after = parseCurated(text, FILE);
    expect(after.triples.length).toBe(before.triples.length + 1);
    expect(after.rejected.length).toBe(before.rejected.length + 1);
    expect(after.entities.find((e) => e.id === "tartus")?.aliases).toContain("Tartus port");
  });
});
