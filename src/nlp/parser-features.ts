/**
 * Parser features
 * ===============
 *
 * The feature templates of Zhang & Nivre (2011, "Transition-based dependency
 * parsing with rich non-local features") for arc-eager, and a few more: the
 * stack's second item, UPOS beside XPOS, the words next to s0 and n0 in the
 * sentence, and whether the root already has its dependent. Each template is
 * a combination of up to three "atoms" of the state: per-token hashes
 * (lower-cased form, XPOS, UPOS, form+XPOS, computed once per sentence),
 * labels, distance and valency values. Nothing is allocated per parser state:
 * features are written into the caller's Uint32Array, by one loop over the
 * template table (see `combine`).
 *
 * A second, smaller set describes one arc (head, dependent, direction) for
 * the label classifier: both words, their tags, the labels already attached
 * to each (an auxiliary "aux:pass" under the head makes "nsubj:pass" likely,
 * a "case" child "by" makes "obl:agent"), and their neighbours.
 */
import { hashString } from "./hash.js";
import type { ParseState } from "./transition-system.js";

const ROOT_WORD = hashString("<root>");
const ROOT_TAG = hashString("<ROOT>");
const NONE_WORD = hashString("<none>");
const NONE_TAG = hashString("<NONE>");
const NO_LABEL = hashString("<no-label>");

/** What the parser knows about words from its training data. */
export interface ParserLexicon {
  /**
   * Hashes of the normalised forms seen often enough to be features on their
   * own; the others share one feature per shape. Empty: every word is known.
   */
  known: ReadonlySet<number>;
}

export const EMPTY_LEXICON: ParserLexicon = { known: new Set() };

/** Lower case, every digit 0: "1,250" and "3,700" are the same word to the parser. */
export function normalizeWord(form: string): string {
  return form.toLowerCase().replace(/[0-9]/g, "0");
}

/** The stand-in for a rare word: its capitalisation, digits, hyphen and last two letters. */
export function unknownWord(form: string, normalized: string): string {
  const c = form.charCodeAt(0);
  const cap = c >= 65 && c <= 90 ? "X" : "x";
  const digit = /[0-9]/.test(form) ? "d" : "";
  const hyphen = form.includes("-") ? "-" : "";
  return `<unk>${cap}${digit}${hyphen}${normalized.slice(-2)}`;
}

function ix(x: number, none: number): number {
  return x < 0 ? none : x;
}

function lab(x: number, labels: Int32Array, labelHash: Uint32Array, noLabel: number): number {
  return x < 0 || labels[x]! < 0 ? noLabel : labelHash[labels[x]!]!;
}

function mix2(a: number, b: number): number {
  let h = Math.imul(a ^ 0x7770, 0xcc9e2d51);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0x1b873593);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Forms (and tags) hashed before: most words of a text are. Bounded; cleared when full. */
const CACHE_LIMIT = 1 << 16;

/** Per-token hashes of one sentence; index 0 is the root, n + 1 stands for "no word". */
export class SentenceHashes {
  n = 0;
  word: Uint32Array;
  xpos: Uint32Array;
  upos: Uint32Array;
  /** Word and XPOS together. */
  wp: Uint32Array;
  private readonly lexicon: ParserLexicon;
  private readonly words = new Map<string, number>();
  private readonly tags = new Map<string, number>();

  constructor(lexicon: ParserLexicon = EMPTY_LEXICON, capacity = 64) {
    this.lexicon = lexicon;
    this.word = new Uint32Array(capacity + 2);
    this.xpos = new Uint32Array(capacity + 2);
    this.upos = new Uint32Array(capacity + 2);
    this.wp = new Uint32Array(capacity + 2);
  }

  /** Hashes a sentence (words[i] is word i + 1). */
  set(words: readonly string[], upos: readonly string[], xpos: readonly string[]): void {
    const n = words.length;
    if (n + 2 > this.word.length) {
      const c = Math.max(n + 2, this.word.length * 2);
      this.word = new Uint32Array(c);
      this.xpos = new Uint32Array(c);
      this.upos = new Uint32Array(c);
      this.wp = new Uint32Array(c);
    }
    this.n = n;
    this.put(0, ROOT_WORD, ROOT_TAG, ROOT_TAG);
    for (let i = 0; i < n; i++) this.put(i + 1, this.wordHash(words[i]!), this.tagHash(xpos[i] ?? "_"), this.tagHash(upos[i] ?? "_"));
    this.put(n + 1, NONE_WORD, NONE_TAG, NONE_TAG);
  }

