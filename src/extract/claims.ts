/**
 * Pass 5: claims — figures and who gives them
 * ===========================================
 *
 * A number followed by what it counts ("6,328 civilians", "23 warplanes",
 * "2.4 million children", "some 4000 men") is a claim. It says what the number
 * measures (the count noun, and the verb around it: killed, withdrawn,
 * estimated…) and who says so: "according to X", "X said/reported that…",
 * "…, said X". Years, dates, ages, money and durations are not claims here.
 * Claims about the same measure that disagree are linked as conflicts later,
 * across articles (resolution).
 */
import type { Claim, Evidence } from "../schema/index.js";
import { CLAIM_UNITS, CLAIM_VERBS, SPEECH_VERBS } from "../lexicon/index.js";
import type { MentionSpan, SentenceTokens } from "./mentions.js";
import type { Token } from "../schema/index.js";

const NUMBER_WORDS = new Map<string, number>(Object.entries({
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
}));
const SCALE = new Map<string, number>(Object.entries({ thousand: 1e3, million: 1e6, billion: 1e9, m: 1e6, bn: 1e9 }));
const SKIP_BEFORE = new Set(["$", "£", "€", "¥", "aged", "age", "No", "no", "number", "page", "at", "since", "in", "on", "by", "until",
  // "the two men", "its two bases": a description of known things, not a figure.
  "the", "these", "those", "both", "its", "their", "his", "her", "our", "my", "your"]);
/** Verbs by which a source gives a figure. */
const REPORT_VERBS = new Set(["released", "published", "showed", "shows", "estimated", "estimates", "documented", "counted", "recorded", "put", "puts"]);
const MAX_GAP = 2;

export interface ClaimInput {
  doc: string;
  sentence: SentenceTokens;
  mentions: MentionSpan[];
  ids: number[];
  evidence: Evidence;
}

export function findClaims(input: ClaimInput): Claim[] {
  const toks = input.sentence.tokens;
  const out: Claim[] = [];
  for (let i = 0; i < toks.length; i++) {
    const parsed = parseNumber(toks, i);
    if (!parsed) continue;
    const { value, end } = parsed;
    const prev = toks[i - 1];
    if (prev && SKIP_BEFORE.has(prev.text)) continue;
    if (/^(?:1[89]|20)\d\d$/.test(toks[i]!.text) && end === i + 1) continue; // a year
    // The count noun: the first known unit within a couple of words ("23 warplanes", "two helicopter gunships").
    let unitAt = -1;
    for (let k = end; k < Math.min(toks.length, end + MAX_GAP + 1); k++) {
      const w = toks[k]!.lower;
      if (CLAIM_UNITS.has(w)) {
        unitAt = k;
        // "two helicopter gunships": the head is the last count noun of the phrase.
        while (CLAIM_UNITS.has(toks[unitAt + 1]?.lower ?? "")) unitAt++;
        break;
      }
      if (!/^\p{Ll}/u.test(toks[k]!.text)) break;
    }
    if (unitAt === -1) continue;
    const unit = toks[unitAt]!.lower;
    const measure = verbOf(toks, i, unitAt);
    const source = attribution(toks, input.mentions, input.ids);
    out.push({
      id: `${input.doc}#${input.sentence.index}:${toks[i]!.start}`,
      doc: input.doc,
      subject: `${CLAIM_UNITS.get(unit)!}${measure ? ` ${measure}` : ""}`,
      value,
      unit,
      ...(source ? { attributedTo: source } : {}),
      evidence: { ...input.evidence },
      conflicts: [],
    });
    i = unitAt;
  }
  return out;
}

function parseNumber(toks: Token[], i: number): { value: number; end: number } | undefined {
  const t = toks[i]!;
  const c = t.text.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && !NUMBER_WORDS.has(t.lower)) return undefined;
  let value: number | undefined;
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(t.text)) value = Number(t.text.replace(/,/g, ""));
  else value = NUMBER_WORDS.get(t.lower);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  let end = i + 1;
  const scale = toks[end] ? SCALE.get(toks[end]!.lower) : undefined;
  if (scale) {
    value *= scale;
    end++;
  }
  return { value, end };
}

