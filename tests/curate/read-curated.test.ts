/**
 * Tests for readCurated: the real curated layer reads cleanly with line numbers
 * that point at its entries, and each kind of mistake a curator can make is
 * reported at the right `file:line` with a hint. Fixtures are texts fed through
 * the `text` option, so nothing is written to disk.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CurationError } from "../../src/schema/errors.js";
import { CurationErrors, curatedDisplayPath, readCurated } from "../../src/curate/read-curated.js";

const FILE = "corpus/curated.ts";

// Line numbers in comments: the cases below replace lines by number.
const BASE: readonly string[] = [
  'import { defineCurated } from "../src/schema/curated.js";', // 1
  "", // 2
  "export default defineCurated({", // 3
  "  entities: [", // 4
  '    { id: "putin", kind: "person", label: "Vladimir Putin", aliases: ["Putin", "Mr Putin"] },', // 5
  '    { id: "assad", kind: "person", label: "Bashar al-Assad" },', // 6
  '    { id: "hmeimim", kind: "place", label: "Hmeimim", aliases: ["Hmeymim"] },', // 7
  '    { id: "withdrawal-order-2017", kind: "event", label: "Partial withdrawal", date: "2017-12-11" },', // 8
  "  ],", // 9
  "  triples: [", // 10
  '    { s: "putin", p: "visited", o: "hmeimim" },', // 11
  '    { s: "putin", p: "met_with", o: "assad", note: "they met" },', // 12
  '    { s: "putin", p: "ordered", o: "withdrawal-order-2017" },', // 13
  "  ],", // 14
  '  rejected: ["putin|supports|hmeimim"],', // 15
  "});", // 16
];

/** BASE with some lines (1-based) replaced; a replacement may span several lines. */
function fixture(replace: Record<number, string> = {}): string {
  return BASE.map((line, i) => replace[i + 1] ?? line).join("\n");
}

function errorOf(text: string): CurationError {
  try {
    readCurated(FILE, { text });
  } catch (error) {
    expect(error).toBeInstanceOf(CurationError);
    return error as CurationError;
  }
  throw new Error("expected a CurationError");
}

describe("readCurated: the project's corpus/curated.ts", () => {
  const text = readFileSync(FILE, "utf8");
  const lines = text.split("\n");
  const layer = readCurated(FILE);

  it("reads without problems and shows the path relative to the project", () => {
    expect(layer.file).toBe("corpus/curated.ts");
    expect(layer.entities.length).toBeGreaterThan(40);
    expect(layer.triples.length).toBeGreaterThan(50);
  });

  it("gives every entity the line holding its id", () => {
    for (const entity of layer.entities) expect(lines[entity.line - 1]).toContain(`id: "${entity.id}"`);
  });

  it("gives every triple the line holding its subject, predicate and object", () => {
    for (const triple of layer.triples) {
      const line = lines[triple.line - 1];
      expect(line).toContain(`"${triple.s}"`);
      expect(line).toContain(`"${triple.p}"`);
      expect(line).toContain(`"${triple.o}"`);
    }
  });

  it("covers the story's key facts", () => {
    const has = (s: string, p: string, o: string) => layer.triples.some((t) => t.s === s && t.p === p && t.o === o);
    expect(has("putin", "ordered", "withdrawal-order-2017")).toBe(true);
    expect(has("putin", "ordered", "withdrawal-order-2016")).toBe(true);
    expect(has("hmeimim", "located_in", "latakia")).toBe(true);
    expect(has("russia", "has_base_at", "tartus")).toBe(true);
    const byId = new Map(layer.entities.map((e) => [e.id, e]));
    expect(byId.get("hmeimim")?.aliases).toContain("Hmeymim");
    expect(byId.get("tartus")?.aliases).toEqual(expect.arrayContaining(["Tartous", "Tartou"]));
    expect(byId.get("islamic-state")?.aliases).toEqual(expect.arrayContaining(["IS", "ISIS", "Isil"]));
    expect(byId.get("withdrawal-order-2016")?.date).toBe("2016-03-14");
  });
});

