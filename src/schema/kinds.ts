/**
 * news-kg schema: entity kinds
 * ============================
 *
 * The five kinds of node. The kind is stored in the `kind` attribute, never in
 * `type`: sigma uses `type` to choose a node renderer.
 */

export const ENTITY_KINDS = ["person", "place", "force", "organization", "event"] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Colours shared by the GEXF export, the JSON graph and the viewer's legend. */
export const KIND_COLORS: Readonly<Record<EntityKind, string>> = {
  person: "#e15759",
  place: "#4e79a7",
  force: "#59a14f",
  organization: "#f28e2b",
  event: "#b07aa1",
};

export function isEntityKind(value: unknown): value is EntityKind {
  return typeof value === "string" && (ENTITY_KINDS as readonly string[]).includes(value);
}