  /** The word's feature value: its normalised form if known, else its shape. */
  private wordHash(form: string): number {
    let w = this.words.get(form);
    if (w === undefined) {
      const known = this.lexicon.known;
      const normalized = normalizeWord(form);
      const h = hashString(normalized);
      w = known.size > 0 && !known.has(h) ? hashString(unknownWord(form, normalized)) : h;
      if (this.words.size >= CACHE_LIMIT) this.words.clear();
      this.words.set(form, w);
    }
    return w;
  }

  private tagHash(tag: string): number {
    let h = this.tags.get(tag);
    if (h === undefined) {
      h = hashString(tag);
      if (this.tags.size >= 1024) this.tags.clear();
      this.tags.set(tag, h);
    }
    return h;
  }

  private put(i: number, w: number, x: number, u: number): void {
    this.word[i] = w;
    this.xpos[i] = x;
    this.upos[i] = u;
    this.wp[i] = mix2(w, x);
  }
}

/** Hashes of the label ids, with one more entry at the end for "no label". */
export function labelHashes(labels: readonly string[]): Uint32Array {
  const h = new Uint32Array(labels.length + 1);
  for (let i = 0; i < labels.length; i++) h[i] = hashString(`label:${labels[i]}`);
  h[labels.length] = NO_LABEL;
  return h;
}

function distanceBucket(d: number): number {
  if (d <= 5) return d;
  if (d <= 7) return 6;
  if (d <= 10) return 7;
  if (d <= 15) return 8;
  return 9;
}

function labelSet(lo: number, hi: number): number {
  return (lo ^ Math.imul(hi, 0x9e3779b1)) >>> 0;
}

/*
 * Templates as data. A state (or an arc) is first described by "atoms": the
 * word, tag, label, distance … values the templates combine, written into a
 * small array; a template is then three atom indices (ZERO where it uses
 * fewer), and every feature id is the same few multiplications over its
 * template's seed and atoms, in one tight loop with no calls.
 */
const enum A {
  ZERO, S0W, S0P, S0WP, S0U, N0W, N0P, N0WP, N0U, N1W, N1P, N1WP, N1U, N2W, N2P, N2WP, N2U, N3P,
  S1W, S1P, S1L, S0HW, S0HP, S0L, S0LW, S0LP, S0LL, S0RW, S0RP, S0RL, N0LW, N0LP, N0LL,
  S0L2W, S0L2P, S0L2L, N0L2W, N0L2P, N0L2L, S0R2P, S0R2W, S0R2L, S0H2W, S0H2P, S0HL,
  D, S0VR, S0VL, N0VL, S0SR, S0SL, N0SL, FLAGS, S0NEXTP, N0PREVP, N0PREVW, COUNT,
}

