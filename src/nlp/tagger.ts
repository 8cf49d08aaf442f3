/**
 * The part-of-speech tagger
 * =========================
 *
 * Greedy, left to right, one averaged perceptron over joint UPOS+XPOS classes
 * ("NOUN NN", "PROPN NNP"): one decision per token gives both tag sets, and
 * the pair is always one that the treebank uses. Frequent words that the
 * training data tags one way almost always (the, of, and) are looked up in a
 * tag dictionary instead of scored: faster, and no less accurate.
 *
 * Speed. Weights are 16-bit integers and scores integer sums, so the order in
 * which weights are added changes nothing, and the tagger adds them in big
 * pieces: a word cache keeps, for each word seen lately, its hashes and the
 * summed weights of the features that read that word alone, as the token, as
 * the word before or after, or two before or after (five vectors of one
 * score per class, tagger-features.ts). A token then costs five vector
 * additions plus its remaining context features, and gets exactly the class
 * that scoring every feature would give (`tagIds` with `hashes` does that).
 */
import { ModelError } from "../schema/index.js";
import { decodeModelFile, encodeModelFile, section } from "./model-format.js";
import type { LinearModelData } from "./perceptron.js";
import {
  TAGGER_FEATURES_MAX,
  casingStyle,
  contextFeatures,
  left1Features,
  left2Features,
  right1Features,
  nextTagFeatures,
  right2Features,
  tagFeatures,
  wordTagFeatures,
  taggerFeatures,
  wordFeatures,
  type FeatureGroup,
  type TaggerSentence,
} from "./tagger-features.js";
import { lexiconBits, lexiconClass } from "./tagger-lexicon.js";
import { emptyHashes, hashTokenInto, hashTokens, normalizedLower, type TokenHashes } from "./word-shape.js";

/** The layout of the tagger's sections; files of another layout are refused. */
export const TAGGER_FORMAT = 2;

/** Ints a cached word keeps: its 13 hashes and flags, ambiguity class (or lexicon class), dictionary class (-1: none). */
const RECORD = 15;
/** The word cache is emptied, between sentences, when it would hold more words than this. */
const CACHE_WORDS = 1 << 14;
/** The caches of (word, tag before) sums are emptied, between sentences, past this many entries. */
const CACHE_TAGGED = 1 << 15;
/** The feature groups whose sums are cached per word: the word, as i-1, i-2, i+1, i+2. */
const GROUPS: readonly FeatureGroup[] = [wordFeatures, left1Features, left2Features, right1Features, right2Features];
const G = GROUPS.length;

export interface TaggerHeader {
  model: "tagger";
  /** Layout version (absent in the first, f32 layout). */
  format?: number;
  /** Weight scale: a stored value v weighs v · scale. */
  scale?: number;
  /** Joint classes, "UPOS XPOS". */
  classes: string[];
  /** How it was trained, for the models README. */
  training?: Record<string, unknown>;
  /**
   * The open lexicon (sections lexWords, lexBits; tagger-lexicon.ts): its
   * class stands in for the ambiguity class of a word the treebank did not
   * give one. Absent: no lexicon.
   */
  lexicon?: boolean;
  /**
   * The order the tagger reads a sentence in: "ltr" (absent: from its first
   * word), "rtl" (from its last: each word sees the tags chosen for the words
   * after it), or "both": two taggers, one each way, whose scores are summed
   * per token (Tsuruoka & Tsujii 2005 compare such pairs). The right-to-left
   * weights of "both" are in the sections rkeys, rlengths, rlabels, rvalues,
   * at the weight scale `reverseScale`.
   */
  direction?: "ltr" | "rtl" | "both";
  reverseScale?: number;
}

/** The tables a tagger's passes share. */
interface TaggerTables {
  dictionary: Map<number, number>;
  ambiguity: Map<number, number>;
  lexicon: Map<number, number>;
}

export interface TagResult {
  upos: string[];
  xpos: string[];
}

