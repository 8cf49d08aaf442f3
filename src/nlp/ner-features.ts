/**
 * NER features
 * ============
 *
 * What the NER perceptron sees of a token, after Ratinov & Roth (2009):
 *
 * - the token: exact form, lower case (digits folded to 0), a long and a
 *   short shape (Xxxx / Xx, dd-dd), prefixes and suffixes up to four letters;
 * - a window of two words either side, their short shapes and word bigrams;
 * - where it stands: first in its sentence, in an ALL-CAPS sentence (wire
 *   headlines, where case says nothing: shapes there are kept apart from
 *   shapes in running text);
 * - the lexicon (ner-lexicon.ts): inside a country, city, region, demonym,
 *   known organization or armed group, given name, title, org/place head word,
 *   with the B/I/L/U position, for the token and its neighbours;
 * - the document: how the same word is cased elsewhere in it, in running
 *   text ("is this word lower-case somewhere else?" separates "Rain" at the
 *   start of a sentence from "Kent"; and it tells what a headline word looks
 *   like in the story below it);
 * - the labels already chosen for the two tokens to the left;
 * - in the second pass, the first pass's labels: of this token and its
 *   neighbours, and of the other occurrences of the word in the document
 *   (a name the story has typed once keeps its type: "Simmons" after "Phil
 *   Simmons").
 *
 * Every per-token view is hashed once, in `NerDocumentView.load`; the feature
 * functions only mix integers into a caller's buffer and allocate nothing.
 */
import { feature1, feature2, feature3 } from "./hash.js";
import { LEX_CATEGORIES, type LexiconTable } from "./ner-lexicon.js";
import { LABEL_COUNT, labelType } from "./ner-labels.js";

/** Upper bound on the features of one token (all templates together). */
export const NER_FEATURES_MAX = 160;

export const FLAG_CAP = 1;
export const FLAG_ALL_CAPS = 2;
export const FLAG_DIGIT = 4;
export const FLAG_HYPHEN = 8;
export const FLAG_NO_LETTER = 16;
export const FLAG_INITIAL = 32;
export const FLAG_CAPS_SENTENCE = 64;
export const FLAG_INNER_CAP = 128;
/**
 * No capital letter, in a sentence that has some: such a token begins no
 * name (5 of 5,020 CoNLL dev entities do), so unless it continues an open
 * entity the tagger labels it O without scoring it. Three tokens in four
 * are skipped this way, which makes the tagger several times faster; a
 * wholly lower-case sentence is scored throughout.
 */
export const FLAG_SKIPPABLE = 256;

/** Which template groups a model uses (stored in its header, so inference matches training). */
export interface NerFeatureSet {
  lexicon: boolean;
  documentCase: boolean;
  pos: boolean;
  /** Template groups that carry the domain (0 news, 1 web) of the training text. */
  domain: boolean;
  /** The words around the word's other capitalised occurrences in the document (Ratinov & Roth's context aggregation). */
  contextAggregation?: boolean;
  /** The run of capitalised tokens a token stands in: its place there, the run's first and last words. */
  capitalRuns?: boolean;
}

export const DEFAULT_FEATURE_SET: NerFeatureSet = { lexicon: true, documentCase: true, pos: false, domain: false, contextAggregation: true, capitalRuns: true };

/** Other occurrences whose contexts a token sees. */
const AGGREGATED_OCCURRENCES = 6;

const HAS_CAPITAL = FLAG_CAP | FLAG_ALL_CAPS | FLAG_INNER_CAP;
const FNV = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Stand-ins for words before the sentence's start and after its end. */
const START = 0x5354_4152;
const END = 0x454e_4421;

/** Lower-case code unit, with digits folded to "0". */
function foldChar(c: number): number {
  if (c < 128) {
    if (c >= 65 && c <= 90) return c + 32;
    if (c >= 48 && c <= 57) return 48;
    return c;
  }
  const s = String.fromCharCode(c);
  return s.toLowerCase().charCodeAt(0);
}

