/**
 * news-kg schema: the predicate vocabulary
 * ========================================
 *
 * A closed vocabulary: every edge of the graph carries one of these predicates,
 * extracted or curated. Each entry documents its direction (subject → object)
 * and the kinds it expects, so that curated data can be checked by `tsc` and
 * extracted triples can be checked at run time.
 */
import type { EntityKind } from "./kinds.js";

export interface PredicateSpec {
  /** Human-readable form, used as the edge `label`. */
  readonly label: string;
  /** What the triple `subject predicate object` means. */
  readonly description: string;
  /** Kinds allowed as subject and object. */
  readonly subject: readonly EntityKind[];
  readonly object: readonly EntityKind[];
}

const ACTORS = ["person", "force", "organization", "place"] as const satisfies readonly EntityKind[];
const ANY = ["person", "place", "force", "organization", "event"] as const satisfies readonly EntityKind[];

export const PREDICATES = {
  visited: {
    label: "visited",
    description: "The subject travelled to the object place.",
    subject: ["person", "force", "organization"],
    object: ["place"],
  },
  met_with: {
    label: "met with",
    description: "The subject met or held talks with the object.",
    subject: ["person", "organization", "place"],
    object: ["person", "organization", "place"],
  },
  located_in: {
    label: "located in",
    description: "The subject (a place, base, organization or event) lies inside the object place.",
    subject: ["place", "organization", "force", "event"],
    object: ["place"],
  },
  near: {
    label: "near",
    description: "The subject place lies near the object place.",
    subject: ["place"],
    object: ["place"],
  },
  has_base_at: {
    label: "has a base at",
    description: "The subject (a country, force or organization) keeps a base at the object place.",
    subject: ["place", "force", "organization"],
    object: ["place"],
  },
  leader_of: {
    label: "leader of",
    description: "The subject person heads the object (a country, organization or force).",
    subject: ["person"],
    object: ["place", "organization", "force"],
  },
  commands: {
    label: "commands",
    description: "The subject person is a military commander of the object force.",
    subject: ["person"],
    object: ["force"],
  },
  member_of: {
    label: "member of",
    description: "The subject person belongs to or holds office in the object organization, force or government.",
    subject: ["person"],
    object: ["organization", "force", "place"],
  },
  spokesperson_for: {
    label: "spokesperson for",
    description: "The subject person speaks for the object.",
    subject: ["person"],
    object: ["organization", "force", "place"],
  },
  belongs_to: {
    label: "belongs to",
    description: "The subject force or organization is the armed force or agency of the object (a country or organization).",
    subject: ["force", "organization"],
    object: ["place", "organization"],
  },
  affiliated_with: {
    label: "affiliated with",
    description: "The subject group is a branch, franchise or affiliate of the object group.",
    subject: ["force", "organization"],
    object: ["force", "organization"],
  },
  supports: {
    label: "supports",
    description: "The subject backs, supports or is an ally of the object.",
    subject: ACTORS,
    object: ACTORS,
  },
  opposes: {
    label: "opposes",
    description: "The subject fights, attacks or opposes the object.",
    subject: ACTORS,
    object: ACTORS,
  },
  ordered: {
    label: "ordered",
    description: "The subject ordered the object event.",
    subject: ["person", "organization", "place"],
    object: ["event"],
  },
  announced: {
    label: "announced",
    description: "The subject announced the object event.",
    subject: ["person", "organization", "force", "place"],
    object: ["event"],
  },
  participant_in: {
    label: "participant in",
    description: "The subject took part in the object event.",
    subject: ["person", "force", "organization", "place"],
    object: ["event"],
  },
  occurred_at: {
    label: "occurred at",
    description: "The subject event took place at the object place.",
    subject: ["event"],
    object: ["place"],
  },
  part_of: {
    label: "part of",
    description: "The subject event is part of the object event (a visit within a campaign).",
    subject: ["event"],
    object: ["event"],
  },
  // Read off the parse (extract/syntax-relations.ts, verb frames in lexicon/verbs.ts). Families after CAMEO's verb classes.
  works_for: {
    label: "works for",
    description: "The subject person is employed by or works for the object organization or force.",
    subject: ["person"],
    object: ["organization", "force"],
  },
  represents: {
    label: "represents",
    description: "The subject speaks or acts for the object: an MP for a constituency, a lawyer for a client, an envoy for a country.",
    subject: ["person", "organization"],
    object: ["person", "organization", "place", "force"],
  },
  criticized: {
    label: "criticized",
    description: "The subject criticised, attacked in words or rebuked the object.",
    subject: ACTORS,
    object: ACTORS,
  },
  accused: {
    label: "accused",
    description: "The subject accused or blamed the object.",
    subject: ACTORS,
    object: ACTORS,
  },
  condemned: {
    label: "condemned",
    description: "The subject condemned or denounced the object.",
    subject: ACTORS,
    object: ACTORS,
  },
  threatened: {
    label: "threatened",
    description: "The subject threatened or warned the object.",
    subject: ACTORS,
    object: ACTORS,
  },
  praised: {
    label: "praised",
    description: "The subject praised, hailed or thanked the object.",
    subject: ACTORS,
    object: ACTORS,
  },
  attacked: {
    label: "attacked",
    description: "The subject attacked the object with force: bombed, shelled, raided, invaded.",
    subject: ["person", "force", "organization", "place"],
    object: ACTORS,
  },
  arrested: {
    label: "arrested",
    description: "The subject (police, a force, a state) arrested or detained the object person.",
    subject: ["force", "organization", "place", "person"],
    object: ["person"],
  },
  sued: {
    label: "sued",
    description: "The subject took legal action against the object.",
    subject: ACTORS,
    object: ACTORS,
  },
  ruled_on: {
    label: "ruled on",
    description: "The subject court or body ruled on or against the object.",
    subject: ["organization", "person"],
    object: ACTORS,
  },
  appointed: {
    label: "appointed",
    description: "The subject appointed, named or nominated the object person.",
    subject: ["person", "organization", "place"],
    object: ["person"],
  },
  dismissed: {
    label: "dismissed",
    description: "The subject sacked, dismissed or ousted the object.",
    subject: ["person", "organization", "place"],
    object: ["person", "organization"],
  },
  elected_to: {
    label: "elected to",
    description: "The subject person was elected to the object body or office-holding organization.",
    subject: ["person"],
    object: ["organization", "place"],
  },
  resigned_from: {
    label: "resigned from",
    description: "The subject person resigned from or quit the object.",
    subject: ["person"],
    object: ["organization", "force"],
  },
  succeeded: {
    label: "succeeded",
    description: "The subject took the place of the object (in an office).",
    subject: ["person", "organization"],
    object: ["person", "organization"],
  },
  negotiated_with: {
    label: "negotiated with",
    description: "The subject negotiated or held talks with the object.",
    subject: ACTORS,
    object: ACTORS,
  },
  agreed_with: {
    label: "agreed with",
    description: "The subject reached or signed an agreement with the object.",
    subject: ACTORS,
    object: ACTORS,
  },
  spoke_to: {
    label: "spoke to",
    description: "The subject spoke, wrote to or told the object (a person, a body, a medium).",
    subject: ["person", "organization"],
    object: ["person", "organization", "force"],
  },
  funded: {
    label: "funded",
    description: "The subject funded or financed the object.",
    subject: ACTORS,
    object: ["person", "organization", "force"],
  },
  owns: {
    label: "owns",
    description: "The subject owns or bought the object organization.",
    subject: ["person", "organization", "place"],
    object: ["organization"],
  },
  born_in: {
    label: "born in",
    description: "The subject person was born in the object place.",
    subject: ["person"],
    object: ["place"],
  },
  citizen_of: {
    label: "citizen of",
    description: "The subject person is a national of the object country (\"X, a German racer\", \"the American actor X\").",
    subject: ["person"],
    object: ["place"],
  },
  comes_from: {
    label: "comes from",
    description: "The subject person comes from or lives in the object place (\"X, 23, from Y\").",
    subject: ["person"],
    object: ["place"],
  },
  related_to: {
    label: "related to",
    description: "A verb the vocabulary does not map relates the subject to the object (the verb is the edge's `verb`): lower confidence, hidden by default in the viewer.",
    subject: ACTORS,
    object: ACTORS,
  },
  mentioned_with: {
    label: "mentioned with",
    description: "Curated only: a documented link that no other predicate describes. Never produced by the extractor.",
    subject: ANY,
    object: ANY,
  },
} as const satisfies Record<string, PredicateSpec>;

export type Predicate = keyof typeof PREDICATES;

export const PREDICATE_NAMES = Object.keys(PREDICATES) as Predicate[];

export function isPredicate(value: unknown): value is Predicate {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(PREDICATES, value);
}

export function predicateLabel(predicate: Predicate): string {
  return PREDICATES[predicate].label;
}

/** Whether the triple's kinds fit the predicate's declared subject and object kinds. */
export function predicateAccepts(predicate: Predicate, subject: EntityKind, object: EntityKind): boolean {
  const spec: PredicateSpec = PREDICATES[predicate];
  return spec.subject.includes(subject) && spec.object.includes(object);
}
