/**
 * NER labels: BILOU
 * =================
 *
 * The tagger predicts one of 17 labels a token: O, or B/I/L/U (begin,
 * inside, last, unit) of PER, LOC, ORG or MISC. BILOU beats IOB for greedy
 * linear taggers (Ratinov & Roth 2009): the label says where the entity
 * ends, so the model learns what ends a name as well as what starts one.
 *
 * Labels are small integers: 0 is O, then 1 + 4·type + part. This module
 * converts IOB1 (CoNLL-2003) and IOB2 (Universal NER) tag sequences to
 * BILOU, says which label may follow which (so that decoding only ever
 * produces well-formed sequences), and reads spans back.
 */

export const ENTITY_TYPES = ["PER", "LOC", "ORG", "MISC"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const PARTS = ["B", "I", "L", "U"] as const;
const PART_B = 0;
const PART_I = 1;
const PART_L = 2;
const PART_U = 3;

export const LABEL_COUNT = 1 + 4 * ENTITY_TYPES.length;
export const LABEL_O = 0;

/** Label names by id: "O", "B-PER", "I-PER", "L-PER", "U-PER", "B-LOC", … */
export const LABELS: readonly string[] = ["O", ...ENTITY_TYPES.flatMap((t) => PARTS.map((p) => `${p}-${t}`))];

const LABEL_IDS = new Map(LABELS.map((l, i) => [l, i]));

export function labelId(name: string): number {
  const id = LABEL_IDS.get(name);
  if (id === undefined) throw new Error(`unknown BILOU label ${name}`);
  return id;
}

export function makeLabel(type: number, part: number): number {
  return 1 + 4 * type + part;
}

/** Entity type index of a label (0 PER … 3 MISC), or -1 for O. */
export function labelType(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 2;
}

/** Part of a label: 0 B, 1 I, 2 L, 3 U; -1 for O. */
export function labelPart(label: number): number {
  return label === 0 ? -1 : (label - 1) & 3;
}

/** Whether a label leaves an entity open (B or I), so that the next one must continue it. */
export function isOpen(label: number): boolean {
  const p = labelPart(label);
  return p === PART_B || p === PART_I;
}

/** Whether `next` may follow `prev` (-1 or O before the sentence). */
export function canFollow(prev: number, next: number): boolean {
  const np = labelPart(next);
  if (prev > 0 && isOpen(prev)) return (np === PART_I || np === PART_L) && labelType(next) === labelType(prev);
  return next === 0 || np === PART_B || np === PART_U;
}

/**
 * The labels allowed after each label, as lists: `ALLOWED[prev][last]` where
 * `last` is 1 at the sentence's final token (no entity may stay open there).
 * `prev` is shifted by one so that index 0 stands for "before the sentence".
 */
export const ALLOWED: readonly (readonly [Uint8Array, Uint8Array])[] = buildAllowed();

function buildAllowed(): [Uint8Array, Uint8Array][] {
  const table: [Uint8Array, Uint8Array][] = [];
  for (let prev = -1; prev < LABEL_COUNT; prev++) {
    const inner: number[] = [];
    const last: number[] = [];
    for (let next = 0; next < LABEL_COUNT; next++) {
      if (!canFollow(prev, next)) continue;
      inner.push(next);
      if (!isOpen(next)) last.push(next);
    }
    table.push([Uint8Array.from(inner), Uint8Array.from(last)]);
  }
  return table;
}

/** Whether a label sequence is well-formed BILOU (every entity closed, parts in order, one type). */
export function isWellFormed(labels: readonly number[]): boolean {
  let prev = -1;
  for (const l of labels) {
    if (!canFollow(prev, l)) return false;
    prev = l;
  }
  return prev < 0 || !isOpen(prev);
}

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
  type: string;
}

/** BILOU label ids of `n` tokens with these (non-overlapping) entity spans. */
function spansToBilou(n: number, spans: readonly { start: number; end: number; type: number }[]): number[] {
  const out = new Array<number>(n).fill(0);
  for (const s of spans) {
    if (s.end - s.start === 1) out[s.start] = makeLabel(s.type, PART_U);
    else {
      out[s.start] = makeLabel(s.type, PART_B);
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = makeLabel(s.type, PART_I);
      out[s.end - 1] = makeLabel(s.type, PART_L);
    }
  }
  return out;
}

/** Maps a data set's type name to ours: OTH (Universal NER) is MISC; unknown types are none. */
export function entityTypeIndex(name: string): number {
  if (name === "OTH") return 3;
  return (ENTITY_TYPES as readonly string[]).indexOf(name);
}

function splitTag(tag: string): [string, number] {
  if (tag === "O" || tag === "" || tag === "_") return ["O", -1];
  const dash = tag.indexOf("-");
  if (dash < 0) return ["O", -1];
  // "B-O" (a slip in Universal NER) reads as O.
  return [tag.slice(0, dash), entityTypeIndex(tag.slice(dash + 1))];
}

/**
 * BILOU from IOB tags. IOB1 (CoNLL-2003): I-X continues an entity of type X
 * when the token before has type X, and B-X only separates two adjacent
 * entities of one type. IOB2: B-X always starts one. Either way an I-X after
 * a token of another type starts an entity, so both read the same here.
 */
export function iobToBilou(tags: readonly string[]): number[] {
  const spans: { start: number; end: number; type: number }[] = [];
  let open: { start: number; end: number; type: number } | undefined;
  for (let i = 0; i < tags.length; i++) {
    const [prefix, type] = splitTag(tags[i]!);
    if (type < 0) {
      open = undefined;
      continue;
    }
    if (prefix === "B" || !open || open.type !== type) {
      open = { start: i, end: i + 1, type };
      spans.push(open);
    } else open.end = i + 1;
  }
  return spansToBilou(tags.length, spans);
}

/** Spans of a BILOU label-id sequence (token indices, end exclusive); ill-formed pieces are read leniently. */
export function spansOfIds(labels: ArrayLike<number>, n = labels.length): Span[] {
  const spans: Span[] = [];
  let start = -1;
  let type = -1;
  for (let i = 0; i < n; i++) {
    const l = labels[i]!;
    const t = labelType(l);
    const p = labelPart(l);
    if (start >= 0 && (t !== type || p === PART_B || p === PART_U || t < 0)) {
      // An entity left open: close it before this token.
      spans.push({ start, end: i, type: ENTITY_TYPES[type]! });
      start = -1;
    }
    if (t < 0) continue;
    if (start < 0) {
      start = i;
      type = t;
    }
    if (p === PART_L || p === PART_U) {
      spans.push({ start, end: i + 1, type: ENTITY_TYPES[type]! });
      start = -1;
    }
  }
  if (start >= 0) spans.push({ start, end: n, type: ENTITY_TYPES[type]! });
  return spans;
}

/** Spans of BILOU label names ("B-PER", "L-PER", "O", …), token indices with `end` exclusive. */
export function nerSpans(labels: readonly string[]): Span[] {
  return spansOfIds(labels.map((l) => LABEL_IDS.get(l) ?? 0));
}
