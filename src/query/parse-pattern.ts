/**
 * news-kg query: parsePattern
 * ===========================
 *
 * The pattern language of `kg query`: triples separated by a standalone
 * " . ", each `subject predicate object`, where
 *   - `?name` is a variable (`$name` too);
 *   - a predicate is a vocabulary name or its label, spaces allowed
 *     ("located_in", "located in", "has a base at"), or a variable;
 *   - an entity is a name, alias or node key, quoted with "…" or '…' when
 *     that helps ("Bashar al-Assad" needs no quotes, but may have them).
 * e.g. `?p visited ?place . ?place located in Syria`.
 *
 * Unquoted words are split into subject, predicate and object by finding the
 * words that name a predicate; names are then resolved against the graph, so an
 * unknown or ambiguous name, or an unknown predicate, is a `QueryError` with
 * close matches, before anything is matched.
 */
import { QueryError } from "../schema/index.js";
import type { Predicate } from "../schema/index.js";
import { lookupEntity, resolveEntity } from "./lookup-entity.js";
import { findPredicate, resolvePredicate } from "./resolve-predicate.js";
import type { EntityRef, QueryGraph } from "./types.js";

export type NodeTerm = { type: "var"; name: string } | { type: "entity"; entity: EntityRef };
export type PredicateTerm = { type: "var"; name: string } | { type: "predicate"; predicate: Predicate };

export interface TriplePattern {
  subject: NodeTerm;
  predicate: PredicateTerm;
  object: NodeTerm;
  /** The triple as written. */
  text: string;
}

type Token = { type: "var"; name: string; text: string } | { type: "quoted"; value: string; text: string } | { type: "word"; value: string; text: string } | { type: "dot"; text: string };

export function parsePattern(graph: QueryGraph, pattern: string): TriplePattern[] {
  const groups: Token[][] = [[]];
  for (const token of tokenize(pattern)) {
    if (token.type === "dot") groups.push([]);
    else groups[groups.length - 1]!.push(token);
  }
  const triples = groups.filter((g) => g.length > 0).map((g) => parseTriple(graph, g));
  if (triples.length === 0) {
    throw new QueryError("bad-pattern", `the pattern is empty; write triples such as '?who visited ?where . ?where located_in Syria'`);
  }
  const roles = new Map<string, "node" | "predicate">();
  for (const t of triples) {
    for (const [term, role] of [[t.subject, "node"], [t.predicate, "predicate"], [t.object, "node"]] as const) {
      if (term.type !== "var") continue;
      const seen = roles.get(term.name);
      if (seen !== undefined && seen !== role) {
        throw new QueryError("bad-pattern", `?${term.name} is used both as a predicate and as an entity; give the two different names`);
      }
      roles.set(term.name, role);
    }
  }
  return triples;
}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      let value = "";
      let j = i + 1;
      for (; j < pattern.length && pattern[j] !== c; j++) {
        if (pattern[j] === "\\" && j + 1 < pattern.length) j++;
        value += pattern[j];
      }
      if (j >= pattern.length) throw new QueryError("bad-pattern", `unclosed quote in the pattern at character ${i + 1}: ${pattern.slice(i, i + 30)}; close it with ${c}`);
      tokens.push({ type: "quoted", value, text: pattern.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < pattern.length && !/\s/.test(pattern[j]!)) j++;
    const word = pattern.slice(i, j);
    i = j;
    if (word === ".") tokens.push({ type: "dot", text: word });
    else if (/^[?$]/.test(word)) {
      if (!/^[?$][A-Za-z_][A-Za-z0-9_]*$/.test(word)) {
        throw new QueryError("bad-pattern", `"${word}" is not a variable name; write ?name with letters, digits and _`);
      }
      tokens.push({ type: "var", name: word.slice(1), text: word });
    } else tokens.push({ type: "word", value: word, text: word });
  }
  return tokens;
}

interface Split {
  subject: Token[];
  predicate: Token[];
  object: Token[];
}

function parseTriple(graph: QueryGraph, tokens: Token[]): TriplePattern {
  const text = tokens.map((t) => t.text).join(" ");
  const splits: Split[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    for (let j = i + 1; j < tokens.length; j++) {
      const split = { subject: tokens.slice(0, i), predicate: tokens.slice(i, j), object: tokens.slice(j) };
      if (isNodeTerm(split.subject) && isNodeTerm(split.object) && predicateOf(split.predicate) !== undefined) splits.push(split);
    }
  }
  let chosen: Split | undefined;
  if (splits.length === 1) chosen = splits[0];
  else if (splits.length > 1) {
    // Several ways to read the words: keep the ones whose names all mean an entity.
    const resolvable = splits.filter((s) => [s.subject, s.object].every((t) => t[0]!.type === "var" || lookupEntity(graph, joined(t)).status === "found"));
    if (resolvable.length === 1) chosen = resolvable[0];
    else {
      throw new QueryError(
        "bad-pattern",
        `"${text}" can be read in ${splits.length} ways (${splits.map((s) => `${joined(s.subject)} | ${joined(s.predicate)} | ${joined(s.object)}`).join("; ")}); quote the names, e.g. "Bashar al-Assad" met_with ?x`,
      );
    }
  }
  if (!chosen) {
    // No predicate found: say which words should have been one.
    if (tokens.length < 3) {
      throw new QueryError("bad-pattern", `"${text}" is not a triple; write subject predicate object, e.g. ?who visited ?where`);
    }
    const first = tokens[0]!;
    const last = tokens[tokens.length - 1]!;
    if (tokens.length === 3 || (first.type !== "word" && last.type !== "word")) {
      const middle = tokens.slice(1, -1);
      if (middle.every((t) => t.type !== "var")) resolvePredicate(joined(middle));
    }
    throw new QueryError(
      "bad-pattern",
      `no predicate found in "${text}"; write subject predicate object with a predicate of the vocabulary (e.g. ?p located_in Syria), and quote names that have spaces`,
    );
  }
  return {
    subject: nodeTerm(graph, chosen.subject),
    predicate: predicateTerm(chosen.predicate),
    object: nodeTerm(graph, chosen.object),
    text,
  };
}

/** One variable, one quoted name, or words. */
function isNodeTerm(tokens: Token[]): boolean {
  if (tokens.length === 1) return tokens[0]!.type !== "dot";
  return tokens.every((t) => t.type === "word");
}

function predicateOf(tokens: Token[]): Predicate | "var" | undefined {
  if (tokens.length === 1 && tokens[0]!.type === "var") return "var";
  if (tokens.length === 1 && tokens[0]!.type === "quoted") return findPredicate(tokens[0]!.value);
  if (!tokens.every((t) => t.type === "word")) return undefined;
  return findPredicate(joined(tokens));
}

function joined(tokens: Token[]): string {
  return tokens.map((t) => (t.type === "quoted" || t.type === "word" ? t.value : t.text)).join(" ");
}

function nodeTerm(graph: QueryGraph, tokens: Token[]): NodeTerm {
  const first = tokens[0]!;
  if (first.type === "var") return { type: "var", name: first.name };
  return { type: "entity", entity: resolveEntity(graph, joined(tokens)) };
}

function predicateTerm(tokens: Token[]): PredicateTerm {
  const first = tokens[0]!;
  if (first.type === "var") return { type: "var", name: first.name };
  return { type: "predicate", predicate: resolvePredicate(joined(tokens)) };
}