// [a, b, c] atom indices of each move template; the comments follow Zhang & Nivre (2011).
const MOVE_TEMPLATES: readonly (readonly [A, A, A])[] = [
  // Single words.
  [A.S0WP, A.ZERO, A.ZERO], [A.S0P, A.ZERO, A.ZERO], [A.N0WP, A.ZERO, A.ZERO], [A.N0P, A.ZERO, A.ZERO],
  [A.N1WP, A.ZERO, A.ZERO], [A.N1P, A.ZERO, A.ZERO], [A.N2WP, A.ZERO, A.ZERO], [A.N2W, A.ZERO, A.ZERO], [A.N2P, A.ZERO, A.ZERO],
  // Word pairs.
  [A.S0WP, A.N0WP, A.ZERO], [A.S0WP, A.N0W, A.ZERO], [A.S0W, A.N0WP, A.ZERO], [A.S0WP, A.N0P, A.ZERO], [A.S0P, A.N0WP, A.ZERO],
  [A.S0W, A.N0W, A.ZERO], [A.S0P, A.N0P, A.ZERO], [A.N0P, A.N1P, A.ZERO],
  // Three words.
  [A.N0P, A.N1P, A.N2P], [A.S0P, A.N0P, A.N1P], [A.S0HP, A.S0P, A.N0P], [A.S0P, A.S0LP, A.N0P], [A.S0P, A.N0P, A.N0LP],
  // Distance.
  [A.S0W, A.D, A.ZERO], [A.S0P, A.D, A.ZERO], [A.N0P, A.D, A.ZERO], [A.S0W, A.N0W, A.D], [A.S0P, A.N0P, A.D],
  // Valency.
  [A.S0W, A.S0VR, A.ZERO], [A.S0P, A.S0VR, A.ZERO], [A.S0P, A.S0VL, A.ZERO], [A.N0W, A.N0VL, A.ZERO], [A.N0P, A.N0VL, A.ZERO],
  // Heads and children, with their labels.
  [A.S0HW, A.ZERO, A.ZERO], [A.S0HP, A.ZERO, A.ZERO], [A.S0L, A.ZERO, A.ZERO], [A.S0LW, A.ZERO, A.ZERO], [A.S0LP, A.ZERO, A.ZERO],
  [A.S0LL, A.ZERO, A.ZERO], [A.S0RW, A.ZERO, A.ZERO], [A.S0RP, A.ZERO, A.ZERO], [A.N0LW, A.ZERO, A.ZERO], [A.N0LP, A.ZERO, A.ZERO],
  [A.N0LL, A.ZERO, A.ZERO],
  // Third order: second children.
  [A.S0L2W, A.ZERO, A.ZERO], [A.S0L2P, A.ZERO, A.ZERO], [A.S0L2L, A.ZERO, A.ZERO], [A.N0L2W, A.ZERO, A.ZERO], [A.N0L2P, A.ZERO, A.ZERO],
  [A.N0L2L, A.ZERO, A.ZERO], [A.S0P, A.S0LP, A.S0L2P], [A.S0P, A.S0RP, A.S0R2P], [A.N0P, A.N0LP, A.N0L2P],
  // Label sets.
  [A.S0W, A.S0SR, A.ZERO], [A.S0P, A.S0SR, A.ZERO], [A.S0P, A.S0SL, A.ZERO], [A.N0W, A.N0SL, A.ZERO], [A.N0P, A.N0SL, A.ZERO],
  // The stack's second item.
  [A.S1W, A.ZERO, A.ZERO], [A.S1P, A.ZERO, A.ZERO], [A.S1P, A.S0P, A.N0P], [A.S1P, A.S1L, A.N0P],
  // Coarse tags.
  [A.S0U, A.N0U, A.ZERO], [A.S0U, A.N0U, A.N1U], [A.N0U, A.N1U, A.N2U], [A.N3P, A.ZERO, A.ZERO],
  // Words between and beside s0 and n0.
  [A.S0P, A.S0NEXTP, A.N0P], [A.S0P, A.N0PREVP, A.N0P], [A.S0P, A.S0NEXTP, A.N0PREVP], [A.N0PREVW, A.N0P, A.ZERO],
  // Buffer word pairs.
  [A.N0W, A.N1W, A.ZERO], [A.N0W, A.N1P, A.ZERO], [A.N0P, A.N1W, A.ZERO], [A.N0WP, A.N1WP, A.ZERO], [A.S0WP, A.N0P, A.N1P],
  [A.S0P, A.N0WP, A.N1P], [A.N1WP, A.N2WP, A.ZERO],
  // The state's flags (root taken, buffer exhausted, s0 is the root), s0's label and label sets.
  [A.FLAGS, A.N0P, A.ZERO], [A.FLAGS, A.S0P, A.N0P], [A.S0L, A.S0P, A.N0P], [A.S0P, A.S0SL, A.N0P], [A.S0P, A.N0SL, A.N0P],
  // The rest of Zhang & Nivre's set: words alone, s0's right child's label, its second right child, grand-head.
  [A.S0W, A.ZERO, A.ZERO], [A.N0W, A.ZERO, A.ZERO], [A.N1W, A.ZERO, A.ZERO], [A.S0P, A.S0RP, A.N0P], [A.N0W, A.D, A.ZERO],
  [A.S0W, A.S0VL, A.ZERO], [A.S0RL, A.ZERO, A.ZERO], [A.S0H2W, A.ZERO, A.ZERO], [A.S0H2P, A.ZERO, A.ZERO], [A.S0HL, A.ZERO, A.ZERO],
  [A.S0R2W, A.ZERO, A.ZERO], [A.S0R2P, A.ZERO, A.ZERO], [A.S0R2L, A.ZERO, A.ZERO], [A.S0P, A.S0HP, A.S0H2P], [A.S0W, A.S0SL, A.ZERO],
];