/** 0 not a letter or digit, 1 upper-case letter, 2 lower-case letter, 3 digit, 4 other letter. */
function charClass(c: number): number {
  if (c < 128) {
    if (c >= 65 && c <= 90) return 1;
    if (c >= 97 && c <= 122) return 2;
    if (c >= 48 && c <= 57) return 3;
    return 0;
  }
  const s = String.fromCharCode(c);
  const lo = s.toLowerCase();
  const up = s.toUpperCase();
  if (lo !== up) return s === up ? 1 : 2;
  return /\p{L}/u.test(s) ? 4 : /\p{N}/u.test(s) ? 3 : 0;
}

const SHAPE_CHAR = [0, 88, 120, 100, 97]; // -, X, x, d, a

/** The lower-case hash of a word, as the document view computes it (the lexicon's keys use it). */
export function lowerHash(word: string): number {
  let h = FNV;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ foldChar(word.charCodeAt(i)), FNV_PRIME);
  return h >>> 0;
}

/** Per-token views of a document, hashed once, in reusable buffers. */
export class NerDocumentView {
  n = 0;
  form = new Uint32Array(0);
  lower = new Uint32Array(0);
  shape = new Uint32Array(0);
  short = new Uint32Array(0);
  prefix = new Uint32Array(0); // 4 per token
  suffix = new Uint32Array(0); // 4 per token
  length = new Uint16Array(0);
  flags = new Uint16Array(0);
  sentenceStart = new Int32Array(0);
  sentenceEnd = new Int32Array(0);
  lex = new Uint8Array(0);
  /** Casing of the word's other occurrences in running text: 1 lower, 2 capitalised, 4 all caps. */
  docCase = new Uint8Array(0);
  xpos = new Uint32Array(0);
  /** The first pass's labels, for the second pass. */
  firstPass = new Uint8Array(0);
  /** Second pass: the types the first pass gave the word's other capitalised occurrences (packed counts). */
  others = new Uint32Array(0);
  /** Capitalised occurrences of one word, chained: the first of the token's word, and the next after each. */
  /** The run of consecutive capitalised tokens (within a sentence) around each token: [runStart, runEnd). */
  runStart = new Int32Array(0);
  runEnd = new Int32Array(0);
  firstSame = new Int32Array(0);
  nextSame = new Int32Array(0);
  domain = 0;
  private capacity = 0;
  private readonly scratch = new Int32Array(LEX_CATEGORIES);
  private readonly counts = new Map<number, number>();

  private ensure(n: number): void {
    if (n <= this.capacity) return;
    let cap = Math.max(256, this.capacity);
    while (cap < n) cap *= 2;
    this.capacity = cap;
    this.form = new Uint32Array(cap);
    this.lower = new Uint32Array(cap);
    this.shape = new Uint32Array(cap);
    this.short = new Uint32Array(cap);
    this.prefix = new Uint32Array(cap * 4);
    this.suffix = new Uint32Array(cap * 4);
    this.length = new Uint16Array(cap);
    this.flags = new Uint16Array(cap);
    this.sentenceStart = new Int32Array(cap);
    this.sentenceEnd = new Int32Array(cap);
    this.lex = new Uint8Array(cap * LEX_CATEGORIES);
    this.docCase = new Uint8Array(cap);
    this.xpos = new Uint32Array(cap);
    this.firstPass = new Uint8Array(cap);
    this.others = new Uint32Array(cap);
    this.runStart = new Int32Array(cap);
    this.runEnd = new Int32Array(cap);
    this.firstSame = new Int32Array(cap);
    this.nextSame = new Int32Array(cap);
  }