export class Tagger {
  readonly classes: readonly string[];
  readonly uposOf: readonly string[];
  readonly xposOf: readonly string[];
  private readonly scorer: TaggerScorer;
  /** Reads sentences from their last word. */
  private readonly reverse: boolean;
  /** What a stored weight is worth (scores of two passes are summed in these units). */
  private readonly scale: number;
  /** The right-to-left pass of a tagger that reads both ways. */
  private readonly partner: Tagger | undefined;
  private scoresA = new Float64Array(0);
  private scoresB = new Float64Array(0);
  private readonly dictionary: Map<number, number>;
  private readonly ambiguity: Map<number, number>;
  private readonly lexicon: Map<number, number>;
  private readonly features = new Uint32Array(TAGGER_FEATURES_MAX);
  private readonly C: number;
  private readonly sums: Int32Array;
  /** Words seen lately: word → record number. */
  private readonly cache = new Map<string, number>();
  private store = new Int32Array(1024 * RECORD);
  /**
   * Per record, its G vectors of C summed weights. Record 0 stands for the
   * sentence's edges: before it as i-1 and i-2, after it as i+1 and i+2.
   */
  private vectors: Int32Array;
  private hashes: TokenHashes = emptyHashes(256);
  private amb = new Uint32Array(256);
  private dict = new Int32Array(256);
  private records = new Int32Array(256);
  /** Summed weights of the tag-pair features, by the pair (tagPairs: pair → offset in pairVectors). */
  private readonly tagPairs = new Map<number, number>();
  private pairVectors: Int32Array;
  /**
   * Summed weights of the features of the tag before with the word
   * (wordTagFeatures) and with the word after (nextTagFeatures), by record
   * and tag: key record · 128 + tag + 1, value an offset in taggedVectors.
   */
  private readonly wordTags = new Map<number, number>();
  private readonly nextTags = new Map<number, number>();
  private taggedVectors: Int32Array;
  private readonly one: TokenHashes = emptyHashes(1);
  private readonly oneSentence: TaggerSentence;

  constructor(
    classes: readonly string[],
    scorer: TaggerScorer,
    tables: TaggerTables,
    options: { reverse?: boolean; scale?: number; partner?: Tagger } = {},
  ) {
    this.classes = classes;
    this.uposOf = classes.map((c) => c.split(" ")[0]!);
    this.xposOf = classes.map((c) => c.split(" ")[1] ?? "_");
    this.scorer = scorer;
    this.reverse = options.reverse ?? false;
    this.scale = options.scale ?? 1;
    this.partner = options.partner;
    this.dictionary = tables.dictionary;
    this.ambiguity = tables.ambiguity;
    this.lexicon = tables.lexicon;
    const C = (this.C = classes.length);
    this.sums = new Int32Array(C);
    this.vectors = new Int32Array(1024 * G * C);
    this.pairVectors = new Int32Array(64 * C);
    this.taggedVectors = new Int32Array(1024 * C);
    this.oneSentence = { h: this.one, amb: new Uint32Array(1), style: 0 };
    // Index -1 and 1 of a one-word sentence lie outside it: the edges.
    const v = this.vectors;
    const s = this.oneSentence;
    const f = this.features;
    scorer.add(f, left1Features(s, -1, f, 0), v.subarray(C, 2 * C));
    scorer.add(f, left2Features(s, -1, f, 0), v.subarray(2 * C, 3 * C));
    scorer.add(f, right1Features(s, 1, f, 0), v.subarray(3 * C, 4 * C));
    scorer.add(f, right2Features(s, 1, f, 0), v.subarray(4 * C, 5 * C));
  }