const enum B {
  ZERO, HW, HP, HU, HWP, DW, DP, DU, DWP, DIST, DSL, DSR, HSL, HSR, HL, HHP, DLW, DLL, DL2W, DRW, DRL, HLL, HRL,
  DPREVP, DNEXTP, HPREVP, HNEXTP, DPREVW, COUNT,
}

// Every label template is split by direction: the same pair means different things either way.
const LABEL_TEMPLATES: readonly (readonly [B, B, B])[] = [
  [B.HW, B.ZERO, B.ZERO], [B.HP, B.ZERO, B.ZERO], [B.HWP, B.ZERO, B.ZERO], [B.DW, B.ZERO, B.ZERO], [B.DP, B.ZERO, B.ZERO],
  [B.DWP, B.ZERO, B.ZERO], [B.HP, B.DP, B.ZERO], [B.HW, B.DP, B.ZERO], [B.HP, B.DW, B.ZERO], [B.HW, B.DW, B.ZERO],
  [B.HU, B.DU, B.ZERO], [B.HP, B.DP, B.DIST], [B.HWP, B.DWP, B.DIST], [B.DP, B.DSL, B.ZERO], [B.DP, B.DSR, B.ZERO],
  [B.HP, B.DP, B.HSL], [B.HP, B.DP, B.HSR], [B.HL, B.DP, B.ZERO], [B.HL, B.HP, B.DP], [B.HHP, B.DP, B.ZERO],
  [B.DLW, B.DLL, B.DP], [B.DLW, B.DP, B.HP], [B.DL2W, B.DP, B.ZERO], [B.DRW, B.DRL, B.DP], [B.HLL, B.HP, B.DP],
  [B.HRL, B.HP, B.DP], [B.DPREVP, B.DP, B.HP], [B.DNEXTP, B.DP, B.HP], [B.HPREVP, B.HP, B.DP], [B.HNEXTP, B.HP, B.DP],
  [B.DPREVW, B.DP, B.ZERO], [B.DW, B.HP, B.HSL], [B.DU, B.HU, B.DSL], [B.HW, B.DP, B.DIST], [B.DWP, B.HU, B.ZERO],
  [B.DLW, B.HWP, B.ZERO],
];

function compile(templates: readonly (readonly number[])[], salt: string): { a: Uint8Array; b: Uint8Array; c: Uint8Array; seeds: Uint32Array } {
  const n = templates.length;
  const t = { a: new Uint8Array(n), b: new Uint8Array(n), c: new Uint8Array(n), seeds: new Uint32Array(n) };
  templates.forEach((x, i) => {
    t.a[i] = x[0]!;
    t.b[i] = x[1]!;
    t.c[i] = x[2]!;
    t.seeds[i] = hashString(`${salt}:${i}`);
  });
  return t;
}

const MOVE = compile(MOVE_TEMPLATES, "move");
const LABEL_LEFT = compile(LABEL_TEMPLATES, "label-left");
const LABEL_RIGHT = compile(LABEL_TEMPLATES, "label-right");
const moveAtoms = new Uint32Array(A.COUNT);
const labelAtoms = new Uint32Array(B.COUNT);

/** Upper bound of the features one state (or one arc) produces. */
export const PARSER_FEATURES_MAX = Math.max(MOVE_TEMPLATES.length, LABEL_TEMPLATES.length);

// The feature ids of templates over atoms (a murmur-like mix of seed and three atoms).
function combine(t: { a: Uint8Array; b: Uint8Array; c: Uint8Array; seeds: Uint32Array }, atoms: Uint32Array, out: Uint32Array): number {
  const { a, b, c, seeds } = t;
  const n = seeds.length;
  for (let i = 0; i < n; i++) {
    let h = Math.imul(seeds[i]! ^ atoms[a[i]!]!, 0xcc9e2d51);
    h = Math.imul(h ^ (h >>> 15) ^ atoms[b[i]!]!, 0x1b873593);
    h = Math.imul(h ^ (h >>> 13) ^ atoms[c[i]!]!, 0x85ebca6b);
    h ^= h >>> 16;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    out[i] = h === 0 ? 1 : h;
  }
  return n;
}