  /** Reads a document: its sentences' tokens, optionally their XPOS tags. */
  load(sentences: readonly (readonly string[])[], lexicon: LexiconTable | undefined, xpos?: readonly (readonly string[])[], domain = 0): void {
    let n = 0;
    for (const s of sentences) n += s.length;
    this.ensure(n);
    this.n = n;
    this.domain = domain;
    let at = 0;
    for (let si = 0; si < sentences.length; si++) {
      const words = sentences[si]!;
      const start = at;
      const end = at + words.length;
      let capsWords = 0;
      let lowerWords = 0;
      for (let k = 0; k < words.length; k++) {
        this.hashToken(words[k]!, at);
        this.sentenceStart[at] = start;
        this.sentenceEnd[at] = end;
        const f = this.flags[at]!;
        if ((f & FLAG_NO_LETTER) === 0) {
          if ((f & FLAG_ALL_CAPS) !== 0) capsWords++;
          else lowerWords++;
        }
        const tags = xpos?.[si];
        this.xpos[at] = tags && tags[k] !== undefined ? lowerHash(tags[k]!) : 0;
        at++;
      }
      // The first token with a letter is "initial": quotes and dashes may come before it.
      for (let i = start; i < end; i++) {
        if ((this.flags[i]! & FLAG_NO_LETTER) === 0) {
          this.flags[i] = this.flags[i]! | FLAG_INITIAL;
          break;
        }
      }
      let cased = false;
      for (let i = start; i < end; i++) if ((this.flags[i]! & HAS_CAPITAL) !== 0) cased = true;
      if (cased) {
        for (let i = start; i < end; i++) if ((this.flags[i]! & HAS_CAPITAL) === 0) this.flags[i] = this.flags[i]! | FLAG_SKIPPABLE;
      }
      if (capsWords > 0 && lowerWords === 0) {
        for (let i = start; i < end; i++) {
          this.flags[i] = this.flags[i]! | FLAG_CAPS_SENTENCE;
          // A shape in a headline is not a shape in running text.
          this.shape[i] = feature1(90, this.shape[i]!);
          this.short[i] = feature1(91, this.short[i]!);
        }
      }
      if (lexicon) lexicon.match(this.lower, start, end, this.lex, this.scratch);
    }
    if (!lexicon) this.lex.fill(0, 0, n * LEX_CATEGORIES);
    this.documentCasing();
    this.chainOccurrences();
    this.capitalRuns();
  }

  private capitalRuns(): void {
    const n = this.n;
    let i = 0;
    while (i < n) {
      if ((this.flags[i]! & FLAG_CAP) === 0) {
        this.runStart[i] = i;
        this.runEnd[i] = i;
        i++;
        continue;
      }
      let j = i + 1;
      const end = this.sentenceEnd[i]!;
      while (j < end && (this.flags[j]! & FLAG_CAP) !== 0) j++;
      for (let k = i; k < j; k++) {
        this.runStart[k] = i;
        this.runEnd[k] = j;
      }
      i = j;
    }
  }

  /** Links each capitalised token to the other capitalised occurrences of its word. */
  private chainOccurrences(): void {
    const heads = this.counts;
    heads.clear();
    const n = this.n;
    for (let i = n - 1; i >= 0; i--) {
      this.nextSame[i] = -1;
      if ((this.flags[i]! & FLAG_CAP) === 0) continue;
      const key = this.lower[i]!;
      const next = heads.get(key);
      this.nextSame[i] = next ?? -1;
      heads.set(key, i);
    }
    for (let i = 0; i < n; i++) this.firstSame[i] = (this.flags[i]! & FLAG_CAP) === 0 ? -1 : heads.get(this.lower[i]!)!;
  }