describe("readCurated: accepted forms", () => {
  const cases: Array<{ name: string; text: string }> = [
    { name: "defineCurated(...)", text: fixture() },
    { name: "export default {...}", text: fixture({ 1: "", 3: "export default {", 16: "};" }) },
    {
      name: "export default {...} satisfies CuratedData",
      text: fixture({ 1: 'import type { CuratedData } from "../src/schema/curated.js";', 3: "export default {", 16: "} satisfies CuratedData;" }),
    },
    { name: "as const arrays and parentheses", text: fixture({ 3: "export default (defineCurated({", 14: "  ] as const,", 16: "}));" }) },
    { name: "template literals without substitutions", text: fixture({ 6: "    { id: `assad`, kind: `person`, label: `Bashar al-Assad` }," }) },
    { name: "comments inside entries", text: fixture({ 6: '    { id: "assad", /* the president */ kind: "person", // Syria\n      label: "Bashar al-Assad" },' }) },
    { name: "no rejected list", text: fixture({ 15: "" }) },
  ];
  it.each(cases)("$name", ({ text }) => {
    const layer = readCurated(FILE, { text });
    expect(layer.entities.map((e) => e.id)).toEqual(["putin", "assad", "hmeimim", "withdrawal-order-2017"]);
    expect(layer.triples.map((t) => `${t.s} ${t.p} ${t.o}`)).toEqual([
      "putin visited hmeimim",
      "putin met_with assad",
      "putin ordered withdrawal-order-2017",
    ]);
  });

  it("keeps the fields and lines of entries", () => {
    const layer = readCurated(FILE, { text: fixture() });
    expect(layer.entities[0]).toEqual({ id: "putin", kind: "person", label: "Vladimir Putin", aliases: ["Putin", "Mr Putin"], line: 5 });
    expect(layer.entities[3]).toMatchObject({ date: "2017-12-11", line: 8 });
    expect(layer.triples[1]).toEqual({ s: "putin", p: "met_with", o: "assad", note: "they met", line: 12 });
    expect(layer.rejected).toEqual([{ edge: "putin|supports|hmeimim", line: 15 }]);
  });
});

