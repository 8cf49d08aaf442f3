/**
 * news-kg query: claimsOf
 * =======================
 *
 * Figures attributed to sources ("6,328 civilians killed, according to the
 * SOHR"), with the claims that disagree with each. They are read from where
 * the graph holds them: the graph attribute `claims` (every claim) and the
 * node attribute `claims` (ids of the claims that name the entity or come
 * from it). A claim also belongs to an entity when its `source` or `about`
 * names the entity's key, or its `attributedTo` is the entity's label. A graph
 * built before claims existed has none, and gives `[]`: nothing is made up.
 */
import { entityRef } from "./entity-view.js";
import { resolveEntity } from "./lookup-entity.js";
import type { ClaimView, QueryGraph } from "./types.js";

/** Claims about or by `entity` (a key, name or alias); all claims of the graph without it. */
export function claimsOf(graph: QueryGraph, entity?: string): ClaimView[] {
  const graphClaims = toArray(graph.getAttribute("claims"));
  const byId = new Map<string, Record<string, unknown>>();
  for (const c of graphClaims) if (isRecord(c) && typeof c.id === "string") byId.set(c.id, c);
  if (entity === undefined) return sortClaims(graphClaims.map(toClaimView).filter((c): c is ClaimView => c !== undefined));

  const id = graph.hasNode(entity) ? entity : resolveEntity(graph, entity).id;
  const { label } = entityRef(graph, id);
  const found = new Map<string, ClaimView>();
  const add = (raw: unknown) => {
    const view = toClaimView(raw);
    if (view && !found.has(view.id)) found.set(view.id, view);
  };
  for (const c of toArray(graph.getNodeAttribute(id, "claims"))) add(typeof c === "string" ? byId.get(c) : c);
  for (const c of byId.values()) {
    const about = [c.source, c.entity, ...toArray(c.about), ...toArray(c.entities)];
    if (about.includes(id) || c.attributedTo === id || c.attributedTo === label) add(c);
  }
  return sortClaims([...found.values()]);
}

function toClaimView(raw: unknown): ClaimView | undefined {
  if (!isRecord(raw) || typeof raw.id !== "string") return undefined;
  const evidence = isRecord(raw.evidence) ? raw.evidence : {};
  const text = (v: unknown) => (typeof v === "string" ? v : undefined);
  const value = typeof raw.value === "number" ? raw.value : Number(raw.value);
  // A claim is a figure (src/schema Claim.value); one without a number is not a claim this view can show.
  if (raw.value === undefined || raw.value === null || !Number.isFinite(value)) return undefined;
  return {
    id: raw.id,
    subject: text(raw.subject) ?? "",
    value,
    unit: text(raw.unit) ?? "",
    ...(text(raw.attributedTo) !== undefined ? { attributedTo: text(raw.attributedTo)! } : {}),
    ...(text(raw.source) !== undefined ? { source: text(raw.source)! } : {}),
    about: toArray(raw.about).filter((a): a is string => typeof a === "string"),
    doc: text(raw.doc) ?? text(evidence.doc) ?? "",
    quote: text(raw.quote) ?? text(evidence.quote) ?? "",
    conflicts: toArray(raw.conflicts).filter((c): c is string => typeof c === "string"),
  };
}

function sortClaims(claims: ClaimView[]): ClaimView[] {
  return claims.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function toArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