/** Writes the features of `state` into `out`; returns their number. */
export function parserFeatures(state: ParseState, sent: SentenceHashes, labelHash: Uint32Array, out: Uint32Array): number {
  const none = sent.n + 1;
  const noLabel = labelHash[labelHash.length - 1]!;
  const { heads, labels, left1, left2, right1, right2 } = state;
  const W = sent.word;
  const P = sent.xpos;
  const U = sent.upos;
  const WP = sent.wp;
  const x = moveAtoms;

  const s0 = state.s0();
  const n0r = state.n0();
  const N0 = ix(n0r, none);
  const s1r = state.s1();
  const S1 = ix(s1r, none);
  const N1 = ix(state.nAt(1), none);
  const N2 = ix(state.nAt(2), none);
  const N3 = ix(state.nAt(3), none);
  const s0hr = heads[s0]!;
  const S0h = ix(s0hr, none);
  const S0h2 = s0hr > 0 ? ix(heads[s0hr]!, none) : none;
  const s0l = left1[s0]!;
  const s0l2 = left2[s0]!;
  const s0r = right1[s0]!;
  const s0r2 = right2[s0]!;
  const n0l = n0r >= 0 ? left1[n0r]! : -1;
  const n0l2 = n0r >= 0 ? left2[n0r]! : -1;
  const S0l = ix(s0l, none);
  const S0l2 = ix(s0l2, none);
  const S0r = ix(s0r, none);
  const S0r2 = ix(s0r2, none);
  const N0l = ix(n0l, none);
  const N0l2 = ix(n0l2, none);
  // The words next to s0 and n0 in the sentence (between them, when they are close).
  const S0next = s0 + 1 <= sent.n ? s0 + 1 : none;
  const N0prev = n0r > 1 ? n0r - 1 : none;

  x[A.S0W] = W[s0]!;
  x[A.S0P] = P[s0]!;
  x[A.S0WP] = WP[s0]!;
  x[A.S0U] = U[s0]!;
  x[A.N0W] = W[N0]!;
  x[A.N0P] = P[N0]!;
  x[A.N0WP] = WP[N0]!;
  x[A.N0U] = U[N0]!;
  x[A.N1W] = W[N1]!;
  x[A.N1P] = P[N1]!;
  x[A.N1WP] = WP[N1]!;
  x[A.N1U] = U[N1]!;
  x[A.N2W] = W[N2]!;
  x[A.N2P] = P[N2]!;
  x[A.N2WP] = WP[N2]!;
  x[A.N2U] = U[N2]!;
  x[A.N3P] = P[N3]!;
  x[A.S1W] = W[S1]!;
  x[A.S1P] = P[S1]!;
  x[A.S1L] = lab(s1r, labels, labelHash, noLabel);
  x[A.S0HW] = W[S0h]!;
  x[A.S0HP] = P[S0h]!;
  x[A.S0L] = lab(s0, labels, labelHash, noLabel);
  x[A.S0LW] = W[S0l]!;
  x[A.S0LP] = P[S0l]!;
  x[A.S0LL] = lab(s0l, labels, labelHash, noLabel);
  x[A.S0RW] = W[S0r]!;
  x[A.S0RP] = P[S0r]!;
  x[A.S0RL] = lab(s0r, labels, labelHash, noLabel);
  x[A.N0LW] = W[N0l]!;
  x[A.N0LP] = P[N0l]!;
  x[A.N0LL] = lab(n0l, labels, labelHash, noLabel);
  x[A.S0L2W] = W[S0l2]!;
  x[A.S0L2P] = P[S0l2]!;
  x[A.S0L2L] = lab(s0l2, labels, labelHash, noLabel);
  x[A.N0L2W] = W[N0l2]!;
  x[A.N0L2P] = P[N0l2]!;
  x[A.N0L2L] = lab(n0l2, labels, labelHash, noLabel);
  x[A.S0R2W] = W[S0r2]!;
  x[A.S0R2P] = P[S0r2]!;
  x[A.S0R2L] = lab(s0r2, labels, labelHash, noLabel);
  x[A.S0H2W] = W[S0h2]!;
  x[A.S0H2P] = P[S0h2]!;
  x[A.S0HL] = lab(s0hr, labels, labelHash, noLabel);
  x[A.D] = 0x1000 + (n0r >= 0 ? distanceBucket(n0r - s0) : 0);
  x[A.S0VR] = 0x2000 + Math.min(state.rightCount[s0]!, 6);
  x[A.S0VL] = 0x3000 + Math.min(state.leftCount[s0]!, 6);
  x[A.N0VL] = 0x4000 + (n0r >= 0 ? Math.min(state.leftCount[n0r]!, 6) : 0);
  x[A.S0SR] = labelSet(state.rightSetLo[s0]!, state.rightSetHi[s0]!);
  x[A.S0SL] = labelSet(state.leftSetLo[s0]!, state.leftSetHi[s0]!);
  x[A.N0SL] = n0r >= 0 ? labelSet(state.leftSetLo[n0r]!, state.leftSetHi[n0r]!) : 0;
  x[A.FLAGS] = 0x5000 + ((state.rootChild >= 0 ? 1 : 0) | (state.exhausted ? 2 : 0) | (s0 === 0 ? 4 : 0));
  x[A.S0NEXTP] = P[S0next]!;
  x[A.N0PREVP] = P[N0prev]!;
  x[A.N0PREVW] = W[N0prev]!;
  return combine(MOVE, x, out);
}

