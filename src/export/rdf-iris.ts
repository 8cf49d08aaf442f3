/**
 * news-kg export: RDF IRIs
 * ========================
 *
 * The stable names the graph has in RDF, so that a triple store, a SPARQL
 * query or another dataset can refer to them across builds:
 *
 *   entity     https://news-kg.dev/id/entity/<kind>/<slug>   (node key `kind:slug`)
 *   article    https://news-kg.dev/id/article/<doc id>
 *   statement  https://news-kg.dev/id/statement/<kind>/<slug>/<predicate>/<kind>/<slug>
 *   evidence   <statement IRI>/evidence/<n>
 *   claim      https://news-kg.dev/id/claim/<claim id>   (its evidence: <claim IRI>/evidence)
 *   ontology   https://news-kg.dev/ontology#<predicate | Class | property>
 *
 * Keys are percent-encoded segment by segment, so any key makes a valid IRI,
 * and the kind prefixes make a node key read as a prefixed name in Turtle and
 * SPARQL: `place:hmeimim` is <https://news-kg.dev/id/entity/place/hmeimim>.
 */
import { ENTITY_KINDS } from "../schema/index.js";

export const ID_BASE = "https://news-kg.dev/id/";
export const ONTOLOGY = "https://news-kg.dev/ontology#";

export const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
export const RDFS = "http://www.w3.org/2000/01/rdf-schema#";
export const OWL = "http://www.w3.org/2002/07/owl#";
export const XSD = "http://www.w3.org/2001/XMLSchema#";
export const SKOS = "http://www.w3.org/2004/02/skos/core#";
export const DCTERMS = "http://purl.org/dc/terms/";
export const PROV = "http://www.w3.org/ns/prov#";

/** Prefixes written into Turtle (and so available in `kg sparql` queries). */
export const RDF_PREFIXES: Readonly<Record<string, string>> = {
  kg: ONTOLOGY,
  ...Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, `${ID_BASE}entity/${kind}/`])),
  article: `${ID_BASE}article/`,
  statement: `${ID_BASE}statement/`,
  claim: `${ID_BASE}claim/`,
  rdf: RDF,
  rdfs: RDFS,
  owl: OWL,
  xsd: XSD,
  skos: SKOS,
  dcterms: DCTERMS,
  prov: PROV,
};

/** The class of a kind: person → kg:Person. */
export function classIri(kind: string): string {
  return `${ONTOLOGY}${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
}

export function ontologyIri(name: string): string {
  return `${ONTOLOGY}${encodeURIComponent(name)}`;
}

/** The path of an entity under `entity/`: `<kind>/<slug>` for `kind:slug` keys, `key/<key>` otherwise. */
export function entityPath(key: string, kind: string): string {
  const colon = key.indexOf(":");
  if (colon > 0 && key.slice(0, colon) === kind) return `${segment(kind)}/${segment(key.slice(colon + 1))}`;
  return `key/${segment(key)}`;
}

export function entityIri(key: string, kind: string): string {
  return `${ID_BASE}entity/${entityPath(key, kind)}`;
}

export function articleIri(doc: string): string {
  return `${ID_BASE}article/${segment(doc)}`;
}

export function claimIri(id: string): string {
  return `${ID_BASE}claim/${segment(id)}`;
}

/**
 * A statement (one edge): readable from its ends and predicate when its key
 * is the usual `subject|predicate|object`, otherwise from the key itself.
 */
export function statementIri(edgeKey: string, subject: { key: string; kind: string }, predicate: string, object: { key: string; kind: string }): string {
  if (edgeKey === `${subject.key}|${predicate}|${object.key}`) {
    return `${ID_BASE}statement/${entityPath(subject.key, subject.kind)}/${segment(predicate)}/${entityPath(object.key, object.kind)}`;
  }
  return `${ID_BASE}statement/key/${segment(edgeKey)}`;
}

/** A percent-encoded path segment; never empty, never "." or "..". */
function segment(value: string): string {
  const encoded = encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  if (encoded === "") return "_";
  return encoded === "." || encoded === ".." ? encoded.replace(/\./g, "%2E") : encoded;
}
