/**
 * news-kg export: RDF as Turtle
 * =============================
 *
 * The graph as RDF, for any triple store and for `kg sparql`. IRIs are
 * stable across builds (rdf-iris.ts). What is written:
 *
 * - the vocabulary: each kind a class (kg:Person … kg:Event, subclasses of
 *   kg:Entity), each predicate an owl:ObjectProperty with its label and
 *   description;
 * - each article: kg:Article, dcterms:title, kg:outlet, dcterms:date;
 * - each entity: its class, rdfs:label, skos:altLabel per alias, kg:key (the
 *   node key), kg:origin, kg:mentions, kg:mentionedIn (articles), kg:role,
 *   kg:importance, kg:community, rdfs:comment (the curated note), kg:mergedFrom
 *   (the names resolution joined into it, as JSON); events also
 *   kg:eventType and dcterms:date typed by precision (xsd:gYear, xsd:gYearMonth
 *   or xsd:date) plus kg:startDate and kg:endDate (xsd:date), so SPARQL can
 *   compare dates of any precision;
 * - each edge twice: as the plain triple `subject kg:predicate object`, and as
 *   a reified rdf:Statement (rdf:subject/predicate/object) carrying kg:key,
 *   kg:confidence, kg:weight, kg:origin, kg:verb (of related_to), kg:past
 *   (xsd:boolean, when every supporting sentence states it as past),
 *   kg:provenance (curated lines),
 *   prov:wasDerivedFrom (the articles) and kg:evidence, one kg:Evidence
 *   resource per supporting sentence with prov:wasDerivedFrom (its article),
 *   kg:sentence, kg:start, kg:end and kg:quote. Classic reification rather than
 *   RDF-star/RDF 1.2 triple terms: every store and SPARQL 1.1 engine reads it;
 * - each claim (a figure and who gives it): kg:Claim with kg:measure (what is
 *   counted), rdf:value, kg:unit, kg:attributedTo (the name as written),
 *   kg:source and kg:about (entities), kg:conflictsWith (disagreeing claims),
 *   prov:wasDerivedFrom (the article) and kg:evidence (the sentence).
 *
 * Written with n3's Writer (which escapes every literal and IRI), from quads
 * sorted by subject, then predicate (rdf:type first), then object: the same
 * graph always gives the same bytes. No blank nodes, for the same reason.
 */
import { DataFactory, Writer } from "n3";
import type { NamedNode } from "n3";
import type { MultiDirectedGraph } from "graphology";
import { ENTITY_KINDS, PREDICATES, PREDICATE_NAMES } from "../schema/index.js";
import type { EdgeAttributes, Evidence, GraphAttributes, NodeAttributes } from "../schema/index.js";
import {
  DCTERMS,
  ONTOLOGY,
  OWL,
  PROV,
  RDF,
  RDFS,
  RDF_PREFIXES,
  SKOS,
  XSD,
  articleIri,
  claimIri,
  classIri,
  entityIri,
  ontologyIri,
  statementIri,
} from "./rdf-iris.js";

type KgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

const { namedNode, literal, quad } = DataFactory;

/** An object as plain data; n3 terms are made only when writing (their getters re-parse, and sorting reads them often). */
type Obj = { iri: string } | { value: string; datatype: string };

const iri = (value: string): Obj => ({ iri: value });
const kg = (name: string): string => `${ONTOLOGY}${name}`;
const TYPE = `${RDF}type`;
const LABEL = `${RDFS}label`;

