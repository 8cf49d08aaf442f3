/**
 * news-kg query: the shapes of answers
 * ====================================
 *
 * Every answer of the query API is plain data (strings, numbers, arrays,
 * objects): `JSON.stringify` prints it, a test compares it, the CLI's
 * `--json` is exactly this. Entities are referred to by `EntityRef`, the
 * three things a reader needs to recognise one: key, label and kind.
 */
import type { MultiDirectedGraph } from "graphology";
import type {
  EdgeAttributes,
  EntityKind,
  Evidence,
  GraphAttributes,
  NodeAttributes,
  Origin,
  Predicate,
} from "../schema/index.js";

/** A built graph: loaded with `loadGraph` or returned by `runPipeline`. */
export type QueryGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface EntityRef {
  /** The node key, `kind:slug`. */
  id: string;
  label: string;
  kind: EntityKind;
}

/** One node with its attributes, minus layout (position, size, colour) and claim ids. */
export interface EntityView extends EntityRef, Omit<NodeAttributes, "label" | "kind" | "x" | "y" | "size" | "color" | "claims"> {}

/** One edge as the subject–predicate–object it states. */
export interface EdgeView {
  /** The edge key, `subject|predicate|object`. */
  id: string;
  subject: EntityRef;
  predicate: Predicate;
  /** Human-readable predicate ("located in"). */
  label: string;
  object: EntityRef;
  confidence: number;
  weight: number;
  origin: Origin;
  /** `corpus/curated.ts:LINE` for each curated statement of the fact. */
  provenance: string[];
  /** How many sentences support it. */
  evidenceCount: number;
}

/** An edge seen from one of its ends. */
export interface RelationView extends EdgeView {
  /** "out": the entity is the subject; "in": it is the object. */
  direction: "out" | "in";
  /** The end that is not the entity asked about. */
  other: EntityRef;
  /** The first supporting sentence, if any. */
  quote?: string;
  /** The date of the event at either end, if one is dated. */
  date?: string;
  /** Publication dates of the articles that support it, sorted, distinct. */
  reported: string[];
}

/** One supporting sentence, with the article it comes from. */
export interface EvidenceView extends Evidence {
  title?: string;
  outlet?: string;
  published?: string;
}

export interface EdgeEvidence {
  edge: EdgeView;
  evidence: EvidenceView[];
  provenance: string[];
}

/** A figure or statement attributed to a source, and the claims that disagree with it. */
export interface ClaimView {
  id: string;
  subject: string;
  value: number;
  unit: string;
  attributedTo?: string;
  /** The key of the entity that gives the figure, when it is a node. */
  source?: string;
  /** Keys of the entities the claim's sentence names. */
  about: string[];
  doc: string;
  quote: string;
  /** Ids of claims about the same measure that disagree. */
  conflicts: string[];
}

/** `kg show`: an entity, its relations and its claims. */
export interface EntityDetails {
  entity: EntityView;
  relations: RelationView[];
  claims: ClaimView[];
  /** Other entities the name matched (namesakes, a bare surname), most prominent first. */
  alternatives?: Array<EntityRef & { mentions: number; degree: number }>;
}