  private hashToken(w: string, at: number): void {
    let hf = FNV;
    let hl = FNV;
    let hs = FNV;
    let hss = FNV;
    let last = -1;
    let run = 0;
    let upper = 0;
    let lowerCount = 0;
    let letters = 0;
    let digits = 0;
    let innerCap = false;
    let hyphen = false;
    const L = w.length;
    const p = at * 4;
    for (let i = 0; i < L; i++) {
      const c = w.charCodeAt(i);
      hf = Math.imul(hf ^ c, FNV_PRIME);
      hl = Math.imul(hl ^ foldChar(c), FNV_PRIME);
      if (i < 4) this.prefix[p + i] = hl >>> 0;
      const cls = charClass(c);
      const sc = cls === 0 ? c : SHAPE_CHAR[cls]!;
      if (cls === 1) {
        upper++;
        letters++;
        if (i > 0) innerCap = true;
      } else if (cls === 2 || cls === 4) {
        lowerCount++;
        letters++;
      } else if (cls === 3) digits++;
      if (c === 45) hyphen = true;
      if (sc === last) run++;
      else {
        run = 1;
        last = sc;
        hss = Math.imul(hss ^ sc, FNV_PRIME);
      }
      if (run <= 4) hs = Math.imul(hs ^ sc, FNV_PRIME);
    }
    for (let i = L; i < 4; i++) this.prefix[p + i] = hl >>> 0;
    // Suffixes, read from the end.
    let hx = FNV;
    for (let i = 0; i < 4; i++) {
      const j = L - 1 - i;
      if (j >= 0) hx = Math.imul(hx ^ foldChar(w.charCodeAt(j)), FNV_PRIME);
      this.suffix[p + i] = hx >>> 0;
    }
    this.form[at] = hf >>> 0;
    this.lower[at] = hl >>> 0;
    this.shape[at] = hs >>> 0;
    this.short[at] = hss >>> 0;
    this.length[at] = Math.min(L, 65535);
    let f = 0;
    if (letters === 0) f |= FLAG_NO_LETTER;
    else {
      if (charClass(w.charCodeAt(0)) === 1) f |= FLAG_CAP;
      if (upper > 0 && lowerCount === 0) f |= FLAG_ALL_CAPS;
      if (innerCap && lowerCount > 0) f |= FLAG_INNER_CAP;
    }
    if (digits > 0) f |= FLAG_DIGIT;
    if (hyphen) f |= FLAG_HYPHEN;
    this.flags[at] = f;
  }

  /** Casing of each word's other occurrences in running text (not first in a sentence, not in a headline). */
  private documentCasing(): void {
    const counts = this.counts;
    counts.clear();
    const n = this.n;
    for (let i = 0; i < n; i++) {
      const code = this.caseCode(i);
      if (code === 0) continue;
      const key = this.lower[i]!;
      counts.set(key, (counts.get(key) ?? 0) + caseUnit(code));
    }
    for (let i = 0; i < n; i++) {
      if ((this.flags[i]! & FLAG_NO_LETTER) !== 0) {
        this.docCase[i] = 0;
        continue;
      }
      let c = counts.get(this.lower[i]!) ?? 0;
      const own = this.caseCode(i);
      if (own !== 0) c -= caseUnit(own);
      this.docCase[i] = ((c & 0x3ff) !== 0 ? 1 : 0) | ((c >>> 10) & 0x3ff ? 2 : 0) | ((c >>> 20) & 0x3ff ? 4 : 0) | 8;
    }
  }

  /** 1 lower-case, 2 capitalised, 3 all caps: a word's casing where case means something; 0 elsewhere. */
  private caseCode(i: number): number {
    const f = this.flags[i]!;
    if ((f & (FLAG_NO_LETTER | FLAG_INITIAL | FLAG_CAPS_SENTENCE)) !== 0) return 0;
    if ((f & FLAG_ALL_CAPS) !== 0) return this.length[i]! > 1 ? 3 : 0;
    return (f & FLAG_CAP) !== 0 ? 2 : 1;
  }

  /** Second pass: records the first pass's labels and, per word, the types of its other capitalised occurrences. */
  setFirstPass(labels: ArrayLike<number>): void {
    const n = this.n;
    const counts = this.counts;
    counts.clear();
    for (let i = 0; i < n; i++) {
      const l = labels[i]!;
      this.firstPass[i] = l;
      if ((this.flags[i]! & FLAG_CAP) === 0) continue;
      const key = this.lower[i]!;
      const c = counts.get(key) ?? 0;
      const shift = (labelType(l) + 1) * 6;
      if (((c >>> shift) & 63) < 63) counts.set(key, c + (1 << shift));
    }
    for (let i = 0; i < n; i++) {
      if ((this.flags[i]! & FLAG_CAP) === 0) {
        this.others[i] = 0;
        continue;
      }
      let c = counts.get(this.lower[i]!) ?? 0;
      const shift = (labelType(labels[i]!) + 1) * 6;
      if (((c >>> shift) & 63) < 63) c -= 1 << shift;
      this.others[i] = c;
    }
  }
}

