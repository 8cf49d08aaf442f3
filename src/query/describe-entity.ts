/**
 * news-kg query: describeEntity
 * =============================
 *
 * What `kg show NAME` prints: the entity a name resolves to, its relations
 * (filtered as `relationsOf` filters them) and its claims.
 */
import { claimsOf } from "./claims-of.js";
import { entityView } from "./entity-view.js";
import { resolveEntity, type LookupOptions } from "./lookup-entity.js";
import { relationsOfId, type RelationFilter } from "./relations-of.js";
import type { EntityDetails, QueryGraph } from "./types.js";

export function describeEntity(
  graph: QueryGraph,
  name: string,
  filter: Partial<RelationFilter> = {},
  lookup: Partial<LookupOptions> = {},
): EntityDetails {
  const { id, alternatives } = resolveEntity(graph, name, lookup);
  return { entity: entityView(graph, id), relations: relationsOfId(graph, id, filter), claims: claimsOf(graph, id), alternatives };
}
