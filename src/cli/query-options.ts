/**
 * CLI helper: options shared by the query commands
 * ================================================
 *
 * `--graph PATH` (default graph/graph.json) and the checks that turn option
 * strings into the query API's typed filters, with a `UsageError` naming the
 * option and the accepted values when one is wrong.
 */
import { ENTITY_KINDS, UsageError, isEntityKind } from "../schema/index.js";
import type { EntityKind, Origin } from "../schema/index.js";

export const GRAPH_OPTION_DEFAULT = "graph/graph.json";

const ORIGINS: readonly Origin[] = ["curated", "extracted", "both"];

/** "a,b" → ["a", "b"]; undefined stays undefined. */
export function listOption(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(",").map((s) => s.trim()).filter((s) => s !== "");
  return items.length > 0 ? items : undefined;
}

export function kindsOption(value: string | undefined, option: string): EntityKind[] | undefined {
  const items = listOption(value);
  if (!items) return undefined;
  for (const k of items) {
    if (!isEntityKind(k)) throw new UsageError(`${option}: unknown kind "${k}"; use ${ENTITY_KINDS.join(", ")} (comma-separated for several)`);
  }
  return items as EntityKind[];
}

export function originsOption(value: string | undefined): Origin[] | undefined {
  const items = listOption(value);
  if (!items) return undefined;
  for (const o of items) {
    if (!(ORIGINS as readonly string[]).includes(o)) throw new UsageError(`--origin: unknown origin "${o}"; use ${ORIGINS.join(", ")}`);
  }
  return items as Origin[];
}

export function numberOption(value: string | undefined, option: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < min || n > max) {
    throw new UsageError(`${option}: "${value}" is not a number from ${min} to ${max}`);
  }
  return n;
}

export function integerOption(value: string | undefined, option: string, min: number): number | undefined {
  const n = numberOption(value, option, min, Number.MAX_SAFE_INTEGER);
  if (n !== undefined && !Number.isInteger(n)) throw new UsageError(`${option}: "${value}" is not a whole number`);
  return n;
}