export function toTurtle(graph: KgGraph): string {
  // Statements grouped by subject: sorting subjects, then each subject's few statements, is cheap.
  const bySubject = new Map<string, Array<{ p: string; o: Obj; key: string }>>();
  const add = (s: string, p: string, o: Obj | undefined) => {
    if (o === undefined) return;
    const rank = p === TYPE ? "0" : p === LABEL ? "1" : "2";
    const key = `${rank}${p}\u0000${"iri" in o ? `<${o.iri}` : `"${o.value}\u0000${o.datatype}`}`;
    const list = bySubject.get(s);
    if (list) list.push({ p, o, key });
    else bySubject.set(s, [{ p, o, key }]);
  };
  // One piece of evidence (an edge's or a claim's): the article, the sentence, the span, the quote.
  const addEvidence = (ev: string, e: Evidence) => {
    add(ev, TYPE, iri(kg("Evidence")));
    add(ev, `${PROV}wasDerivedFrom`, iri(articleIri(e.doc)));
    add(ev, kg("sentence"), integer(e.sentence));
    add(ev, kg("start"), integer(e.start));
    add(ev, kg("end"), integer(e.end));
    add(ev, kg("quote"), text(e.quote));
  };

  // The vocabulary.
  add(`${ONTOLOGY}Entity`, TYPE, iri(`${OWL}Class`));
  add(`${ONTOLOGY}Entity`, LABEL, text("Entity"));
  for (const kind of ENTITY_KINDS) {
    add(classIri(kind), TYPE, iri(`${OWL}Class`));
    add(classIri(kind), LABEL, text(kind.charAt(0).toUpperCase() + kind.slice(1)));
    add(classIri(kind), `${RDFS}subClassOf`, iri(kg("Entity")));
  }
  for (const name of ["Article", "Evidence", "Claim"]) {
    add(`${ONTOLOGY}${name}`, TYPE, iri(`${OWL}Class`));
    add(`${ONTOLOGY}${name}`, LABEL, text(name));
  }
  for (const p of PREDICATE_NAMES) {
    add(ontologyIri(p), TYPE, iri(`${OWL}ObjectProperty`));
    add(ontologyIri(p), LABEL, text(PREDICATES[p].label));
    add(ontologyIri(p), `${RDFS}comment`, text(PREDICATES[p].description));
  }

  // Articles.
  const articles = graph.getAttribute("articles");
  for (const a of Array.isArray(articles) ? articles : []) {
    const s = articleIri(a.id);
    add(s, TYPE, iri(kg("Article")));
    add(s, `${DCTERMS}identifier`, text(a.id));
    if (a.title !== undefined) add(s, `${DCTERMS}title`, text(a.title));
    if (a.outlet !== undefined) add(s, kg("outlet"), text(a.outlet));
    if (a.published !== undefined) add(s, `${DCTERMS}date`, dateLiteral(a.published));
  }

  // Entities.
  graph.forEachNode((key, a) => {
    const s = entityIri(key, a.kind);
    add(s, TYPE, iri(classIri(a.kind)));
    add(s, LABEL, text(a.label ?? key));
    add(s, kg("key"), text(key));
    for (const alias of a.aliases ?? []) if (alias !== a.label) add(s, `${SKOS}altLabel`, text(alias));
    add(s, kg("origin"), text(a.origin));
    add(s, kg("mentions"), integer(a.mentions));
    add(s, kg("importance"), double(a.importance));
    add(s, kg("community"), integer(a.community));
    for (const doc of a.sources ?? []) add(s, kg("mentionedIn"), iri(articleIri(doc)));
    for (const role of a.roles ?? []) add(s, kg("role"), text(role));
    if (a.note !== undefined) add(s, `${RDFS}comment`, text(a.note));
    if (a.mergedFrom !== undefined) add(s, kg("mergedFrom"), text(JSON.stringify(a.mergedFrom)));
    if (a.eventType !== undefined) add(s, kg("eventType"), text(a.eventType));
    if (a.date !== undefined) {
      add(s, `${DCTERMS}date`, dateLiteral(a.date));
      const days = dayRange(a.date);
      if (days) {
        add(s, kg("startDate"), { value: days[0], datatype: `${XSD}date` });
        add(s, kg("endDate"), { value: days[1], datatype: `${XSD}date` });
      }
    }
  });

  // Edges: the plain triple and its reified statement with evidence and provenance.
  graph.forEachEdge((key, a, source, target, sourceAttributes, targetAttributes) => {
    const subject = entityIri(source, sourceAttributes.kind);
    const object = entityIri(target, targetAttributes.kind);
    const predicate = ontologyIri(a.predicate);
    add(subject, predicate, iri(object));
    const st = statementIri(key, { key: source, kind: sourceAttributes.kind }, a.predicate, { key: target, kind: targetAttributes.kind });
    add(st, TYPE, iri(`${RDF}Statement`));
    add(st, `${RDF}subject`, iri(subject));
    add(st, `${RDF}predicate`, iri(predicate));
    add(st, `${RDF}object`, iri(object));
    add(st, kg("key"), text(key));
    add(st, LABEL, text(`${sourceAttributes.label ?? source} ${a.label ?? a.predicate} ${targetAttributes.label ?? target}`));
    add(st, kg("confidence"), double(a.confidence));
    add(st, kg("weight"), integer(a.weight));
    add(st, kg("origin"), text(a.origin));
    if (a.verb) add(st, kg("verb"), text(a.verb));
    if (a.past) add(st, kg("past"), { value: "true", datatype: `${XSD}boolean` });
    for (const line of a.provenance ?? []) add(st, kg("provenance"), text(line));
    (a.evidence ?? []).forEach((e, i) => {
      const ev = `${st}/evidence/${i + 1}`;
      add(st, kg("evidence"), iri(ev));
      add(st, `${PROV}wasDerivedFrom`, iri(articleIri(e.doc)));
      addEvidence(ev, e);
    });
  });

  // Claims: figures with their sources.
  const claims = graph.getAttribute("claims");
  const entity = (key: string | undefined) => (key !== undefined && graph.hasNode(key) ? iri(entityIri(key, graph.getNodeAttribute(key, "kind"))) : undefined);
  for (const c of Array.isArray(claims) ? claims : []) {
    if (typeof c?.id !== "string") continue;
    const s = claimIri(c.id);
    add(s, TYPE, iri(kg("Claim")));
    add(s, kg("key"), text(c.id));
    add(s, LABEL, text(`${c.subject}: ${c.value} ${c.unit}`));
    add(s, kg("measure"), text(c.subject));
    add(s, `${RDF}value`, Number.isInteger(c.value) ? integer(c.value) : double(c.value));
    add(s, kg("unit"), text(c.unit));
    add(s, kg("attributedTo"), text(c.attributedTo));
    add(s, kg("source"), entity(c.source));
    for (const about of c.about ?? []) add(s, kg("about"), entity(about));
    for (const other of c.conflicts ?? []) add(s, kg("conflictsWith"), iri(claimIri(other)));
    if (typeof c.doc === "string") add(s, `${PROV}wasDerivedFrom`, iri(articleIri(c.doc)));
    const e = c.evidence;
    if (e) {
      const ev = `${s}/evidence`;
      add(s, kg("evidence"), iri(ev));
      addEvidence(ev, e);
    }
  }

  const writer = new Writer({ prefixes: { ...RDF_PREFIXES } });
  const terms = new Map<string, NamedNode>();
  const named = (value: string): NamedNode => {
    let term = terms.get(value);
    if (!term) terms.set(value, (term = namedNode(value)));
    return term;
  };
  for (const subject of [...bySubject.keys()].sort(compare)) {
    const statements = bySubject.get(subject)!.sort((x, y) => compare(x.key, y.key));
    const s = named(subject);
    statements.forEach(({ p, o, key }, i) => {
      if (i > 0 && statements[i - 1]!.key === key) return;
      writer.addQuad(quad(s, named(p), "iri" in o ? named(o.iri) : literal(o.value, named(o.datatype))));
    });
  }
  let output = "";
  writer.end((error, result) => {
    if (error) throw error;
    output = result;
  });
  const name = graph.getAttribute("name");
  const generator = graph.getAttribute("generator");
  const header =
    `# ${typeof name === "string" && name !== "" ? name : "news-kg graph"}: ${graph.order} entities and ${graph.size} statements as RDF` +
    (typeof generator === "string" && generator !== "" ? ` (${generator})` : "") +
    "\n# Entities: https://news-kg.dev/id/entity/<kind>/<slug>; vocabulary: https://news-kg.dev/ontology#\n";
  return `${header}${output}`;
}

