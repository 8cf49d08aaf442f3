/**
 * news-kg schema: the data that flows between stages
 * ===================================================
 *
 * Articles come in, Mentions are found in them, Mentions resolve to Entities,
 * and Triples link Entities with Evidence pointing back into the articles.
 * Every offset is a JavaScript string index into `Article.text` (end exclusive).
 */
import type { EntityKind } from "./kinds.js";
import type { Predicate } from "./predicates.js";

/** One news article, as read from the corpus. `text` is never altered after reading. */
export interface Article {
  id: string;
  text: string;
  title?: string;
  outlet?: string;
  /** ISO 8601 date (YYYY-MM-DD) of publication, the reference for relative dates. */
  published?: string;
  /** Where it came from (a file path, or path:line for JSONL). */
  source?: string;
}

/** A sentence of an article with its character span. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** A photo caption line: its description is read like any text (its events only join ones the article reports, it reports no claim); its credit names no one. */
  caption?: boolean;
}

/** Where a fact was read: article, sentence, character span and the sentence itself. */
export interface Evidence {
  doc: string;
  sentence: number;
  start: number;
  end: number;
  quote: string;
  /** The sentence states the relation as past ("former leader", "ex-chairman"): it held once. */
  past?: true;
}

/** A surface form of an entity in one article. */
export interface Mention {
  doc: string;
  sentence: number;
  start: number;
  end: number;
  /** The surface text exactly as in the article (`text.slice(start, end)`). */
  text: string;
  /** The name after titles and honorifics are stripped ("Mr Putin" → "Putin"). */
  name: string;
  /** The text with its titles and honorifics ("Mr Putin"), when they were stripped. */
  surface?: string;
  kind: EntityKind;
  /** How sure the extractor is of the kind (0..1). */
  confidence: number;
  /** Title or role seen with the mention ("President", "Defence Minister"). */
  role?: string;
  /** Country (canonical name) that a demonym or gazetteer ties the mention to. */
  country?: string;
  /** Canonical name when a lexicon knows the mention ("ISIS" → "Islamic State"). */
  canonical?: string;
  /** Within-document entity key, filled by the extractor's coreference pass. */
  ref?: string;
  /** Not a name in the text but implied by one ("Syrian" in "Syrian President" → Syria). */
  implicit?: boolean;
  /** A pronoun or definite title standing for a person named elsewhere ("he", "the president"): not a name. */
  anaphor?: boolean;
}

export type Precision = "year" | "month" | "day";

/** An event mention: a trigger word with its participants and date. */
export interface EventMention {
  doc: string;
  sentence: number;
  start: number;
  end: number;
  /** The event class ("withdrawal", "visit", "air_campaign", …). */
  type: string;
  trigger: string;
  /** ISO date, partial allowed ("2015-09"), or undefined when the text gives none. */
  date?: string;
  precision?: Precision;
  /** How the date was found: an expression in the sentence, or the article's date. */
  dateSource?: "text" | "published" | "document";
  /** Mention indices (into the document's mentions) of the agent, other participants and place. */
  agent?: number;
  /** How the agent relates to the event. */
  agentRole?: "ordered" | "announced" | "participant_in";
  /** The person who reports the event in the sentence ("…, Putin said today"): its announcer. */
  speaker?: number;
  participants: number[];
  place?: number;
  evidence: Evidence;
}

/** A triple between two mentions (or a mention and an event mention) of one document. */
export interface MentionTriple {
  subject: MentionRef;
  predicate: Predicate;
  /** For `related_to`: the verb that relates them (its lemma, with a particle or preposition: "sign", "pull out of"). */
  verb?: string;
  object: MentionRef;
  confidence: number;
  evidence: Evidence;
}

export type MentionRef = { mention: number } | { event: number };

/** A figure or statement attributed to a source. */
export interface Claim {
  id: string;
  doc: string;
  /** What the figure is about ("civilians killed by Russian air strikes"). */
  subject: string;
  value: number;
  unit: string;
  /** Who says it ("Syrian Observatory for Human Rights"), if the text says. */
  attributedTo?: string;
  /** After resolution: the entity id of the source, when it is a node of the graph. */
  source?: string;
  /** After resolution: entity ids named in the claim's sentence. */
  about?: string[];
  evidence: Evidence;
  /** Ids of claims about the same subject that disagree. */
  conflicts: string[];
}

