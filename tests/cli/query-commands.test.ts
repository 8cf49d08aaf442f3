/**
 * `kg show`, `kg query`, `kg path`, `kg timeline`, `kg sparql`, end to end
 * ========================================================================
 *
 * The "done when" commands, run as a user runs them (`node bin/kg.js
 * …` from the repository root, on the committed graph/graph.json), in JSON and
 * as tables, and the one-line errors with close matches.
 */
import { Parser } from "n3";
import { beforeAll, describe, expect, it } from "vitest";
import { toTurtle } from "../../src/export/to-turtle.js";
import { loadGraph } from "../../src/query/load-graph.js";
import type { EntityDetails } from "../../src/query/types.js";
import type { PatternResult } from "../../src/query/match-pattern.js";
import type { PathResult } from "../../src/query/shortest-paths.js";
import type { TimelineEntry } from "../../src/query/timeline.js";
import { describeRun, ensureBuilt, repoRoot, runKg } from "../helpers/kg-cli.js";

beforeAll(ensureBuilt);

function json<T>(args: string[]): T {
  const run = runKg(args);
  expect(run.status, describeRun(run)).toBe(0);
  return JSON.parse(run.stdout) as T;
}

describe("the issue's done-when commands", () => {
  it("kg show Hmeymim --json shows a place located in Latakia", () => {
    const details = json<EntityDetails>(["show", "Hmeymim", "--json"]);
    expect(details.entity).toMatchObject({ id: "place:hmeimim", label: "Hmeimim", kind: "place" });
    expect(details.relations).toContainEqual(
      expect.objectContaining({ direction: "out", predicate: "located_in", other: { id: "place:latakia", label: "Latakia", kind: "place" } }),
    );
  });

  it("kg query '?who visited ?where' --json includes Putin's visit", () => {
    const result = json<PatternResult>(["query", "?who visited ?where", "--json"]);
    expect(result.rows.map((r) => [r.bindings.who!.label, r.bindings.where!.label])).toContainEqual(["Vladimir Putin", "Hmeimim"]);
  });

  it("kg path Shoigu Tartous --json returns a path", () => {
    const result = json<PathResult>(["path", "Shoigu", "Tartous", "--json"]);
    expect(result.from.id).toBe("person:sergei-shoigu");
    expect(result.to.id).toBe("place:tartus");
    expect(result.paths.length).toBeGreaterThan(0);
    expect(result.paths[0]!.steps.length).toBe(result.length);
    expect(result.paths[0]!.steps.every((s) => s.evidence?.quote || s.provenance)).toBe(true);
  });

  it("kg sparql 'SELECT (COUNT(*) AS ?n) …' --json counts the triples", () => {
    const result = json<{ head: { vars: string[] }; results: { bindings: Array<{ n: { value: string } }> } }>([
      "sparql",
      "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
      "--json",
    ]);
    expect(result.head.vars).toEqual(["n"]);
    const triples = new Parser().parse(toTurtle(loadGraph(`${repoRoot}/graph/graph.json`))).length;
    expect(Number(result.results.bindings[0]!.n.value)).toBe(triples);
  });
});

describe("readable output", () => {
  it("kg show prints the entity and a table of relations", () => {
    const run = runKg(["show", "Hmeymim"]);
    expect(run.status, describeRun(run)).toBe(0);
    expect(run.stdout).toMatch(/^Hmeimim {2}\(place, place:hmeimim\)\n/);
    expect(run.stdout).toMatch(/^located in → +Latakia +place /m);
    expect(run.stdout).toMatch(/^← visited +Vladimir Putin +person /m);
  });

  it("kg query prints a column per variable", () => {
    const run = runKg(["query", "?p visited ?place . ?place located in Syria"]);
    expect(run.status, describeRun(run)).toBe(0);
    expect(run.stdout).toMatch(/^\?p +\?place +edges$/m);
    expect(run.stdout).toMatch(/^Vladimir Putin +Hmeimim +person:vladimir-putin\|visited\|place:hmeimim/m);
  });

  it("kg path explains each step with a quote or a curated line", () => {
    const run = runKg(["path", "Shoigu", "Tartous", "--limit", "1"]);
    expect(run.status, describeRun(run)).toBe(0);
    expect(run.stdout).toMatch(/^Sergei Shoigu → Tartus: \d steps?, 1 shortest path shown$/m);
    expect(run.stdout).toMatch(/^ {2}1\. Sergei Shoigu /m);
    expect(run.stdout).toMatch(/^ {5}("|curated: )/m);
  });

  it("kg timeline --from --to lists the window's events in order", () => {
    const entries = json<TimelineEntry[]>(["timeline", "--from", "2016", "--to", "2016-03", "--json"]);
    const dates = entries.map((e) => e.date!);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((d) => d >= "2016" && d <= "2016-03-31")).toBe(true);
    const table = runKg(["timeline", "--from", "2016", "--to", "2016-03"]);
    expect(table.stdout).toMatch(/^date +event +who +where$/m);
    expect(table.stdout).toMatch(/^2016-03-14 +Withdrawal of the main part of Russian forces from Syria \(2016\) +Vladimir Putin \(ordered/m);
  });

  it("kg sparql prints a table with the graph's prefixes, and ASK as true or false", () => {
    const select = runKg(["sparql", "SELECT ?who WHERE { ?who kg:visited place:hmeimim }"]);
    expect(select.stdout).toBe("?who\n---------------------\nperson:vladimir-putin\n1 row\n");
    expect(runKg(["sparql", "ASK { place:hmeimim kg:located_in place:latakia }"]).stdout).toBe("true\n");
  });
});

describe("mistakes", () => {
  it.each([
    [["show", "Hmeymin"], /^kg: "Hmeymin": no entity has this name or alias; close matches: Hmeimim \(place, place:hmeimim\)/],
    [["query", "?a visted ?b"], /^kg: unknown predicate "visted"; close predicates: visited[,;]/],
    [["path", "Shoigu", "Nowhereville"], /^kg: "Nowhereville": no entity/],
    [["timeline", "--from", "2016-13"], /^kg: from date "2016-13" is not an ISO date/],
    [["sparql", "SELEC ?x"], /^kg: SPARQL: /],
    [["show", "Hmeymim", "--graph", "no/such/graph.json"], /^kg: no\/such\/graph\.json: no such file; build the graph with `kg build`/],
    [["show", "Hmeymim", "--direction", "sideways"], /^kg: --direction: "sideways" is not out, in or both/],
  ])("kg %j fails with one line", (args, message) => {
    const run = runKg(args);
    expect(run.status, describeRun(run)).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n").length).toBe(1);
  });
});
