/**
 * The claims that concern a node
 * ==============================
 *
 * The build lists, on each node, the ids of the claims (figures with who gives
 * them) that come from it or name it. Also returns the pairs of those claims
 * that disagree, once each, for the side-by-side view.
 */
import type { Claim, KgGraph } from "./types.js";

export interface NodeClaims {
  claims: Claim[];
  conflicts: [Claim, Claim][];
}

export function nodeClaims(graph: KgGraph, claimsById: ReadonlyMap<string, Claim>, node: string): NodeClaims {
  const ids = graph.getNodeAttribute(node, "claims") ?? [];
  const claims = ids.map((id) => claimsById.get(id)).filter((c): c is Claim => c !== undefined);
  const conflicts: [Claim, Claim][] = [];
  const seen = new Set<string>();
  for (const claim of claims) {
    for (const otherId of claim.conflicts) {
      const other = claimsById.get(otherId);
      if (!other) continue;
      const key = claim.id < other.id ? `${claim.id}\u0000${other.id}` : `${other.id}\u0000${claim.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      conflicts.push([claim, other]);
    }
  }
  return { claims, conflicts };
}