/** A problem with one input or one curated entry; collected, never thrown past the stage. */
export interface Diagnostic {
  level: "warning" | "error";
  /** A file, `file:line`, or article id. */
  where: string;
  message: string;
}

/** What the extractor yields for one article. */
export interface DocumentExtraction {
  doc: string;
  sentences: Sentence[];
  mentions: Mention[];
  events: EventMention[];
  triples: MentionTriple[];
  claims: Claim[];
  diagnostics: Diagnostic[];
  /**
   * Names this article introduces as works, awards, laws or products ("the
   * film X"), left out of its mentions: the corpus leaves them out of the
   * articles that name them bare (resolve/corpus-works.ts).
   */
  works?: string[];
}

export type Origin = "curated" | "extracted" | "both";

/** A resolved entity: one node of the graph. */
export interface Entity {
  id: string;
  kind: EntityKind;
  label: string;
  aliases: string[];
  /** Article ids in which it is mentioned. */
  sources: string[];
  mentions: number;
  origin: Origin;
  /** Events only. */
  date?: string;
  /** Events only: the event class. */
  eventType?: string;
  /** People: roles seen ("President", "Defence Minister"). */
  roles?: string[];
  /** Curated notes. */
  note?: string;
  /** Names that corpus-wide resolution joined into this entity, and why (see MergeRecord). */
  mergedFrom?: MergeRecord[];
}

/**
 * One merge of resolution: a name read as a separate entity in some articles
 * ("Vellmar", "Hmeymim") that joined this one, and by which rule: a spelling
 * variant (`spelling`), a name cut short by one letter (`truncation`), a lone
 * surname with one full name to join (`surname`) or one full name dominant in
 * the corpus (`surname-dominant`), a full name with a middle name or initial
 * dropped or shortened ("George Bush" → "George W. Bush": `middle-initial`), a lone surname
 * between namesakes that its article's context gives to one of them
 * (`surname-context`), a peer's title ("Lord X", "Baron X of Y":
 * `peerage`, `peerage-dominant`), an honorific ("Sir A X" → "A X", "Mr X" →
 * the bare surname's node: `honorific`), an acronym its article defines
 * (`acronym-defined`) or spells out beside it (`acronym-initials`), one the
 * corpus expands one way (`acronym`) or one the lexicon knows
 * (`acronym-lexicon`). Shown by `kg show` and the viewer, so a wrong merge can
 * be found (and undone with a curated `distinct` pair).
 */
export interface MergeRecord {
  form: string;
  docs: string[];
  rule: MergeRule;
}

export type MergeRule =
  | "spelling"
  | "truncation"
  | "surname"
  | "surname-dominant"
  | "middle-initial"
  | "surname-context"
  | "peerage"
  | "peerage-dominant"
  | "honorific"
  | "acronym-defined"
  | "acronym-initials"
  | "acronym"
  | "acronym-lexicon";

/** A resolved triple: one edge of the graph. */
export interface Triple {
  id: string;
  subject: string;
  predicate: Predicate;
  /** For `related_to`: the verb (part of the triple's identity, so two verbs between one pair are two triples). */
  verb?: string;
  /** Every supporting sentence states it as past (one present-tense sentence makes it present). */
  past?: boolean;
  object: string;
  evidence: Evidence[];
  confidence: number;
  origin: Origin;
  /** `corpus/curated.ts:LINE` for each curated statement of this triple. */
  provenance: string[];
  /** Sentences that support it; `evidence` keeps the first MAX_EVIDENCE of them. */
  support?: number;
}

/** Evidence kept per edge: enough to read, bounded so that one repetitive article cannot swell the graph. */
export const MAX_EVIDENCE = 50;

/** Entities and triples of a whole corpus, after resolution (and curation). */
export interface ResolvedCorpus {
  entities: Entity[];
  triples: Triple[];
  /** Figures with their sources; claims about the same measure that disagree list each other in `conflicts`. */
  claims: Claim[];
  /** Keys that merged names would have had → the entity they joined. */
  redirects?: Record<string, string>;
}
