/**
 * news-kg query: resolvePredicate
 * ===============================
 *
 * A predicate as a user writes it to the vocabulary's name: the name itself
 * ("located_in"), its label ("located in", "has a base at"), or either with
 * spaces, hyphens and underscores interchanged and case ignored
 * ("Located-In"). Anything else is a `QueryError` listing close predicates.
 */
import { PREDICATES, PREDICATE_NAMES, QueryError } from "../schema/index.js";
import type { Predicate } from "../schema/index.js";
import { closeMatches } from "./close-matches.js";

function fold(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_-]+/g, "_");
}

const BY_FORM: ReadonlyMap<string, Predicate> = new Map(
  PREDICATE_NAMES.flatMap((p) => [
    [fold(p), p],
    [fold(PREDICATES[p].label), p],
  ]),
);

/** The predicate `text` names, or undefined. */
export function findPredicate(text: string): Predicate | undefined {
  return BY_FORM.get(fold(text));
}

/** The predicate `text` names; throws a `QueryError` with close predicates when there is none. */
export function resolvePredicate(text: string): Predicate {
  const found = findPredicate(text);
  if (found) return found;
  const close = closeMatches(fold(text), [...BY_FORM.keys()], 8)
    .map((form) => BY_FORM.get(form)!)
    .filter((p, i, all) => all.indexOf(p) === i)
    .slice(0, 5);
  throw new QueryError(
    "unknown-predicate",
    `unknown predicate "${text}"${close.length ? `; close predicates: ${close.join(", ")}` : ""}; the vocabulary is ${PREDICATE_NAMES.join(", ")}`,
    close,
  );
}