/** The measure: a verb near the number ("killed", "withdrawing"), as its class. */
function verbOf(toks: Token[], numberAt: number, unitAt: number): string | undefined {
  for (let k = numberAt - 1; k >= Math.max(0, numberAt - 8); k--) {
    const cls = CLAIM_VERBS.get(toks[k]!.lower);
    if (cls) return cls;
  }
  for (let k = unitAt + 1; k < Math.min(toks.length, unitAt + 6); k++) {
    const cls = CLAIM_VERBS.get(toks[k]!.lower);
    if (cls) return cls;
  }
  return undefined;
}

/** Who says it: "according to X", "X said/reported (that)", "…, said X". */
function attribution(toks: Token[], mentions: MentionSpan[], ids: number[]): string | undefined {
  const name = (i: number) => {
    const m = mentions[i]!;
    return m.canonical ?? m.ref ?? m.name;
  };
  const sources = ids.filter((i) => !mentions[i]!.implicit && mentions[i]!.kind !== "place" && mentions[i]!.kind !== "event");
  for (const i of sources) {
    const m = mentions[i]!;
    const before = toks.slice(Math.max(0, m.t0 - 3), m.t0).map((t) => t.lower).join(" ");
    if (/according to( the)?$/.test(before)) return name(i);
  }
  const says = (t: Token | undefined) => t !== undefined && (SPEECH_VERBS.has(t.lower) || REPORT_VERBS.has(t.lower));
  for (const i of sources) {
    const m = mentions[i]!;
    // "X was told …" is passive: X is not the source.
    const passive = ["was", "were", "is", "are", "been"].includes(toks[m.t1]?.lower ?? "");
    if (!passive && (says(toks[m.t1]) || (says(toks[m.t1 + 1]) && /^(?:has|have|had|also|then|later)$/.test(toks[m.t1]!.lower)))) return name(i);
    if (says(toks[m.t0 - 1]) && toks[m.t0 - 2]?.text === ",") return name(i);
  }
  // "X, the commander in Syria, said …": the sentence's first actor before its speech verb.
  const verb = toks.findIndex((t) => SPEECH_VERBS.has(t.lower));
  if (verb !== -1 && toks[verb - 1]?.text === ",") {
    const first = sources.find((i) => mentions[i]!.t1 < verb && mentions[i]!.kind === "person");
    if (first !== undefined && mentions[first]!.t0 <= 2) return name(first);
  }
  return describedSource(toks, says);
}

const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"]);

/**
 * A source the sentence describes without naming: "according to the
 * UK-based monitoring group", "…, the ministry said", "local officials
 * reported". The words as written (a determiner and up to five more words,
 * no figure among them), so a reader sees who says it even where it is no
 * node of the graph.
 */
function describedSource(toks: Token[], says: (t: Token | undefined) => boolean): string | undefined {
  // A word, or a hyphen joined to the words on both sides ("UK-based").
  const word = (t: Token | undefined, k = -1) =>
    t !== undefined && (/^\p{L}[\p{L}'’-]*$/u.test(t.text) || (/^[-‐]$/.test(t.text) && k > 0 && toks[k - 1]!.end === t.start && toks[k + 1]?.start === t.end));
  const text = (from: number, to: number) => toks.slice(from, to).map((t, n) => (n > 0 && t.start > toks[from + n - 1]!.end ? " " : "") + t.text).join("");
  for (let k = 0; k + 1 < toks.length; k++) {
    if (toks[k]!.lower !== "according" || toks[k + 1]!.lower !== "to") continue;
    let e = k + 2;
    while (e < toks.length && e - (k + 2) < 8 && word(toks[e], e)) e++;
    if (e - (k + 2) >= 2 && DETERMINERS.has(toks[k + 2]!.lower)) return text(k + 2, e);
  }
  for (let v = 1; v < toks.length; v++) {
    if (!says(toks[v])) continue;
    let b = v;
    while (b > 0 && v - b < 8 && word(toks[b - 1], b - 1) && !says(toks[b - 1])) b--;
    // From the last determiner of the run: "… figures, the ministry said" → "the ministry".
    let d = -1;
    for (let k = b; k < v; k++) if (DETERMINERS.has(toks[k]!.lower)) d = k;
    if (d === -1 || v - d < 2) continue;
    // Only at the start of the sentence or after a comma: "…, the ministry said"; not "the figures the ministry said were false" (no comma) or inside a clause.
    if (d > 0 && toks[d - 1]!.text !== "," && toks[d - 1]!.text !== "\u201d" && toks[d - 1]!.text !== '"') continue;
    return text(d, v);
  }
  return undefined;
}
