/**
 * news-kg query: SPARQL over the graph's RDF
 * ==========================================
 *
 * `kg sparql` and `sparql()` run SPARQL 1.1 queries over the graph exported
 * as Turtle (`toTurtle`, src/export/to-turtle.ts), with Oxigraph.
 *
 * Why Oxigraph: it is a complete SPARQL 1.1 query engine (aggregates,
 * property paths, subqueries, federation off) written in Rust and shipped in
 * its npm package compiled to WebAssembly: no native build, no download, no
 * network, and fast (a few milliseconds to load the seed graph and answer).
 * Comunica over an N3 store would also be complete, but brings a large
 * dependency tree and is slower to start, which a command-line tool feels.
 *
 * The store is read-only from here: `query()` refuses updates. The prefixes
 * declared in the Turtle (kg:, person:, place:, …, rdfs:, skos:, dcterms:,
 * prov:, xsd:) are added to a query that does not declare them, so
 * `SELECT ?who WHERE { ?who kg:visited place:syria }` works as written.
 *
 * Results are plain data: SELECT gives variables and rows of RDF terms in the
 * shape of the W3C SPARQL 1.1 JSON results format; ASK a boolean; CONSTRUCT
 * and DESCRIBE the resulting triples as Turtle. `toSparqlJson` gives the W3C
 * JSON document for SELECT and ASK.
 */
import { Store } from "oxigraph";
import { QueryError } from "../schema/index.js";

/** One RDF term of a SELECT row, as in the SPARQL 1.1 JSON results format. */
export interface SparqlTerm {
  type: "uri" | "literal" | "bnode" | "triple";
  value: string;
  datatype?: string;
  "xml:lang"?: string;
}

export type SparqlResult =
  | { type: "select"; variables: string[]; rows: Array<Record<string, SparqlTerm>> }
  | { type: "ask"; boolean: boolean }
  | { type: "graph"; turtle: string };

export interface SparqlStore {
  /** Prefix name → namespace IRI, as declared in the loaded Turtle. */
  readonly prefixes: Readonly<Record<string, string>>;
  /** Number of triples loaded. */
  readonly size: number;
  query(query: string): SparqlResult;
}

/** Loads Turtle into an in-memory Oxigraph store. */
export function openSparqlStore(turtle: string): SparqlStore {
  const store = new Store();
  try {
    // A fresh private store: loading without a transaction is several times faster on large graphs.
    store.load(turtle, { format: "text/turtle", no_transaction: true });
  } catch (error) {
    throw new QueryError("bad-graph", `the graph's RDF does not load (${errorText(error)}); re-export it with \`kg export --format ttl\``);
  }
  const prefixes = declaredPrefixes(turtle);
  return {
    prefixes,
    size: store.size,
    query: (query: string) => {
      const full = withPrefixes(query, prefixes);
      return runQuery(store, full, full.length - query.length === 0 ? 0 : full.slice(0, full.length - query.length).split("\n").length - 1);
    },
  };
}

/** Runs one query over Turtle text or an open store. */
export function sparql(source: string | SparqlStore, query: string): SparqlResult {
  const store = typeof source === "string" ? openSparqlStore(source) : source;
  return store.query(query);
}

/** The W3C SPARQL 1.1 JSON results document of a SELECT or ASK result. */
export function toSparqlJson(result: SparqlResult): unknown {
  if (result.type === "select") return { head: { vars: result.variables }, results: { bindings: result.rows } };
  if (result.type === "ask") return { head: {}, boolean: result.boolean };
  throw new QueryError("bad-query", "CONSTRUCT and DESCRIBE give triples, not SPARQL JSON results; read them as Turtle");
}

/** `added`: PREFIX lines put before the user's query, taken off the line numbers of errors. */
function runQuery(store: Store, query: string, added = 0): SparqlResult {
  let json: string;
  try {
    // Serialized by Oxigraph itself, so the terms are exactly the standard JSON results.
    json = store.query(query, { results_format: "json" }) as string;
  } catch (error) {
    throw new QueryError("bad-query", `SPARQL: ${queryErrorText(errorText(error), added)}`);
  }
  const parsed = JSON.parse(json) as unknown;
  if (Array.isArray(parsed)) {
    // CONSTRUCT/DESCRIBE: Oxigraph gives JSON-LD for "json"; ask again for Turtle.
    return { type: "graph", turtle: store.query(query, { results_format: "text/turtle" }) as string };
  }
  const doc = parsed as { head?: { vars?: string[] }; boolean?: boolean; results?: { bindings?: Array<Record<string, SparqlTerm>> } };
  if (typeof doc.boolean === "boolean") return { type: "ask", boolean: doc.boolean };
  return { type: "select", variables: doc.head?.vars ?? [], rows: doc.results?.bindings ?? [] };
}

const PREFIX_LINE = /^@prefix\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>\s*\.\s*$/gm;

function declaredPrefixes(turtle: string): Record<string, string> {
  const prefixes: Record<string, string> = {};
  for (const m of turtle.matchAll(PREFIX_LINE)) prefixes[m[1] ?? ""] = m[2]!;
  return prefixes;
}

/** Declares each known prefix the query uses but does not declare itself. */
function withPrefixes(query: string, prefixes: Readonly<Record<string, string>>): string {
  const declared = new Set([...query.matchAll(/\bPREFIX\s+([A-Za-z][\w.-]*)?:/gi)].map((m) => m[1] ?? ""));
  const missing = Object.entries(prefixes).filter(([name]) => name !== "" && !declared.has(name) && new RegExp(`(^|[\\s(){}/^|!,;.])${name}:`).test(query));
  return missing.length === 0 ? query : `${missing.map(([name, ns]) => `PREFIX ${name}: <${ns}>`).join("\n")}\n${query}`;
}

/**
 * Oxigraph's parse error in the user's terms: the line and column of their own
 * query (not of the PREFIX lines added before it), and what was expected in
 * short ("expected one of ",", ".", "}" …" rather than every token).
 */
export function queryErrorText(message: string, added: number): string {
  const at = /^error at (\d+):(\d+): (.*)$/s.exec(message);
  if (!at) return `${message}; the store is read-only and answers SELECT, ASK, CONSTRUCT and DESCRIBE`;
  const line = Math.max(1, Number(at[1]) - added);
  let rest = at[3]!;
  const expected = /^expected one of (.*)$/s.exec(rest);
  if (expected) {
    // Quoted tokens only: Oxigraph also lists character classes ("[_]") that mean little to a reader.
    const items = [...expected[1]!.matchAll(/"(?:[^"\\]|\\.)*"/g)].map((m) => m[0]);
    rest = items.length === 0 ? "unexpected input" : `expected ${items.length === 1 ? items[0] : `one of ${items.slice(0, 6).join(" ")}${items.length > 6 ? " …" : ""}`}`;
  }
  return `line ${line}, column ${at[2]}: ${rest}`;
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim();
}