  static fromBytes(bytes: Uint8Array, file: string): Tagger {
    const model = decodeModelFile<TaggerHeader>(bytes, file);
    const header = model.header;
    if (header.model !== "tagger") throw new ModelError(file, `is a ${String(header.model)} model, not a tagger`);
    if (header.format !== TAGGER_FORMAT) {
      throw new ModelError(file, `tagger layout ${header.format ?? 1}, this news-kg reads layout ${TAGGER_FORMAT}; run \`npm run train\``);
    }
    const classes = header.classes.length;
    if (classes < 1 || classes > 256) throw new ModelError(file, `a tagger has 1 to 256 classes, not ${classes}`);
    if (typeof header.scale !== "number" || !(header.scale > 0)) throw new ModelError(file, "the tagger's weight scale is missing");
    const direction = header.direction ?? "ltr";
    if (direction !== "ltr" && direction !== "rtl" && direction !== "both") throw new ModelError(file, `unknown tagger direction ${String(direction)}`);
    const rowsOf = (prefix: string, scale: number): TaggerRows => {
      const values = section(model, `${prefix}values`, Uint16Array, file);
      const rows: TaggerRows = {
        classes,
        keys: section(model, `${prefix}keys`, Uint32Array, file),
        lengths: section(model, `${prefix}lengths`, Uint8Array, file),
        labels: section(model, `${prefix}labels`, Uint8Array, file),
        values: new Int16Array(values.buffer, values.byteOffset, values.length),
        scale,
      };
      if (rows.lengths.length !== rows.keys.length || rows.values.length !== rows.labels.length) throw new ModelError(file, "sections of unequal lengths");
      return rows;
    };
    const rows = rowsOf("", header.scale);
    let reverseRows: TaggerRows | undefined;
    if (direction === "both") {
      if (typeof header.reverseScale !== "number" || !(header.reverseScale > 0)) throw new ModelError(file, "the right-to-left weight scale is missing");
      reverseRows = rowsOf("r", header.reverseScale);
    }
    const dictWords = section(model, "dictWords", Uint32Array, file);
    const dictClasses = section(model, "dictClasses", Uint16Array, file);
    if (dictWords.length !== dictClasses.length) throw new ModelError(file, "tag dictionary sections of unequal lengths");
    const dictionary = new Map<number, number>();
    for (let i = 0; i < dictWords.length; i++) {
      if (dictClasses[i]! >= classes) throw new ModelError(file, `tag dictionary class ${dictClasses[i]} out of range`);
      dictionary.set(dictWords[i]!, dictClasses[i]!);
    }
    const ambWords = section(model, "ambWords", Uint32Array, file);
    const ambClasses = section(model, "ambClasses", Uint32Array, file);
    if (ambWords.length !== ambClasses.length) throw new ModelError(file, "ambiguity sections of unequal lengths");
    const ambiguity = new Map<number, number>();
    for (let i = 0; i < ambWords.length; i++) ambiguity.set(ambWords[i]!, ambClasses[i]!);
    const lexicon = new Map<number, number>();
    if (header.lexicon) {
      const lexWords = section(model, "lexWords", Uint32Array, file);
      const lexBits = section(model, "lexBits", Uint16Array, file);
      if (lexWords.length !== lexBits.length) throw new ModelError(file, "lexicon sections of unequal lengths");
      for (let i = 0; i < lexWords.length; i++) lexicon.set(lexWords[i]!, lexBits[i]!);
    }
    const scorerOf = (r: TaggerRows): TaggerScorer => {
      try {
        return new TaggerScorer(r);
      } catch (e) {
        throw new ModelError(file, (e as Error).message);
      }
    };
    const tables: TaggerTables = { dictionary, ambiguity, lexicon };
    const partner = reverseRows ? new Tagger(header.classes, scorerOf(reverseRows), tables, { reverse: true, scale: reverseRows.scale }) : undefined;
    return new Tagger(header.classes, scorerOf(rows), tables, {
      reverse: direction === "rtl",
      scale: rows.scale,
      ...(partner ? { partner } : {}),
    });
  }

  /**
   * The sentence as the feature templates read it, from its words and their
   * hashes, in the order this pass reads them (a right-to-left pass takes
   * them reversed).
   */
  sentence(words: readonly string[], hashes: TokenHashes): TaggerSentence {
    const dict = new Int32Array(hashes.length);
    for (let i = 0; i < hashes.length; i++) dict[i] = this.dictionary.get(hashes.form[i]!) ?? -1;
    const amb = ambiguityClasses(hashes, this.ambiguity);
    withLexicon(amb, words, this.lexicon);
    const first = this.reverse ? hashes.length - 1 : 0;
    return { h: hashes, amb, style: casingStyle(hashes, first), first, dict };
  }

