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

/** A name's votes: weight and number of articles for each voting kind (person, place, organization). */
class Tally {
  w0 = 0;
  w1 = 0;
  w2 = 0;
  d0 = 0;
  d1 = 0;
  d2 = 0;
  /** The last article counted for each kind (articles come one at a time). */
  l0 = -1;
  l1 = -1;
  l2 = -1;
  /** A lexicon read the name as a place somewhere (a mention as sure as FIRM). */
  knownPlace = false;
  /** The corpus's kind, once decided (undefined: none clear). */
  decided: EntityKind | undefined = undefined;
  constructor(readonly name: string) {}

  add(kind: EntityKind, confidence: number, d: number): void {
    if (kind === "person") {
      this.w0 += confidence;
      if (this.l0 !== d) (this.l0 = d), this.d0++;
    } else if (kind === "place") {
      this.w1 += confidence;
      if (this.l1 !== d) (this.l1 = d), this.d1++;
      if (confidence >= FIRM) this.knownPlace = true;
    } else {
      this.w2 += confidence;
      if (this.l2 !== d) (this.l2 = d), this.d2++;
    }
  }

  decide(): void {
    const { w0, w1, w2 } = this;
    const top = w0 >= w1 && w0 >= w2 ? 0 : w1 >= w2 ? 1 : 2;
    const wt = top === 0 ? w0 : top === 1 ? w1 : w2;
    const others = w0 + w1 + w2 - wt;
    const docs = top === 0 ? this.d0 : top === 1 ? this.d1 : this.d2;
    if (others > 0 && wt >= MIN_WEIGHT && wt >= KIND_MAJORITY * others && docs >= 2) this.decided = top === 0 ? "person" : top === 1 ? "place" : "organization";
  }
}

export interface CorpusKind {
  kind: EntityKind;
  /** Some mention of the name is a place read from the lexicon. */
  knownPlace: boolean;
}

/** Each voting mention's tally (per article, per mention; undefined for mentions that do not vote), decided. */
function tallyCorpus(extractions: readonly DocumentExtraction[]): { tallies: Map<string, Tally>; byMention: (Tally | undefined)[][] } {
  const tallies = new Map<string, Tally>();
  const byMention = extractions.map((x, d) => {
    const row = new Array<Tally | undefined>(x.mentions.length);
    for (let i = 0; i < x.mentions.length; i++) {
      const m = x.mentions[i]!;
      if (!votes(m)) continue;
      const name = nameOf(m);
      let t = tallies.get(name);
      if (!t) {
        t = new Tally(name);
        tallies.set(name, t);
      }
      t.add(m.kind, m.confidence, d);
      row[i] = t;
    }
    return row;
  });
  for (const t of tallies.values()) t.decide();
  return { tallies, byMention };
}

/** The corpus's kind for each name that has a clear one. */
export function corpusKinds(extractions: readonly DocumentExtraction[]): Map<string, CorpusKind> {
  const out = new Map<string, CorpusKind>();
  for (const [name, t] of tallyCorpus(extractions).tallies) if (t.decided) out.set(name, { kind: t.decided, knownPlace: t.knownPlace });
  return out;
}

/**
 * The extractions with each name's stray kinds changed to the corpus's kind
 * (new objects where something changed; the others are returned as they are).
 */
export function harmonizeKinds(extractions: readonly DocumentExtraction[]): { extractions: DocumentExtraction[]; changes: KindChange[] } {
  const { byMention } = tallyCorpus(extractions);
  const changes = new Map<string, KindChange>();
  const out = extractions.map((x, d) => {
    let mentions: Mention[] | undefined;
    const row = byMention[d]!;
    for (let i = 0; i < row.length; i++) {
      const t = row[i];
      if (t === undefined || t.decided === undefined) continue;
      const m = x.mentions[i]!;
      const kind = t.decided;
      if (m.confidence >= FIRM || kind === m.kind || !mayChange(t.name, m.kind, kind, t.knownPlace)) continue;
      mentions ??= x.mentions.slice();
      mentions[i] = { ...m, kind };
      const key = `${t.name}|${m.kind}|${kind}`;
      const c = changes.get(key);
      if (c) c.mentions++;
      else changes.set(key, { name: t.name, from: m.kind, to: kind, mentions: 1 });
    }
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
