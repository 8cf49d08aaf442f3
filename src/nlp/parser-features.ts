/**
 * Parser features
 * ===============
 *
 * The feature templates of Zhang & Nivre (2011, "Transition-based dependency
 * parsing with rich non-local features") for arc-eager, and a few more: the
 * stack's second item, UPOS beside XPOS, the words next to s0 and n0 in the
 * sentence, and whether the root already has its dependent. Each template is
 * a numbered combination of per-token hashes (lower-cased form, XPOS, UPOS,
 * form+XPOS), computed once per sentence, with label, distance and valency
 * values; see hash.ts. Nothing is allocated per parser state: features are
 * written into the caller's Uint32Array.
 *
 * A second, smaller set describes one arc (head, dependent, direction) for
 * the label classifier: both words, their tags, the labels already attached
 * to each (an auxiliary "aux:pass" under the head makes "nsubj:pass" likely,
 * a "case" child "by" makes "obl:agent"), and their neighbours.
 */
import { feature1, feature2, feature3, hashString } from "./hash.js";
import type { ParseState } from "./transition-system.js";

/** Upper bound of the features one state (or one arc) produces. */
export const PARSER_FEATURES_MAX = 128;

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

/** Per-token hashes of one sentence; index 0 is the root, n + 1 stands for "no word". */
export class SentenceHashes {
  n = 0;
  word: Uint32Array;
  xpos: Uint32Array;
  upos: Uint32Array;
  /** Word and XPOS together. */
  wp: Uint32Array;
  private readonly lexicon: ParserLexicon;

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
    const known = this.lexicon.known;
    const folding = known.size > 0;
    this.put(0, ROOT_WORD, ROOT_TAG, ROOT_TAG);
    for (let i = 0; i < n; i++) {
      const form = words[i]!;
      const normalized = normalizeWord(form);
      const h = hashString(normalized);
      const w = folding && !known.has(h) ? hashString(unknownWord(form, normalized)) : h;
      this.put(i + 1, w, hashString(xpos[i] ?? "_"), hashString(upos[i] ?? "_"));
    }
    this.put(n + 1, NONE_WORD, NONE_TAG, NONE_TAG);
  }

  private put(i: number, w: number, x: number, u: number): void {
    this.word[i] = w;
    this.xpos[i] = x;
    this.upos[i] = u;
    this.wp[i] = feature2(0x7770, w, x);
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

/** Writes the features of `state` into `out`; returns their number. */
export function parserFeatures(state: ParseState, sent: SentenceHashes, labelHash: Uint32Array, out: Uint32Array): number {
  const none = sent.n + 1;
  const noLabel = labelHash[labelHash.length - 1]!;
  const { heads, labels, left1, left2, right1, right2 } = state;
  const W = sent.word;
  const P = sent.xpos;
  const U = sent.upos;
  const WP = sent.wp;
  const ix = (x: number): number => (x < 0 ? none : x);
  const lab = (x: number): number => (x < 0 || labels[x]! < 0 ? noLabel : labelHash[labels[x]!]!);

  const s0 = state.s0();
  const n0r = state.n0();
  const n0 = ix(n0r);
  const S0 = s0;
  const s1r = state.s1();
  const S1 = ix(s1r);
  const N1 = ix(state.nAt(1));
  const N2 = ix(state.nAt(2));
  const N3 = ix(state.nAt(3));
  const s0hr = heads[s0]!;
  const S0h = ix(s0hr);
  const S0h2 = s0hr > 0 ? ix(heads[s0hr]!) : none;
  const s0l = left1[s0]!;
  const s0l2 = left2[s0]!;
  const s0r = right1[s0]!;
  const s0r2 = right2[s0]!;
  const n0l = n0r >= 0 ? left1[n0r]! : -1;
  const n0l2 = n0r >= 0 ? left2[n0r]! : -1;
  const S0l = ix(s0l);
  const S0l2 = ix(s0l2);
  const S0r = ix(s0r);
  const S0r2 = ix(s0r2);
  const N0l = ix(n0l);
  const N0l2 = ix(n0l2);
  const N0 = n0;
  // The words next to s0 and n0 in the sentence (between them, when they are close).
  const S0next = s0 + 1 <= sent.n ? s0 + 1 : none;
  const N0prev = n0r > 1 ? n0r - 1 : none;

  const d = n0r >= 0 ? distanceBucket(n0r - s0) : 0;
  const s0vr = Math.min(state.rightCount[s0]!, 6);
  const s0vl = Math.min(state.leftCount[s0]!, 6);
  const n0vl = n0r >= 0 ? Math.min(state.leftCount[n0r]!, 6) : 0;
  const s0sr = labelSet(state.rightSetLo[s0]!, state.rightSetHi[s0]!);
  const s0sl = labelSet(state.leftSetLo[s0]!, state.leftSetHi[s0]!);
  const n0sl = n0r >= 0 ? labelSet(state.leftSetLo[n0r]!, state.leftSetHi[n0r]!) : 0;
  const flags = (state.rootChild >= 0 ? 1 : 0) | (state.exhausted ? 2 : 0) | (s0 === 0 ? 4 : 0);

  const s0w = W[S0]!, s0p = P[S0]!, s0wp = WP[S0]!, s0u = U[S0]!;
  const n0w = W[N0]!, n0p = P[N0]!, n0wp = WP[N0]!, n0u = U[N0]!;
  const n1w = W[N1]!, n1p = P[N1]!, n1wp = WP[N1]!, n1u = U[N1]!;
  const n2w = W[N2]!, n2p = P[N2]!, n2wp = WP[N2]!;
  const s1w = W[S1]!, s1p = P[S1]!;
  const s0hp = P[S0h]!;
  const s0lp = P[S0l]!, s0rp = P[S0r]!, n0lp = P[N0l]!;

  let k = 0;
  const f = out;
  // Single words.
  f[k++] = feature1(1, s0wp);
  f[k++] = feature1(3, s0p);
  f[k++] = feature1(4, n0wp);
  f[k++] = feature1(6, n0p);
  f[k++] = feature1(7, n1wp);
  f[k++] = feature1(9, n1p);
  f[k++] = feature1(10, n2wp);
  f[k++] = feature1(11, n2w);
  f[k++] = feature1(12, n2p);
  // Word pairs.
  f[k++] = feature2(13, s0wp, n0wp);
  f[k++] = feature2(14, s0wp, n0w);
  f[k++] = feature2(15, s0w, n0wp);
  f[k++] = feature2(16, s0wp, n0p);
  f[k++] = feature2(17, s0p, n0wp);
  f[k++] = feature2(18, s0w, n0w);
  f[k++] = feature2(19, s0p, n0p);
  f[k++] = feature2(20, n0p, n1p);
  // Three words.
  f[k++] = feature3(21, n0p, n1p, n2p);
  f[k++] = feature3(22, s0p, n0p, n1p);
  f[k++] = feature3(23, s0hp, s0p, n0p);
  f[k++] = feature3(24, s0p, s0lp, n0p);
  f[k++] = feature3(26, s0p, n0p, n0lp);
  // Distance.
  f[k++] = feature2(27, s0w, d);
  f[k++] = feature2(28, s0p, d);
  f[k++] = feature2(30, n0p, d);
  f[k++] = feature3(31, s0w, n0w, d);
  f[k++] = feature3(32, s0p, n0p, d);
  // Valency.
  f[k++] = feature2(33, s0w, s0vr);
  f[k++] = feature2(34, s0p, s0vr);
  f[k++] = feature2(36, s0p, s0vl);
  f[k++] = feature2(37, n0w, n0vl);
  f[k++] = feature2(38, n0p, n0vl);
  // Heads and children, with their labels.
  f[k++] = feature1(39, W[S0h]!);
  f[k++] = feature1(40, s0hp);
  f[k++] = feature1(41, lab(s0));
  f[k++] = feature1(42, W[S0l]!);
  f[k++] = feature1(43, s0lp);
  f[k++] = feature1(44, lab(s0l));
  f[k++] = feature1(45, W[S0r]!);
  f[k++] = feature1(46, s0rp);
  f[k++] = feature1(48, W[N0l]!);
  f[k++] = feature1(49, n0lp);
  f[k++] = feature1(50, lab(n0l));
  // Third order: grand-head, second children.
  f[k++] = feature1(54, W[S0l2]!);
  f[k++] = feature1(55, P[S0l2]!);
  f[k++] = feature1(56, lab(s0l2));
  f[k++] = feature1(60, W[N0l2]!);
  f[k++] = feature1(61, P[N0l2]!);
  f[k++] = feature1(62, lab(n0l2));
  f[k++] = feature3(63, s0p, s0lp, P[S0l2]!);
  f[k++] = feature3(64, s0p, s0rp, P[S0r2]!);
  f[k++] = feature3(66, n0p, n0lp, P[N0l2]!);
  // Label sets.
  f[k++] = feature2(67, s0w, s0sr);
  f[k++] = feature2(68, s0p, s0sr);
  f[k++] = feature2(70, s0p, s0sl);
  f[k++] = feature2(71, n0w, n0sl);
  f[k++] = feature2(72, n0p, n0sl);
  // Beyond Zhang & Nivre: the stack's second item.
  f[k++] = feature1(73, s1w);
  f[k++] = feature1(74, s1p);
  f[k++] = feature3(75, s1p, s0p, n0p);
  f[k++] = feature3(76, s1p, lab(s1r), n0p);
  // Coarse tags.
  f[k++] = feature2(77, s0u, n0u);
  f[k++] = feature3(78, s0u, n0u, n1u);
  f[k++] = feature3(79, n0u, n1u, U[N2]!);
  f[k++] = feature1(80, P[N3]!);
  // Words between and beside s0 and n0.
  f[k++] = feature3(81, s0p, P[S0next]!, n0p);
  f[k++] = feature3(82, s0p, P[N0prev]!, n0p);
  f[k++] = feature3(83, s0p, P[S0next]!, P[N0prev]!);
  f[k++] = feature2(84, W[N0prev]!, n0p);
  // Buffer word pairs.
  f[k++] = feature2(85, n0w, n1w);
  f[k++] = feature2(86, n0w, n1p);
  f[k++] = feature2(87, n0p, n1w);
  f[k++] = feature2(88, n0wp, n1wp);
  f[k++] = feature3(89, s0wp, n0p, n1p);
  f[k++] = feature3(90, s0p, n0wp, n1p);
  f[k++] = feature2(91, n1wp, n2wp);
  // The state's flags (root taken, buffer exhausted, s0 is the root).
  f[k++] = feature2(92, flags, n0p);
  f[k++] = feature3(93, flags, s0p, n0p);
  f[k++] = feature3(94, lab(s0), s0p, n0p);
  f[k++] = feature3(95, s0p, s0sl, n0p);
  f[k++] = feature3(97, s0p, n0sl, n0p);
  return k;
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
  const ix = (x: number): number => (x < 0 ? none : x);
  const lab = (x: number): number => (x < 0 || labels[x]! < 0 ? noLabel : labelHash[labels[x]!]!);

  const dir = dep < head ? 1 : 2;
  const dist = distanceBucket(Math.abs(head - dep));
  const hw = W[head]!, hp = P[head]!, hu = U[head]!, hwp = WP[head]!;
  const dw = W[dep]!, dp = P[dep]!, du = U[dep]!, dwp = WP[dep]!;
  const hh = heads[head]!;
  const dl = left1[dep]!;
  const dl2 = left2[dep]!;
  const dr = right1[dep]!;
  const hl = left1[head]!;
  const hr = right1[head]!;
  const hsl = labelSet(state.leftSetLo[head]!, state.leftSetHi[head]!);
  const hsr = labelSet(state.rightSetLo[head]!, state.rightSetHi[head]!);
  const dsl = labelSet(state.leftSetLo[dep]!, state.leftSetHi[dep]!);
  const dsr = labelSet(state.rightSetLo[dep]!, state.rightSetHi[dep]!);
  const dPrev = dep > 1 ? dep - 1 : none;
  const dNext = dep < sent.n ? dep + 1 : none;
  const hPrev = head > 1 ? head - 1 : none;
  const hNext = head < sent.n ? head + 1 : none;

  let k = 0;
  const f = out;
  // Every template is split by direction: the same pair means different things either way.
  const t = dir * 1000;
  f[k++] = feature1(t + 1, hw);
  f[k++] = feature1(t + 2, hp);
  f[k++] = feature1(t + 3, hwp);
  f[k++] = feature1(t + 4, dw);
  f[k++] = feature1(t + 5, dp);
  f[k++] = feature1(t + 6, dwp);
  f[k++] = feature2(t + 7, hp, dp);
  f[k++] = feature2(t + 8, hw, dp);
  f[k++] = feature2(t + 9, hp, dw);
  f[k++] = feature2(t + 10, hw, dw);
  f[k++] = feature2(t + 11, hu, du);
  f[k++] = feature3(t + 12, hp, dp, dist);
  f[k++] = feature3(t + 13, hwp, dwp, dist);
  f[k++] = feature2(t + 14, dp, dsl);
  f[k++] = feature2(t + 15, dp, dsr);
  f[k++] = feature3(t + 16, hp, dp, hsl);
  f[k++] = feature3(t + 17, hp, dp, hsr);
  f[k++] = feature2(t + 18, lab(head), dp);
  f[k++] = feature3(t + 19, lab(head), hp, dp);
  f[k++] = feature2(t + 20, P[ix(hh)]!, dp);
  f[k++] = feature3(t + 21, W[ix(dl)]!, lab(dl), dp);
  f[k++] = feature3(t + 22, W[ix(dl)]!, dp, hp);
  f[k++] = feature2(t + 23, W[ix(dl2)]!, dp);
  f[k++] = feature3(t + 24, W[ix(dr)]!, lab(dr), dp);
  f[k++] = feature3(t + 25, lab(hl), hp, dp);
  f[k++] = feature3(t + 26, lab(hr), hp, dp);
  f[k++] = feature3(t + 27, P[dPrev]!, dp, hp);
  f[k++] = feature3(t + 28, P[dNext]!, dp, hp);
  f[k++] = feature3(t + 29, P[hPrev]!, hp, dp);
  f[k++] = feature3(t + 30, P[hNext]!, hp, dp);
  f[k++] = feature2(t + 31, W[dPrev]!, dp);
  f[k++] = feature3(t + 32, dw, hp, hsl);
  f[k++] = feature3(t + 33, du, hu, dsl);
  f[k++] = feature3(t + 34, hw, dp, dist);
  f[k++] = feature2(t + 35, dwp, hu);
  f[k++] = feature2(t + 36, W[ix(dl)]!, hwp);
  return k;
}