function caseUnit(code: number): number {
  return code === 1 ? 1 : code === 2 ? 1 << 10 : 1 << 20;
}

/**
 * Writes the label-independent features of token `i` into `out` from `k`;
 * returns the new count. Training reads these; the tagger adds the same
 * features as the word groups (`wordGroupFeatures`, summed once per word and
 * cached) plus `contextFeatures`, which together are exactly this list.
 */
export function staticFeatures(v: NerDocumentView, i: number, set: NerFeatureSet, out: Uint32Array, k: number): number {
  const s0 = v.sentenceStart[i]!;
  const s1 = v.sentenceEnd[i]!;
  const lower = v.lower;
  const short = v.short;
  const w = lower[i]!;
  const wm1 = i - 1 >= s0 ? lower[i - 1]! : START;
  const wm2 = i - 2 >= s0 ? lower[i - 2]! : START;
  const wp1 = i + 1 < s1 ? lower[i + 1]! : END;
  const wp2 = i + 2 < s1 ? lower[i + 2]! : END;
  const shm1 = i - 1 >= s0 ? short[i - 1]! : START;
  const shp1 = i + 1 < s1 ? short[i + 1]! : END;
  const p = i * 4;

  k = selfFeatures(v, i, out, k);
  out[k++] = feature1(13, wm1);
  out[k++] = feature1(14, wm2);
  out[k++] = feature1(15, wp1);
  out[k++] = feature1(16, wp2);
  k = pairFeatures(v, i, s0, s1, out, k, 17);
  out[k++] = feature1(19, shm1);
  out[k++] = feature1(20, shp1);
  k = pairFeatures(v, i, s0, s1, out, k, 21);
  // The neighbours' suffixes: "-ian" before a noun, "Corp" after.
  out[k++] = feature1(24, i - 1 >= s0 ? v.suffix[p - 4 + 2]! : START);
  out[k++] = feature1(25, i + 1 < s1 ? v.suffix[p + 4 + 2]! : END);
  return tailFeatures(v, i, s0, s1, set, out, k);
}

/** Feature groups that read one token alone: the token itself, or it as the word at i-1, i-2, i+1, i+2. */
export const WORD_GROUPS = 5;
export const GROUP_SELF = 0;
export const GROUP_LEFT1 = 1;
export const GROUP_LEFT2 = 2;
export const GROUP_RIGHT1 = 3;
export const GROUP_RIGHT2 = 4;

/**
 * The features of one word group read off token `j` (for a neighbour group,
 * `j` is the neighbour; -1: there is none, the sentence starts or ends).
 * They depend on the token's text and on whether its sentence is in capitals
 * only, so a tagger may sum them once per word.
 */
export function wordGroupFeatures(v: NerDocumentView, j: number, group: number, out: Uint32Array, k: number): number {
  switch (group) {
    case GROUP_SELF:
      return selfFeatures(v, j, out, k);
    case GROUP_LEFT1:
      out[k++] = feature1(13, j < 0 ? START : v.lower[j]!);
      out[k++] = feature1(19, j < 0 ? START : v.short[j]!);
      out[k++] = feature1(24, j < 0 ? START : v.suffix[j * 4 + 2]!);
      return k;
    case GROUP_LEFT2:
      out[k++] = feature1(14, j < 0 ? START : v.lower[j]!);
      return k;
    case GROUP_RIGHT1:
      out[k++] = feature1(15, j < 0 ? END : v.lower[j]!);
      out[k++] = feature1(20, j < 0 ? END : v.short[j]!);
      out[k++] = feature1(25, j < 0 ? END : v.suffix[j * 4 + 2]!);
      return k;
    default:
      out[k++] = feature1(16, j < 0 ? END : v.lower[j]!);
      return k;
  }
}