/** Writes the features of the arc head → dep (words 1..n, head may be 0) into `out`. */
export function labelFeatures(state: ParseState, sent: SentenceHashes, labelHash: Uint32Array, head: number, dep: number, out: Uint32Array): number {
  const none = sent.n + 1;
  const noLabel = labelHash[labelHash.length - 1]!;
  const { heads, labels, left1, left2, right1 } = state;
  const W = sent.word;
  const P = sent.xpos;
  const U = sent.upos;
  const WP = sent.wp;
  const x = labelAtoms;
  const dl = left1[dep]!;
  const dr = right1[dep]!;
  const DL = ix(dl, none);
  const DR = ix(dr, none);
  const dPrev = dep > 1 ? dep - 1 : none;
  x[B.HW] = W[head]!;
  x[B.HP] = P[head]!;
  x[B.HU] = U[head]!;
  x[B.HWP] = WP[head]!;
  x[B.DW] = W[dep]!;
  x[B.DP] = P[dep]!;
  x[B.DU] = U[dep]!;
  x[B.DWP] = WP[dep]!;
  x[B.DIST] = 0x1000 + distanceBucket(Math.abs(head - dep));
  x[B.DSL] = labelSet(state.leftSetLo[dep]!, state.leftSetHi[dep]!);
  x[B.DSR] = labelSet(state.rightSetLo[dep]!, state.rightSetHi[dep]!);
  x[B.HSL] = labelSet(state.leftSetLo[head]!, state.leftSetHi[head]!);
  x[B.HSR] = labelSet(state.rightSetLo[head]!, state.rightSetHi[head]!);
  x[B.HL] = lab(head, labels, labelHash, noLabel);
  x[B.HHP] = P[ix(heads[head]!, none)]!;
  x[B.DLW] = W[DL]!;
  x[B.DLL] = lab(dl, labels, labelHash, noLabel);
  x[B.DL2W] = W[ix(left2[dep]!, none)]!;
  x[B.DRW] = W[DR]!;
  x[B.DRL] = lab(dr, labels, labelHash, noLabel);
  x[B.HLL] = lab(left1[head]!, labels, labelHash, noLabel);
  x[B.HRL] = lab(right1[head]!, labels, labelHash, noLabel);
  x[B.DPREVP] = P[dPrev]!;
  x[B.DNEXTP] = P[dep < sent.n ? dep + 1 : none]!;
  x[B.HPREVP] = P[head > 1 ? head - 1 : none]!;
  x[B.HNEXTP] = P[head < sent.n ? head + 1 : none]!;
  x[B.DPREVW] = W[dPrev]!;
  return combine(dep < head ? LABEL_LEFT : LABEL_RIGHT, x, out);
}