  /**
   * Class ids of each token, written into `out`. With `hashes` (hashTokens of
   * the words) every feature is scored one by one, without the word cache:
   * the same classes, slower.
   */
  tagIds(words: readonly string[], out: Uint16Array, hashes?: TokenHashes): void {
    const partner = this.partner;
    if (!partner) {
      this.pass(words, out, undefined, hashes);
      return;
    }
    const n = words.length;
    const C = this.C;
    if (this.scoresA.length < n * C) {
      this.scoresA = new Float64Array(2 * n * C);
      this.scoresB = new Float64Array(2 * n * C);
    }
    const a = this.scoresA;
    const b = this.scoresB;
    this.pass(words, out, a, hashes);
    partner.pass(words, out, b, hashes);
    for (let i = 0; i < n; i++) {
      const at = i * C;
      let best = 0;
      let top = a[at]! + b[at]!;
      for (let c = 1; c < C; c++) {
        const x = a[at + c]! + b[at + c]!;
        if (x > top) {
          top = x;
          best = c;
        }
      }
      out[i] = best;
    }
  }

  /**
   * One greedy pass over the sentence in this tagger's direction: class ids
   * into `out` and, with `scores`, each token's C scores (in weight units;
   * a dictionary word scores 0 for its class and -Infinity for the others).
   */
  private pass(words: readonly string[], out: Uint16Array, scores: Float64Array | undefined, hashes?: TokenHashes): void {
    const n = words.length;
    const reverse = this.reverse;
    if (hashes) {
      const ordered = reverse ? [...words].reverse() : words;
      this.tagScoringEach(this.sentence(ordered, reverse ? hashTokens(ordered) : hashes), out, scores);
      if (reverse) mirror(out, scores, n, this.C);
      return;
    }
    const s = this.cachedSentence(words);
    const C = this.C;
    const sums = this.sums;
    const vectors = this.vectors;
    const GC = G * C;
    const records = this.records;
    const dict = s.dict!;
    const scorer = this.scorer;
    const features = this.features;
    let p1 = -1;
    let p2 = -1;
    for (let i = 0; i < n; i++) {
      let best = dict[i]!;
      if (best < 0) {
        const self = records[i]! * GC;
        const l1 = (i >= 1 ? records[i - 1]! : 0) * GC + C;
        const l2 = (i >= 2 ? records[i - 2]! : 0) * GC + 2 * C;
        const r1 = (i + 1 < n ? records[i + 1]! : 0) * GC + 3 * C;
        const r2 = (i + 2 < n ? records[i + 2]! : 0) * GC + 4 * C;
        const pair = this.tagPairs.get(p1 * 1024 + p2) ?? this.rememberPair(p1, p2);
        const wordKey = records[i]! * 128 + p1 + 1;
        const wordTag = this.wordTags.get(wordKey) ?? this.rememberTagged(wordKey, records[i]!, p1, false);
        const nextKey = (i + 1 < n ? records[i + 1]! : 0) * 128 + p1 + 1;
        const nextTag = this.nextTags.get(nextKey) ?? this.rememberTagged(nextKey, i + 1 < n ? records[i + 1]! : 0, p1, true);
        const pv = this.pairVectors;
        const tv = this.taggedVectors;
        for (let c = 0; c < C; c++) {
          sums[c] = vectors[self + c]! + vectors[l1 + c]! + vectors[l2 + c]! + vectors[r1 + c]! + vectors[r2 + c]! + pv[pair + c]! + tv[wordTag + c]! + tv[nextTag + c]!;
        }
        scorer.add(features, contextFeatures(s, i, p1, p2, features, 0), sums);
        best = 0;
        let top = sums[0]!;
        for (let c = 1; c < C; c++) {
          if (sums[c]! > top) {
            top = sums[c]!;
            best = c;
          }
        }
        if (scores) this.keepScores(scores, i, sums, -1);
      } else if (scores) this.keepScores(scores, i, sums, best);
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
    if (reverse) mirror(out, scores, n, C);
  }

  /** Token i's scores into row i of `scores`: the sums in weight units, or (a dictionary word) its class alone. */
  private keepScores(scores: Float64Array, i: number, sums: Int32Array, fixed: number): void {
    const C = this.C;
    const at = i * C;
    if (fixed >= 0) {
      scores.fill(-Infinity, at, at + C);
      scores[at + fixed] = 0;
      return;
    }
    const scale = this.scale;
    for (let c = 0; c < C; c++) scores[at + c] = sums[c]! * scale;
  }

  /** Tags a sentence scoring each feature (no cache): the reference the fast path must match. */
  tagScoringEach(s: TaggerSentence, out: Uint16Array, scores?: Float64Array): void {
    let p1 = -1;
    let p2 = -1;
    const dict = s.dict!;
    for (let i = 0; i < s.h.length; i++) {
      let best = dict[i]!;
      if (best < 0) {
        const sums = this.sums;
        sums.fill(0);
        this.scorer.add(this.features, taggerFeatures(s, i, p1, p2, this.features), sums);
        best = 0;
        for (let c = 1; c < this.C; c++) if (sums[c]! > sums[best]!) best = c;
        if (scores) this.keepScores(scores, i, sums, -1);
      } else if (scores) this.keepScores(scores, i, this.sums, best);
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
  }

  /** The sentence from the word cache, in buffers the tagger reuses; `records` gets each token's record. */
  private cachedSentence(words: readonly string[]): TaggerSentence {
    const n = words.length;
    if (this.hashes.form.length < n) {
      this.hashes = emptyHashes(n * 2);
      this.amb = new Uint32Array(n * 2);
      this.dict = new Int32Array(n * 2);
      this.records = new Int32Array(n * 2);
    }
    // Emptied between sentences only: a sentence's records stay put while it is tagged.
    if (this.cache.size + n >= CACHE_WORDS || this.wordTags.size + this.nextTags.size + 2 * n >= CACHE_TAGGED) {
      this.cache.clear();
      this.wordTags.clear();
      this.nextTags.clear();
    }
    const h = this.hashes;
    h.length = n;
    const amb = this.amb;
    const dict = this.dict;
    const records = this.records;
    const reverse = this.reverse;
    for (let i = 0; i < n; i++) {
      const w = words[reverse ? n - 1 - i : i]!;
      let id = this.cache.get(w);
      if (id === undefined) id = this.remember(w);
      records[i] = id;
      const st = this.store;
      const r = id * RECORD;
      h.form[i] = st[r]!;
      h.lower[i] = st[r + 1]!;
      h.shape[i] = st[r + 2]!;
      h.prefix1[i] = st[r + 3]!;
      h.prefix2[i] = st[r + 4]!;
      h.prefix3[i] = st[r + 5]!;
      h.suffix1[i] = st[r + 6]!;
      h.suffix2[i] = st[r + 7]!;
      h.suffix3[i] = st[r + 8]!;
      h.suffix4[i] = st[r + 9]!;
      h.suffix5[i] = st[r + 10]!;
      h.lastPart[i] = st[r + 11]!;
      h.flags[i] = st[r + 12]!;
      amb[i] = st[r + 13]!;
      dict[i] = st[r + 14]!;
    }
    const first = reverse ? n - 1 : 0;
    return { h, amb, style: casingStyle(h, first), first, dict };
  }

  /** Sums the tag-pair features of (p1, p2) once; returns the vector's offset. */
  private rememberPair(p1: number, p2: number): number {
    const C = this.C;
    const at = this.tagPairs.size * C;
    if (at + C > this.pairVectors.length) {
      const grown = new Int32Array(this.pairVectors.length * 2);
      grown.set(this.pairVectors);
      this.pairVectors = grown;
    }
    const f = this.features;
    this.scorer.add(f, tagFeatures(p1, p2, f, 0), this.pairVectors.subarray(at, at + C));
    this.tagPairs.set(p1 * 1024 + p2, at);
    return at;
  }

  /**
   * Sums the features of tag p1 before the word of record `record` (or, with
   * `next`, before the word that record follows; record 0: the sentence's end).
   */
  private rememberTagged(key: number, record: number, p1: number, next: boolean): number {
    const C = this.C;
    const at = (this.wordTags.size + this.nextTags.size) * C;
    if (at + C > this.taggedVectors.length) {
      const grown = new Int32Array(this.taggedVectors.length * 2);
      grown.set(this.taggedVectors);
      this.taggedVectors = grown;
    }
    const s = this.oneSentence;
    const o = this.one;
    if (record > 0) {
      const st = this.store;
      const r = record * RECORD;
      o.length = 1;
      o.lower[0] = st[r + 1]!;
      o.shape[0] = st[r + 2]!;
      o.suffix3[0] = st[r + 8]!;
      s.amb[0] = st[r + 13]!;
    } else {
      o.length = 0;
    }
    const f = this.features;
    const count = next ? nextTagFeatures(s, -1, p1, f, 0) : wordTagFeatures(s, 0, p1, f, 0);
    o.length = 1;
    const v = this.taggedVectors.subarray(at, at + C);
    v.fill(0);
    this.scorer.add(f, count, v);
    (next ? this.nextTags : this.wordTags).set(key, at);
    return at;
  }

  /** Hashes a new word and sums its cached vectors; returns its record number (from 1). */
  private remember(w: string): number {
    const id = this.cache.size + 1;
    const C = this.C;
    if ((id + 1) * RECORD > this.store.length || (id + 1) * G * C > this.vectors.length) {
      const grown = new Int32Array(this.store.length * 2);
      grown.set(this.store);
      this.store = grown;
      const vectors = new Int32Array(this.vectors.length * 2);
      vectors.set(this.vectors);
      this.vectors = vectors;
    }
    const o = this.one;
    hashTokenInto(o, 0, w);
    const st = this.store;
    const r = id * RECORD;
    st[r] = o.form[0]!;
    st[r + 1] = o.lower[0]!;
    st[r + 2] = o.shape[0]!;
    st[r + 3] = o.prefix1[0]!;
    st[r + 4] = o.prefix2[0]!;
    st[r + 5] = o.prefix3[0]!;
    st[r + 6] = o.suffix1[0]!;
    st[r + 7] = o.suffix2[0]!;
    st[r + 8] = o.suffix3[0]!;
    st[r + 9] = o.suffix4[0]!;
    st[r + 10] = o.suffix5[0]!;
    st[r + 11] = o.lastPart[0]!;
    st[r + 12] = o.flags[0]!;
    let amb = this.ambiguity.get(o.lower[0]!) ?? 0;
    if (amb === 0 && this.lexicon.size > 0) amb = lexiconClass(lexiconBits(normalizedLower(w), this.lexicon));
    st[r + 13] = amb;
    st[r + 14] = this.dictionary.get(o.form[0]!) ?? -1;
    const s = this.oneSentence;
    s.amb[0] = amb;
    const f = this.features;
    const base = id * G * C;
    this.vectors.fill(0, base, base + G * C);
    for (let g = 0; g < G; g++) this.scorer.add(f, GROUPS[g]!(s, 0, f, 0), this.vectors.subarray(base + g * C, base + (g + 1) * C));
    this.cache.set(w, id);
    return id;
  }

  tag(words: readonly string[]): TagResult {
    const ids = new Uint16Array(words.length);
    this.tagIds(words, ids);
    const upos: string[] = new Array(words.length);
    const xpos: string[] = new Array(words.length);
    for (let i = 0; i < words.length; i++) {
      upos[i] = this.uposOf[ids[i]!]!;
      xpos[i] = this.xposOf[ids[i]!]!;
    }
    return { upos, xpos };
  }

  /** The model file: quantised rows, tag dictionary and ambiguity classes. */
  static encode(
    header: TaggerHeader,
    rows: TaggerRows,
    dictionary: ReadonlyMap<number, number>,
    ambiguity: ReadonlyMap<number, number>,
    lexicon: ReadonlyMap<number, number> = new Map(),
    reverseRows?: TaggerRows,
  ): Uint8Array {
    const words = [...dictionary.keys()].sort((a, b) => a - b);
    const ambWords = [...ambiguity.keys()].sort((a, b) => a - b);
    const lexWords = header.lexicon ? [...lexicon.keys()].sort((a, b) => a - b) : [];
    const lexSections: Record<string, Uint32Array | Uint16Array> = header.lexicon ? { lexWords: Uint32Array.from(lexWords), lexBits: Uint16Array.from(lexWords.map((w) => lexicon.get(w)!)) } : {};
    const reverseSections: Record<string, Uint32Array | Uint16Array | Uint8Array> = reverseRows
      ? {
          rkeys: reverseRows.keys,
          rlengths: reverseRows.lengths,
          rlabels: reverseRows.labels,
          rvalues: new Uint16Array(reverseRows.values.buffer, reverseRows.values.byteOffset, reverseRows.values.length),
        }
      : {};
    const reverseHeader = reverseRows ? { direction: "both" as const, reverseScale: reverseRows.scale } : {};
    return encodeModelFile({ ...header, ...reverseHeader, format: TAGGER_FORMAT, scale: rows.scale }, {
      ...lexSections,
      ...reverseSections,
      keys: rows.keys,
      lengths: rows.lengths,
      labels: rows.labels,
      values: new Uint16Array(rows.values.buffer, rows.values.byteOffset, rows.values.length),
      dictWords: Uint32Array.from(words),
      dictClasses: Uint16Array.from(words.map((w) => dictionary.get(w)!)),
      ambWords: Uint32Array.from(ambWords),
      ambClasses: Uint32Array.from(ambWords.map((w) => ambiguity.get(w)!)),
    });
  }
}

/** Reverses the first n ids and score rows (C to a row) in place: a right-to-left pass's, put back in sentence order. */
function mirror(out: Uint16Array, scores: Float64Array | undefined, n: number, C: number): void {
  for (let i = 0, j = n - 1; i < j; i++, j--) {
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
    if (scores) {
      for (let c = 0; c < C; c++) {
        const x = scores[i * C + c]!;
        scores[i * C + c] = scores[j * C + c]!;
        scores[j * C + c] = x;
      }
    }
  }
}

/** Gives each word without an ambiguity class its class in the open lexicon (tagger-lexicon.ts), if any. */
export function withLexicon(amb: Uint32Array, words: readonly string[], lexicon: ReadonlyMap<number, number>): void {
  if (lexicon.size === 0) return;
  for (let i = 0; i < amb.length; i++) if (amb[i] === 0) amb[i] = lexiconClass(lexiconBits(normalizedLower(words[i]!), lexicon));
}

/** Each token's ambiguity class (by its lower-case hash), 0 where the word is unknown. */
export function ambiguityClasses(hashes: TokenHashes, table: ReadonlyMap<number, number>): Uint32Array {
  const amb = new Uint32Array(hashes.length);
  for (let i = 0; i < hashes.length; i++) amb[i] = table.get(hashes.lower[i]!) ?? 0;
  return amb;
}

/**
 * A pass's weights as stored: per row its feature key and entry count, and
 * per entry an 8-bit class and a 16-bit weight (v · scale). Entries under
 * `minWeight` in magnitude are gone.
 */
export interface TaggerRows {
  classes: number;
  keys: Uint32Array;
  lengths: Uint8Array;
  labels: Uint8Array;
  values: Int16Array;
  scale: number;
}

export function quantizeTaggerRows(data: LinearModelData, minWeight = 0): TaggerRows {
  if (data.classes > 256) throw new Error(`the tagger takes at most 256 classes, not ${data.classes}`);
  let top = 0;
  for (const w of data.weights) top = Math.max(top, Math.abs(w));
  const scale = top > 0 ? top / 32767 : 1;
  const keys: number[] = [];
  const lengths: number[] = [];
  const labels: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < data.keys.length; r++) {
    let n = 0;
    for (let e = data.offsets[r]!; e < data.offsets[r + 1]!; e++) {
      const w = data.weights[e]!;
      const v = Math.round(w / scale);
      if (v === 0 || Math.abs(w) < minWeight) continue;
      labels.push(data.labels[e]!);
      values.push(v);
      n++;
    }
    if (n > 0) {
      keys.push(data.keys[r]!);
      lengths.push(n);
    }
  }
  // Rows in the order of their home slots in the scorer's table, so that loading fills it front to back.
  const shift = 32 - tableBits(keys.length);
  const starts: number[] = [];
  for (let r = 0, e = 0; r < keys.length; e += lengths[r]!, r++) starts.push(e);
  const order = keys.map((_, r) => r).sort((a, b) => slotOf(keys[a]!, shift) - slotOf(keys[b]!, shift) || keys[a]! - keys[b]!);
  const out: TaggerRows = {
    classes: data.classes,
    keys: Uint32Array.from(order, (r) => keys[r]!),
    lengths: Uint8Array.from(order, (r) => lengths[r]!),
    labels: new Uint8Array(labels.length),
    values: new Int16Array(values.length),
    scale,
  };
  let at = 0;
  for (const r of order) {
    for (let j = 0; j < lengths[r]!; j++, at++) {
      out.labels[at] = labels[starts[r]! + j]!;
      out.values[at] = values[starts[r]! + j]!;
    }
  }
  return out;
}

/** log2 of the scorer's table size for `rows` rows (load at most 0.6). */
function tableBits(rows: number): number {
  let bits = 4;
  while ((1 << bits) * 0.6 < rows) bits++;
  return bits;
}

/** Rows longer than this are kept dense at load: adding a whole row is faster than reading its class ids. */
const DENSE_ROW = 24;
const DENSE = 255;

/**
 * Scores from `TaggerRows`. An open-addressing table of [key, start·256 +
 * length] pairs points into one array of sparse entries (weight·256 + class),
 * or, for a long row (length 255), to a dense row of one weight per class.
 * Sums are integers: any order of adding them gives the same scores.
 */
export class TaggerScorer {
  readonly classes: number;
  readonly rows: number;
  private readonly table: Uint32Array;
  private readonly entries: Int32Array;
  private readonly dense: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  private readonly sums: Int32Array;

