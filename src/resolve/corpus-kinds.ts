/**
 * One kind per name across the corpus
 * ===================================
 *
 * The NER types a name from its sentence and its article; across a corpus
 * the same name is now and then typed otherwise where its sentence says
 * little ("Chelsea" once a person among 150 mentions of the club, "Bank of
 * England" once a person before a title). Before resolution, each name's
 * mentions vote for its kind, weighed by how sure each was (`confidence`);
 * where one kind has at least KIND_MAJORITY times the weight of all the
 * others together, over at least two articles and MIN_WEIGHT, the other
 * mentions of the name take that kind — "one sense per discourse" (Gale,
 * Church & Yarowsky 1992) carried from the article to the corpus, the way
 * the NER's second pass carries it from the sentence to the article.
 *
 * A name is its mention's within-article referent (`ref`, so "Washington"
 * standing for Denzel Washington votes as "Denzel Washington"), else its
 * canonical name, else its name, lower-cased. Names read from a lexicon
 * (confidence 0.95) keep their kind; forces, events, pronouns and implied
 * mentions neither vote nor change. Ambiguous names whose kinds are both
 * common (a city and its club) stay as the article typed them. A triple
 * whose predicate no longer accepts its arguments' kinds is dropped.
 *
 * Some changes are never made, because the NER's strays are not symmetric
 * (`mayChange`): an organization never becomes a place (a club or a firm
 * may bear a city's name; the article's sports or business context decided
 * it), and a place the lexicon knows (some mention of the name was read
 * from it) stays a place or an organization as its article said; a person
 * becomes a place only if the lexicon knows the place; an organization becomes a person only when its name is a full name
 * opening with a given name ("Clint Eastwood", not "Toshiba", whose person
 * readings are the NER's own error repeated).
 *
 * Linear in mentions; the counts do not depend on article order.
 */
import { isGivenName } from "../lexicon/index.js";
import { predicateAccepts, type DocumentExtraction, type EntityKind, type Mention } from "../schema/index.js";

/** The winning kind's weight must be this many times the others' together. */
export const KIND_MAJORITY = 4;
/** …and at least this much (about four NER mentions). */
const MIN_WEIGHT = 3;
/** Mentions at least this sure of their kind keep it. */
const FIRM = 0.95;

const VOTING: ReadonlySet<EntityKind> = new Set(["person", "place", "organization"]);

function votes(m: Mention): boolean {
  return VOTING.has(m.kind) && !m.implicit && !m.anaphor;
}

function nameOf(m: Mention): string {
  return (m.ref ?? m.canonical ?? m.name).toLowerCase();
}

export interface KindChange {
  name: string;
  from: EntityKind;
  to: EntityKind;
  mentions: number;
}

/** A name's votes: weight and number of articles for each voting kind. */
interface Tally {
  w: number[];
  docs: number[];
  /** The last article counted for each kind (articles come one at a time). */
  last: number[];
  /** A lexicon read the name as a place somewhere (a mention as sure as FIRM). */
  knownPlace: boolean;
}

const KIND_INDEX: Readonly<Record<string, number>> = { person: 0, place: 1, organization: 2 };
const KIND_AT = ["person", "place", "organization"] as const;

export interface CorpusKind {
  kind: EntityKind;
  /** Some mention of the name is a place read from the lexicon. */
  knownPlace: boolean;
}

/** The corpus's kind for each name that has a clear one. */
export function corpusKinds(extractions: readonly DocumentExtraction[]): Map<string, CorpusKind> {
  const tallies = new Map<string, Tally>();
  extractions.forEach((x, d) => {
    for (const m of x.mentions) {
      if (!votes(m)) continue;
      const name = nameOf(m);
      const k = KIND_INDEX[m.kind]!;
      let t = tallies.get(name);
      if (!t) {
        t = { w: [0, 0, 0], docs: [0, 0, 0], last: [-1, -1, -1], knownPlace: false };
        tallies.set(name, t);
      }
      t.w[k]! += m.confidence;
      if (k === 1 && m.confidence >= FIRM) t.knownPlace = true;
      if (t.last[k] !== d) {
        t.last[k] = d;
        t.docs[k]!++;
      }
    }
  });
  const out = new Map<string, CorpusKind>();
  for (const [name, { w, docs, knownPlace }] of tallies) {
    let top = 0;
    for (let k = 1; k < 3; k++) if (w[k]! > w[top]!) top = k;
    const others = w[0]! + w[1]! + w[2]! - w[top]!;
    if (others === 0) continue;
    if (w[top]! >= MIN_WEIGHT && w[top]! >= KIND_MAJORITY * others && docs[top]! >= 2) out.set(name, { kind: KIND_AT[top]!, knownPlace });
  }
  return out;
}

/**
 * The extractions with each name's stray kinds changed to the corpus's kind
 * (new objects where something changed; the others are returned as they are).
 */
export function harmonizeKinds(extractions: readonly DocumentExtraction[]): { extractions: DocumentExtraction[]; changes: KindChange[] } {
  const decided = corpusKinds(extractions);
  const changes = new Map<string, KindChange>();
  const out = extractions.map((x) => {
    let mentions: Mention[] | undefined;
    x.mentions.forEach((m, i) => {
      if (!votes(m) || m.confidence >= FIRM) return;
      const name = nameOf(m);
      const decision = decided.get(name);
      if (!decision || decision.kind === m.kind || !mayChange(name, m.kind, decision.kind, decision.knownPlace)) return;
      const kind = decision.kind;
      mentions ??= x.mentions.slice();
      mentions[i] = { ...m, kind };
      const key = `${name}|${m.kind}|${kind}`;
      const c = changes.get(key);
      if (c) c.mentions++;
      else changes.set(key, { name, from: m.kind, to: kind, mentions: 1 });
    });
    if (!mentions) return x;
    const ms = mentions;
    const kindOf = (r: { mention: number } | { event: number }) => ("mention" in r ? ms[r.mention]!.kind : "event");
    const triples = x.triples.filter((t) => predicateAccepts(t.predicate, kindOf(t.subject), kindOf(t.object)));
    return { ...x, mentions: ms, triples };
  });
  return { extractions: out, changes: [...changes.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) };
}

/** Whether a mention of `name` typed `from` may take the corpus's kind `to` (see the header); `knownPlace`: the lexicon reads the name as a place. */
export function mayChange(name: string, from: EntityKind, to: EntityKind, knownPlace: boolean): boolean {
  if (from === "organization" && to === "place") return false;
  if (knownPlace) return to === "place";
  if (from === "person" && to === "place") return false;
  if (from === "organization" && to === "person") {
    const words = name.split(/\s+/);
    return words.length >= 2 && isGivenName(words[0]!);
  }
  return true;
}
