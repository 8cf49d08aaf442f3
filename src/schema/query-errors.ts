/**
 * news-kg schema: query errors
 * ============================
 *
 * What the query API and the CLI throw when a question cannot be answered as
 * asked: a name that matches nothing (or several things), an unknown
 * predicate, a pattern that does not parse, a date that is not a date. The
 * error carries what a user needs to ask again: close matches as readable
 * strings, and for ambiguous names the candidates themselves.
 */
import { KgError } from "./errors.js";

export type QueryErrorCode =
  | "unknown-name"
  | "ambiguous-name"
  | "unknown-predicate"
  | "unknown-edge"
  | "bad-pattern"
  | "bad-date"
  | "bad-graph"
  | "bad-query";

/** An entity an ambiguous name could mean. */
export interface QueryCandidate {
  id: string;
  label: string;
  kind: string;
}

export class QueryError extends KgError {
  override name = "QueryError";
  constructor(
    readonly code: QueryErrorCode,
    message: string,
    /** Close matches, most likely first, as the user would type or read them. */
    readonly suggestions: string[] = [],
    /** For "ambiguous-name": every entity the name matched. */
    readonly candidates: QueryCandidate[] = [],
  ) {
    super(message);
  }
}
