/**
 * Cypher script for Neo4j
 * =======================
 *
 * No Neo4j here, so the script is read back by a minimal Cypher reader: one
 * statement per line, ending in ";", outside string literals; MERGE per node
 * and per relationship; and every string literal, hostile ones included,
 * decodes to exactly the text it came from.
 */
import { describe, expect, it } from "vitest";
import { identifier, string, toCypher } from "../../src/export/to-cypher.js";
import { seedGraph } from "../query/helpers.js";
import { HOSTILE, hostileGraph } from "./hostile-graph.js";

/** Splits a script into statements and string literals, as Cypher's lexer would. */
function lex(script: string): { statements: string[]; strings: string[] } {
  const statements: string[] = [];
  const strings: string[] = [];
  let current = "";
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (c === "'") {
      let value = "";
      let j = i + 1;
      for (; script[j] !== "'"; j++) {
        if (j >= script.length) throw new Error("unterminated string");
        if (script[j] === "\\") {
          const e = script[++j]!;
          if (e === "u") {
            value += String.fromCharCode(parseInt(script.slice(j + 1, j + 5), 16));
            j += 4;
          } else value += { n: "\n", r: "\r", t: "\t", "\\": "\\", "'": "'", '"': '"' }[e] ?? `\\${e}`;
        } else value += script[j];
      }
      strings.push(value);
      current += "''";
      i = j;
    } else if (c === "/" && script[i + 1] === "/" && current.trim() === "") {
      i = script.indexOf("\n", i);
      if (i === -1) break;
    } else if (c === ";") {
      statements.push(current.trim());
      current = "";
    } else current += c;
  }
  expect(current.trim()).toBe("");
  return { statements, strings };
}

describe("Cypher export", () => {
  it("has a constraint, a MERGE per node and per relationship, one statement per line", () => {
    const graph = seedGraph();
    const script = toCypher(graph);
    const { statements } = lex(script);
    expect(statements.length).toBe(1 + graph.order + graph.size);
    expect(statements[0]).toMatch(/^CREATE CONSTRAINT/);
    expect(statements.filter((s) => /^MERGE \(n:Entity /.test(s)).length).toBe(graph.order);
    expect(statements.filter((s) => /^MATCH \(s:Entity .*MERGE \(s\)-\[r:[A-Z_]+ /.test(s)).length).toBe(graph.size);
    expect(script.split("\n").filter((l) => l !== "" && !l.startsWith("//")).every((l) => l.endsWith(";"))).toBe(true);
    expect(script).toContain("MERGE (s)-[r:LOCATED_IN {id: 'place:hmeimim|located_in|place:latakia'}]->(o)");
    expect(script).toContain("SET n:Place");
    expect(toCypher(graph)).toBe(script);
  });

  it("escapes hostile strings so that they decode exactly and end no statement", () => {
    const graph = hostileGraph();
    const script = toCypher(graph);
    const { statements, strings } = lex(script);
    expect(statements.length).toBe(1 + graph.order + graph.size);
    expect(strings).toContain(HOSTILE);
    expect(script.split("\n").length).toBe(2 + graph.order + graph.size + 1);
    expect(string("a'b\\c\nd\u0001")).toBe("'a\\'b\\\\c\\nd\\u0001'");
    expect(identifier("LOCATED_IN")).toBe("LOCATED_IN");
    expect(identifier("bad type`")).toBe("`bad type```");
  });

  it("keeps whole numbers floats where Neo4j should store floats", () => {
    const script = toCypher(hostileGraph());
    expect(script).toMatch(/r:MET_WITH \{id: '[^']*'\}\]->\(o\) SET r \+= \{predicate: 'met_with', label: 'met with', confidence: 1\.0,/);
  });
});
