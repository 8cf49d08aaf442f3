/**
 * news-kg query: entityRef and entityView
 * =======================================
 *
 * A node as plain data: `entityRef` is the short form used inside other
 * answers (key, label, kind); `entityView` is everything the graph says about
 * it except layout and colour, which belong to the viewer and Gephi.
 */
import { QueryError } from "../schema/index.js";
import type { EntityRef, EntityView, QueryGraph } from "./types.js";

export function entityRef(graph: QueryGraph, id: string): EntityRef {
  const a = attributesOf(graph, id);
  return { id, label: a.label ?? id, kind: a.kind };
}

export function entityView(graph: QueryGraph, id: string): EntityView {
  const a = attributesOf(graph, id);
  return {
    id,
    label: a.label ?? id,
    kind: a.kind,
    aliases: [...(a.aliases ?? [])],
    ...(a.date !== undefined ? { date: a.date } : {}),
    ...(a.eventType !== undefined ? { eventType: a.eventType } : {}),
    ...(a.roles !== undefined ? { roles: [...a.roles] } : {}),
    sources: [...(a.sources ?? [])],
    mentions: a.mentions ?? 0,
    origin: a.origin,
    importance: a.importance ?? 0,
    community: a.community ?? 0,
    ...(a.note !== undefined ? { note: a.note } : {}),
    ...(a.mergedFrom !== undefined ? { mergedFrom: a.mergedFrom.map((m) => ({ ...m, docs: [...m.docs] })) } : {}),
  };
}

function attributesOf(graph: QueryGraph, id: string) {
  if (!graph.hasNode(id)) {
    throw new QueryError("unknown-name", `no entity with the key "${id}" in the graph; look names up with resolveEntity (or \`kg show NAME\`)`);
  }
  return graph.getNodeAttributes(id);
}
