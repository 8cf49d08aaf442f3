/**
 * news-kg schema: the curated layer's types
 * =========================================
 *
 * `corpus/curated.ts` is typed with these, so `tsc` catches a misspelled kind,
 * predicate, or a triple naming an entity that is not declared. The builder
 * reads the file with ts-morph (not by importing it), so every entry keeps its
 * line number as provenance.
 */
import type { EntityKind } from "./kinds.js";
import type { Predicate } from "./predicates.js";

export interface CuratedEntity<Id extends string = string> {
  /** A short handle used by the triples of the file; not shown to users. */
  id: Id;
  kind: EntityKind;
  label: string;
  aliases?: readonly string[];
  /** Events: ISO date, partial allowed. */
  date?: string;
  note?: string;
}

export interface CuratedTriple<Id extends string = string> {
  s: Id;
  p: Predicate;
  o: Id;
  note?: string;
}

export interface CuratedData<Id extends string = string> {
  entities: readonly CuratedEntity<Id>[];
  triples: readonly CuratedTriple<NoInfer<Id>>[];
  /** Extracted edges judged wrong (`kg curate reject`): dropped from every build. */
  rejected?: readonly string[];
  /** Pairs of names (or node keys) of different things that resolution must keep apart (`kg curate distinct`). */
  distinct?: readonly (readonly [string, string])[];
}

/** Identity helper that makes `tsc` check the triples' entity handles. */
export function defineCurated<const Id extends string>(data: CuratedData<Id>): CuratedData<Id> {
  return data;
}