// ---------------------------------------------------------------- literals

/** A string literal; unpaired surrogates (which UTF-8 cannot carry) become U+FFFD. */
function text(value: string | undefined): Obj | undefined {
  if (typeof value !== "string") return undefined;
  return { value: value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"), datatype: `${XSD}string` };
}

function integer(value: number | undefined): Obj | undefined {
  return typeof value === "number" && Number.isFinite(value) ? { value: String(Math.round(value)), datatype: `${XSD}integer` } : undefined;
}

function double(value: number | undefined): Obj | undefined {
  return typeof value === "number" && Number.isFinite(value) ? { value: String(value), datatype: `${XSD}double` } : undefined;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A date typed by its precision: xsd:gYear, xsd:gYearMonth or xsd:date; anything else a plain string. */
function dateLiteral(value: string): Obj | undefined {
  const m = PARTIAL_DATE.exec(value);
  if (!m || !dayRange(value)) return text(value);
  const type = m[3] !== undefined ? "date" : m[2] !== undefined ? "gYearMonth" : "gYear";
  return { value, datatype: `${XSD}${type}` };
}

/** First and last day a partial date covers, or undefined when it is not a calendar date. */
function dayRange(value: string): [string, string] | undefined {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (mo === undefined) return [`${y}-01-01`, `${y}-12-31`];
  const month = Number(mo);
  if (month < 1 || month > 12) return undefined;
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (d === undefined) return [`${y}-${mo}-01`, `${y}-${mo}-${String(last).padStart(2, "0")}`];
  return Number(d) >= 1 && Number(d) <= last ? [`${y}-${mo}-${d}`, `${y}-${mo}-${d}`] : undefined;
}

// ---------------------------------------------------------------- order

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