/** The label-independent features of token `i` that are in no word group. */
export function contextFeatures(v: NerDocumentView, i: number, set: NerFeatureSet, out: Uint32Array, k: number): number {
  const s0 = v.sentenceStart[i]!;
  const s1 = v.sentenceEnd[i]!;
  k = pairFeatures(v, i, s0, s1, out, k, 17);
  k = pairFeatures(v, i, s0, s1, out, k, 21);
  return tailFeatures(v, i, s0, s1, set, out, k);
}

/** The token alone: bias, form, lower case, shapes, affixes. */
function selfFeatures(v: NerDocumentView, i: number, out: Uint32Array, k: number): number {
  const len = v.length[i]!;
  const p = i * 4;
  out[k++] = feature1(0, 0);
  out[k++] = feature1(1, v.form[i]!);
  out[k++] = feature1(2, v.lower[i]!);
  out[k++] = feature1(3, v.shape[i]!);
  out[k++] = feature1(4, v.short[i]!);
  // Affixes shorter than the word (the whole word is already a feature).
  for (let a = 0; a < 4 && a + 1 < len; a++) {
    out[k++] = feature1(5 + a, v.prefix[p + a]!);
    out[k++] = feature1(9 + a, v.suffix[p + a]!);
  }
  return k;
}

/** Template 17: the word bigrams either side; template 21: the short-shape bigrams and trigram. */
function pairFeatures(v: NerDocumentView, i: number, s0: number, s1: number, out: Uint32Array, k: number, template: 17 | 21): number {
  if (template === 17) {
    const w = v.lower[i]!;
    out[k++] = feature2(17, i - 1 >= s0 ? v.lower[i - 1]! : START, w);
    out[k++] = feature2(18, w, i + 1 < s1 ? v.lower[i + 1]! : END);
    return k;
  }
  const sh = v.short[i]!;
  const shm1 = i - 1 >= s0 ? v.short[i - 1]! : START;
  const shp1 = i + 1 < s1 ? v.short[i + 1]! : END;
  out[k++] = feature2(21, shm1, sh);
  out[k++] = feature2(22, sh, shp1);
  out[k++] = feature3(23, shm1, sh, shp1);
  return k;
}

/** Position, lexicon, document casing, capital runs, context aggregation, tags. */
function tailFeatures(v: NerDocumentView, i: number, s0: number, s1: number, set: NerFeatureSet, out: Uint32Array, k: number): number {
  const lower = v.lower;
  const f = v.flags[i]!;
  const w = lower[i]!;
  const sh = v.short[i]!;
  out[k++] = feature2(26, f & (FLAG_INITIAL | FLAG_CAPS_SENTENCE), sh);
  if ((f & FLAG_CAPS_SENTENCE) !== 0) out[k++] = feature1(27, w);

  if (set.lexicon) k = lexiconFeatures(v, i, s0, s1, out, k);
  if (set.documentCase) {
    const dc = v.docCase[i]!;
    out[k++] = feature2(40, dc, sh);
    out[k++] = feature3(41, dc, f & (FLAG_INITIAL | FLAG_CAPS_SENTENCE | FLAG_CAP | FLAG_ALL_CAPS), 0);
    if ((f & (FLAG_INITIAL | FLAG_CAPS_SENTENCE)) !== 0) out[k++] = feature2(42, dc, w);
  }
  if (set.capitalRuns && (f & FLAG_CAP) !== 0) {
    const a = v.runStart[i]!;
    const b = v.runEnd[i]!;
    const len = b - a;
    const place = len === 1 ? 0 : i === a ? 1 : i === b - 1 ? 3 : 2;
    out[k++] = feature2(46, place, len > 4 ? 4 : len);
    if (len > 1) {
      out[k++] = feature2(47, place, lower[b - 1]!);
      out[k++] = feature2(48, place, lower[a]!);
    }
  }
  if (set.contextAggregation && (f & FLAG_CAP) !== 0) {
    let m = 0;
    for (let j = v.firstSame[i]!; j >= 0 && m < AGGREGATED_OCCURRENCES; j = v.nextSame[j]!) {
      if (j === i) continue;
      m++;
      out[k++] = feature1(44, j - 1 >= v.sentenceStart[j]! ? lower[j - 1]! : START);
      out[k++] = feature1(45, j + 1 < v.sentenceEnd[j]! ? lower[j + 1]! : END);
    }
  }
  if (set.pos) {
    const t = v.xpos[i]!;
    const tm1 = i - 1 >= s0 ? v.xpos[i - 1]! : START;
    const tp1 = i + 1 < s1 ? v.xpos[i + 1]! : END;
    out[k++] = feature1(50, t);
    out[k++] = feature2(51, tm1, t);
    out[k++] = feature2(52, t, tp1);
    out[k++] = feature2(53, t, sh);
  }
  return k;
}

