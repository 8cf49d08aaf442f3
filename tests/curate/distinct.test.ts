/**
 * Curated `distinct` pairs: read and checked by parseCurated, added by
 * keepDistinct (`kg curate distinct`), honoured by a build. Invented names.
 */
import { describe, expect, it } from "vitest";
import { keepDistinct } from "../../src/curate/edit-curated.js";
import { parseCurated } from "../../src/curate/read-curated.js";
import { CurationError, UsageError } from "../../src/schema/index.js";

const FILE = "corpus/curated.ts";
const file = (extra: string) =>
  [
    'import { defineCurated } from "../src/schema/curated.js";',
    "export default defineCurated({",
    "  entities: [",
    '    { id: "vellmar", kind: "person", label: "Gordon Vellmar", aliases: ["Mr Vellmar"] },',
    "  ],",
    "  triples: [],",
    "  rejected: [],",
    extra,
    "});",
    "",
  ].join("\n");

describe("reading distinct pairs", () => {
  it("reads each pair with its line", () => {
    const layer = parseCurated(file('  distinct: [\n    ["Vellmar", "Sarah Vellmar"],\n    ["person:vellmar", "person:gordon-vellmar"],\n  ],'), FILE);
    expect(layer.distinct).toEqual([
      { names: ["Vellmar", "Sarah Vellmar"], line: 9 },
      { names: ["person:vellmar", "person:gordon-vellmar"], line: 10 },
    ]);
    expect(parseCurated(file(""), FILE).distinct).toEqual([]);
  });

  const bad: Array<[string, string, RegExp]> = [
    ["a pair of three", '  distinct: [["A B", "C D", "E F"]],', /names two things, not 3/],
    ["a string, not a pair", '  distinct: ["A B"],', /must be an array of string literals/],
    ["the same name twice", '  distinct: [["Mr. Vellmar", "mr vellmar"]],', /are the same name to the builder/],
    ["a repeated pair", '  distinct: [["A B", "C D"], ["C D", "a b"]],', /already listed at line 8/],
    ["an empty name", '  distinct: [["", "C D"]],', /empty name/],
    ["two names of one curated entity", '  distinct: [["Gordon Vellmar", "Mr Vellmar"]],', /both names of entity "vellmar"/],
    ["a variable", '  distinct: [[x, "C D"]],', /string literals/],
  ];
  for (const [what, line, message] of bad) {
    it(`reports ${what}`, () => {
      expect(() => parseCurated(file(line), FILE)).toThrow(CurationError);
      expect(() => parseCurated(file(line), FILE)).toThrow(message);
    });
  }
});

describe("keepDistinct", () => {
  it("creates the list after rejected and adds the pair on a line of its own", () => {
    const edit = keepDistinct(file(""), FILE, "Vellmar", "Sarah Vellmar");
    expect(edit.changed).toBe(true);
    expect(edit.text).toContain('  rejected: [],\n  distinct: [\n    ["Vellmar", "Sarah Vellmar"],\n  ],\n');
    expect(parseCurated(edit.text, FILE).distinct).toEqual([{ names: ["Vellmar", "Sarah Vellmar"], line: edit.line }]);
    const again = keepDistinct(edit.text, FILE, "Peter Vellmar", "person:sarah-vellmar");
    expect(parseCurated(again.text, FILE).distinct.map((d) => d.names)).toEqual([["Vellmar", "Sarah Vellmar"], ["Peter Vellmar", "person:sarah-vellmar"]]);
    // Everything else byte for byte.
    expect(again.text.replace(/  distinct: \[[\s\S]*?\n  \],\n/, "")).toBe(file(""));
  });

  it("is a no-op for a pair already kept apart, in either order", () => {
    const once = keepDistinct(file(""), FILE, "Vellmar", "Sarah Vellmar").text;
    const twice = keepDistinct(once, FILE, "sarah vellmar", "Vellmar");
    expect(twice.changed).toBe(false);
    expect(twice.text).toBe(once);
    expect(twice.changes[0]).toMatch(/already kept apart at corpus\/curated.ts:\d+/);
  });

  it("refuses empty or identical names, names the graph does not know, and pairs a curated entity contradicts", () => {
    expect(() => keepDistinct(file(""), FILE, " ", "Vellmar")).toThrow(UsageError);
    expect(() => keepDistinct(file(""), FILE, "Vellmar", "VELLMAR")).toThrow(/same name/);
    expect(() => keepDistinct(file(""), FILE, "Vellmar", "Velmar", (n) => (n === "Vellmar" ? "person Vellmar" : undefined))).toThrow(/no node, alias or merged name of the graph is "Velmar"/);
    expect(() => keepDistinct(file(""), FILE, "Gordon Vellmar", "Mr Vellmar")).toThrow(/nothing was written/);
  });

  it("says what each name is in the graph", () => {
    const edit = keepDistinct(file(""), FILE, "Vellmar", "Gordon Vellmar", (n) => `person ${n}`);
    expect(edit.changes).toEqual([`kept "Vellmar" and "Gordon Vellmar" apart at ${FILE}:9`, '  "Vellmar": person Vellmar', '  "Gordon Vellmar": person Gordon Vellmar']);
  });
});
