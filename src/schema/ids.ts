/**
 * news-kg schema: stable identifiers
 * ==================================
 *
 * Node keys are `kind:slug-of-label` ("person:vladimir-putin"); edge keys are
 * `subject|predicate|object`. Both are stable across builds of the same input,
 * so URLs, curation commands and other tools can refer to them.
 */
import type { EntityKind } from "./kinds.js";
import type { Predicate } from "./predicates.js";

export function slug(s: string): string {
  return (
    s
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "x"
  );
}

export function entityId(kind: EntityKind, label: string): string {
  return `${kind}:${slug(label)}`;
}

export function tripleId(subject: string, predicate: Predicate, object: string, verb?: string): string {
  return verb ? `${subject}|${predicate}:${verb}|${object}` : `${subject}|${predicate}|${object}`;
}

/** `base`, or `base-2`, `base-3`… whichever is not used yet; marks it used. */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