function lexiconFeatures(v: NerDocumentView, i: number, s0: number, s1: number, out: Uint32Array, k: number): number {
  const lex = v.lex;
  const base = i * LEX_CATEGORIES;
  const cap = v.flags[i]! & (FLAG_CAP | FLAG_ALL_CAPS);
  for (let c = 0; c < LEX_CATEGORIES; c++) {
    const code = lex[base + c]!;
    if (code === 0) continue;
    out[k++] = feature2(30, c, code);
    out[k++] = feature3(31, c, code, cap);
  }
  if (i - 1 >= s0) {
    const b = base - LEX_CATEGORIES;
    for (let c = 0; c < LEX_CATEGORIES; c++) {
      const code = lex[b + c]!;
      if (code !== 0) out[k++] = feature3(32, c, code, cap);
    }
  }
  if (i + 1 < s1) {
    const b = base + LEX_CATEGORIES;
    for (let c = 0; c < LEX_CATEGORIES; c++) {
      const code = lex[b + c]!;
      if (code !== 0) out[k++] = feature3(33, c, code, cap);
    }
  }
  return k;
}

/**
 * The features of the labels chosen for the two tokens before this one (-1
 * before the sentence), given the token's lower-case and short-shape hashes.
 */
export function labelFeatures(lower: number, short: number, domain: number, prev1: number, prev2: number, set: NerFeatureSet, out: Uint32Array, k: number): number {
  const p1 = prev1 + 1;
  const p2 = prev2 + 1;
  out[k++] = feature1(60, p1);
  out[k++] = feature2(61, p1, p2);
  out[k++] = feature2(62, p1, lower);
  out[k++] = feature2(63, p1, short);
  if (set.domain) {
    out[k++] = feature2(64, domain, p1);
    out[k++] = feature1(65, domain);
  }
  return k;
}

/** Second-pass features: the first pass's labels here and nearby, and for the word elsewhere in the document. */
export function secondPassFeatures(v: NerDocumentView, i: number, out: Uint32Array, k: number): number {
  const s0 = v.sentenceStart[i]!;
  const s1 = v.sentenceEnd[i]!;
  const l0 = v.firstPass[i]!;
  const lm1 = i - 1 >= s0 ? v.firstPass[i - 1]! : LABEL_COUNT;
  const lp1 = i + 1 < s1 ? v.firstPass[i + 1]! : LABEL_COUNT;
  out[k++] = feature1(70, l0);
  out[k++] = feature2(71, lm1, l0);
  out[k++] = feature2(72, l0, lp1);
  const c = v.others[i]!;
  if (c !== 0) {
    // The most frequent type among the word's other occurrences, and how dominant it is.
    let best = 0;
    let bestCount = 0;
    let total = 0;
    for (let t = 0; t < 5; t++) {
      const m = (c >>> (t * 6)) & 63;
      total += m;
      if (m > bestCount) {
        bestCount = m;
        best = t;
      }
    }
    const share = bestCount === total ? 2 : bestCount * 2 > total ? 1 : 0;
    out[k++] = feature2(73, best, share);
    out[k++] = feature3(74, best, share, labelType(l0) + 1);
    out[k++] = feature3(75, best, share, v.short[i]!);
    for (let t = 1; t < 5; t++) if (((c >>> (t * 6)) & 63) !== 0) out[k++] = feature1(76, t);
  }
  return k;
}