describe("readCurated: problems are reported at file:line", () => {
  const cases: Array<{ name: string; text: string; line: number; says: string[] }> = [
    {
      name: "unknown entity id, with close ids",
      text: fixture({ 11: '    { s: "putn", p: "visited", o: "hmeimim" },' }),
      line: 11,
      says: ['corpus/curated.ts:11: triple refers to unknown entity "putn"; declare it in entities or fix the id', '"putin"'],
    },
    {
      name: "unknown object id",
      text: fixture({ 13: '    { s: "putin", p: "ordered", o: "withdrawal-2017" },' }),
      line: 13,
      says: ['unknown entity "withdrawal-2017"', '"withdrawal-order-2017"'],
    },
    {
      name: "misspelled predicate",
      text: fixture({ 11: '    { s: "putin", p: "visits", o: "hmeimim" },' }),
      line: 11,
      says: ['unknown predicate "visits"', 'did you mean "visited"', "src/schema/predicates.ts"],
    },
    {
      name: "unknown kind",
      text: fixture({ 7: '    { id: "hmeimim", kind: "base", label: "Hmeimim" },' }),
      line: 7,
      says: ['unknown kind "base"', "person, place, force, organization, event"],
    },
    {
      name: "predicate does not fit the kinds",
      text: fixture({ 11: '    { s: "putin", p: "visited", o: "assad" },' }),
      line: 11,
      says: ['predicate "visited"', 'person "assad"', "object place"],
    },
    {
      name: "duplicate entity id",
      text: fixture({ 7: '    { id: "assad", kind: "place", label: "Hmeimim" },' }),
      line: 7,
      says: ['duplicate entity id "assad"', "lines 6 and 7"],
    },
    {
      name: "a variable as a value",
      text: fixture({ 1: "const name = 'Vladimir Putin';", 5: '    { id: "putin", kind: "person", label: name },' }),
      line: 5,
      says: ['"label" must be a string literal', "the variable `name`", "inline"],
    },
    {
      name: "a function call as a value",
      text: fixture({ 6: '    { id: "assad", kind: "person", label: "Bashar".concat(" al-Assad") },' }),
      line: 6,
      says: ['"label" must be a string literal', "a call"],
    },
    {
      name: "a template literal with substitutions",
      text: fixture({ 6: '    { id: "assad", kind: "person", label: `Bashar ${"al-Assad"}` },' }),
      line: 6,
      says: ["template literal with substitutions"],
    },
    {
      name: "a spread in a list",
      text: fixture({ 1: "const more = [] as never[];", 9: "    ...more,\n  ]," }),
      line: 9,
      says: ['"entities" contains a spread', "`...more`"],
    },
    {
      name: "a shorthand property",
      text: fixture({ 1: 'const label = "x";', 6: '    { id: "assad", kind: "person", label },' }),
      line: 6,
      says: ["shorthand property", "`label`"],
    },
    {
      name: "a non-literal alias",
      text: fixture({ 1: 'const a = "Hmeymim";', 7: '    { id: "hmeimim", kind: "place", label: "Hmeimim", aliases: [a] },' }),
      line: 7,
      says: ['"aliases" must list string literals'],
    },
    {
      name: "a list given as a variable",
      text: fixture({ 1: "const list = [] as never[];", 10: "  triples: list, //", 11: "", 12: "", 13: "", 14: "" }),
      line: 10,
      says: ['"triples" must be an array literal', "the variable `list`"],
    },
    {
      name: "unknown property",
      text: fixture({ 7: '    { id: "hmeimim", kind: "place", label: "Hmeimim", alias: ["Hmeymim"] },' }),
      line: 7,
      says: ['unknown property "alias"', 'did you mean "aliases"'],
    },
    {
      name: "missing label",
      text: fixture({ 6: '    { id: "assad", kind: "person" },' }),
      line: 6,
      says: ['entity "assad" has no "label"'],
    },
    {
      name: "date that is not ISO",
      text: fixture({ 8: '    { id: "withdrawal-order-2017", kind: "event", label: "Partial withdrawal", date: "11 Dec 2017" },' }),
      line: 8,
      says: ['date "11 Dec 2017"', "YYYY, YYYY-MM or YYYY-MM-DD"],
    },
    {
      name: "date that does not exist",
      text: fixture({ 8: '    { id: "withdrawal-order-2017", kind: "event", label: "Partial withdrawal", date: "2017-02-30" },' }),
      line: 8,
      says: ['date "2017-02-30"'],
    },
    {
      name: "date on a non-event",
      text: fixture({ 6: '    { id: "assad", kind: "person", label: "Bashar al-Assad", date: "2011" },' }),
      line: 6,
      says: ["is a person but has a date", "only events"],
    },
    {
      name: "syntax error",
      text: fixture({ 12: '    { s: "putin", p: "met_with" o: "assad" },' }),
      line: 12,
      says: ["syntax error", "',' expected"],
    },
    {
      name: "no default export",
      text: fixture({ 3: "const data = defineCurated({", 16: "});\nexport { data };" }),
      line: 1,
      says: ["no default export"],
    },
    {
      name: "default export of a variable",
      text: fixture({ 3: "const data = defineCurated({", 16: "});\nexport default data;" }),
      line: 17,
      says: ["the default export is the variable `data`"],
    },
  ];

  it.each(cases)("$name → line $line", ({ text, line, says }) => {
    const error = errorOf(text);
    expect(error.file).toBe(FILE);
    expect(error.line).toBe(line);
    expect(error.message).toContain(`${FILE}:${line}: `);
    for (const phrase of says) expect(error.message).toContain(phrase);
  });

  it("a missing file → line 0 and how to create it", () => {
    let caught: unknown;
    try {
      readCurated("corpus/no-such-curated.ts");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CurationError);
    const e = caught as CurationError;
    expect(e.line).toBe(0);
    expect(e.message).toContain("corpus/no-such-curated.ts:0: the file does not exist");
    expect(e.message).toContain("defineCurated");
  });

  it("collects every problem, sorted by line, the first one leading", () => {
    const error = errorOf(
      fixture({
        7: '    { id: "hmeimim", kind: "base", label: "Hmeimim" },',
        11: '    { s: "putn", p: "visited", o: "hmeimim" },',
        13: '    { s: "putin", p: "orderd", o: "withdrawal-order-2017" },',
      }),
    );
    expect(error).toBeInstanceOf(CurationErrors);
    const problems = (error as CurationErrors).problems;
    expect(problems.map((p) => p.line)).toEqual([7, 11, 13]);
    expect(error.line).toBe(7);
    expect(error.message.startsWith(`${FILE}:7: entity "hmeimim" has unknown kind "base"`)).toBe(true);
    expect(error.message).toContain("2 more problems");
    expect(error.message).toContain(`${FILE}:11: triple refers to unknown entity "putn"`);
    expect(error.message).toContain(`${FILE}:13: unknown predicate "orderd"`);
  });

  it("does not report triples naming an entity whose own entry is broken", () => {
    const error = errorOf(fixture({ 7: '    { id: "hmeimim", kind: "base", label: "Hmeimim" },' }));
    expect(error).not.toBeInstanceOf(CurationErrors);
    expect(error.line).toBe(7);
  });
});

describe("curatedDisplayPath", () => {
  it.each([
    ["corpus/curated.ts", "/work/p", "corpus/curated.ts"],
    ["/work/p/corpus/curated.ts", "/work/p", "corpus/curated.ts"],
    ["/elsewhere/curated.ts", "/work/p", "../../elsewhere/curated.ts"],
  ])("%s from %s → %s", (file, cwd, expected) => {
    expect(curatedDisplayPath(file, cwd)).toBe(expected);
  });

  it("uses the displayPath option when given", () => {
    expect(readCurated("/tmp/x.ts", { text: fixture(), displayPath: "curated.ts" }).file).toBe("curated.ts");
  });
});