  constructor(q: TaggerRows) {
    const C = (this.classes = q.classes);
    this.rows = q.keys.length;
    this.sums = new Int32Array(C);
    const bits = tableBits(q.keys.length);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.table = new Uint32Array((1 << bits) * 2);
    let sparse = 0;
    let dense = 0;
    let total = 0;
    for (const n of q.lengths) {
      total += n;
      if (n > DENSE_ROW) dense++;
      else sparse += n;
    }
    if (total !== q.labels.length || q.values.length !== q.labels.length) throw new Error("row lengths do not add up to the entries");
    const entries = (this.entries = new Int32Array(sparse));
    const denseRows = (this.dense = new Int32Array(dense * C));
    const table = this.table;
    const shift = this.shift;
    const mask = this.mask;
    const { keys, lengths, labels, values } = q;
    let e = 0;
    let at = 0;
    let d = 0;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]!;
      if (key === 0) throw new Error("feature key 0 is reserved");
      const n = lengths[r]!;
      let info: number;
      if (n > DENSE_ROW) {
        for (let j = e; j < e + n; j++) {
          if (labels[j]! >= C) throw new Error(`class ${labels[j]} out of range`);
          denseRows[d * C + labels[j]!] = values[j]!;
        }
        info = d * 256 + DENSE;
        d++;
      } else {
        for (let j = 0; j < n; j++) {
          if (labels[e + j]! >= C) throw new Error(`class ${labels[e + j]} out of range`);
          entries[at + j] = (values[e + j]! << 8) | labels[e + j]!;
        }
        info = at * 256 + n;
        at += n;
      }
      e += n;
      let s = slotOf(key, shift);
      while (table[s * 2] !== 0) s = (s + 1) & mask;
      table[s * 2] = key;
      table[s * 2 + 1] = info;
    }
  }

  /** The best class for these features (the lowest on ties). */
  best(features: Uint32Array, count: number): number {
    const sums = this.sums;
    sums.fill(0);
    this.add(features, count, sums);
    let best = 0;
    let top = sums[0]!;
    for (let c = 1; c < this.classes; c++) {
      if (sums[c]! > top) {
        top = sums[c]!;
        best = c;
      }
    }
    return best;
  }

  /** Adds the quantised weights of these features to `sums`. */
  add(features: Uint32Array, count: number, sums: Int32Array): void {
    const table = this.table;
    const entries = this.entries;
    const dense = this.dense;
    const shift = this.shift;
    const mask = this.mask;
    const C = this.classes;
    for (let i = 0; i < count; i++) {
      const key = features[i]!;
      let s = slotOf(key, shift);
      for (;;) {
        const k = table[s * 2]!;
        if (k === key) {
          const v = table[s * 2 + 1]!;
          const n = v & 255;
          if (n === DENSE) {
            const base = (v >>> 8) * C;
            for (let c = 0; c < C; c++) sums[c]! += dense[base + c]!;
          } else {
            const start = v >>> 8;
            const end = start + n;
            for (let e = start; e < end; e++) {
              const x = entries[e]!;
              sums[x & 255]! += x >> 8;
            }
          }
          break;
        }
        if (k === 0) break;
        s = (s + 1) & mask;
      }
    }
  }
}

// Feature ids are already mixed (hash.ts); the high bits of a multiply pick the slot.
function slotOf(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}
