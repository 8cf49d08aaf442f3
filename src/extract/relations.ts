/**
 * Pass 4: relations between mentions
 * ==================================
 *
 * Typed, directed triples read off the sentence structure, never mere
 * co-occurrence. Each rule is a small function over the tokens and mentions
 * of one sentence; each triple keeps its sentence as evidence.
 *   titles        "Syrian President X"          X leader_of Syria
 *                 "Pentagon spokesman X"        X spokesperson_for Pentagon
 *   appositions   "X, the Russian military commander in Syria"  X commands Russian forces
 *                 "X, a security analyst with the Y Group"       X member_of Y
 *                 "X, of the Y Alliance, said"  X member_of Y;  "X, of Leeds,"  X comes_from Leeds
 *                 "the Y Ministry's chief scientist, X"          X member_of Y
 *   demonyms      "Russian troops"              Russian forces belongs_to Russia
 *   locations     "A, B" / "A in B" / "B's province of A" / "the Syrian port of A"
 *                 "A near B"                    A near B
 *   bases         "Russia's A airbase", "the Russian A airbase", "C will keep its A air base"
 *   verbs         "X backs Y", "X, which supports Y", "X met Y", "X fought Y", "X visited Y"
 */
import type { Predicate } from "../schema/index.js";
import { DEPARTMENT_HEADS, HONORIFICS, LEADER_TITLES, MILITARY_TITLES, PAST_MARKERS, SPEECH_VERBS, SPOKESPERSON_TITLES, TITLES, gazetteer, roleRelation } from "../lexicon/index.js";
import { DEPUTY_WORDS, RIVAL_NOUNS, base, syntaxRelations } from "./syntax-relations.js";
import { demonymOf, matchTitle, type MentionSpan, type SentenceTokens } from "./mentions.js";
import type { Token } from "../schema/index.js";

export interface SpanTriple {
  subject: number;
  predicate: Predicate;
  object: number;
  confidence: number;
  sentence: number;
  /** For `related_to`: the verb. */
  verb?: string;
  /** Stated as past ("former leader"). */
  past?: true;
}

/** What a relation rule may say of a triple beyond its three parts. */
export interface TripleDetail {
  verb?: string;
  past?: boolean;
}

export interface RelationContext {
  sentence: SentenceTokens;
  /** All mentions of the document; rules may add implicit ones. */
  mentions: MentionSpan[];
  /** Indices of this sentence's mentions, in order. */
  ids: number[];
}

const SUPPORT_VERBS = new Set(["backs", "back", "backed", "supports", "support", "supported", "supporting", "backing", "arms", "armed", "funds", "funded", "allied"]);
const OPPOSE_VERBS = new Set(["fight", "fights", "fought", "fighting", "battled", "battles", "attacked", "attacks", "attack", "defeated", "defeat", "routed", "targeted", "bombed", "destroying", "destroy", "destroyed", "opposes", "opposed", "against"]);
const MEET_VERBS = new Set(["met", "meets", "meeting", "hosted", "hosts", "embraced", "embracing", "received"]);
const VISIT_VERBS = new Set(["visited", "visits", "visit", "visiting", "toured"]);
const OBJECT_GAP = new Set(["the", "a", "an", "with", "to", "on", "against", "its", "their", "his", "her", "president", "prime", "minister", "leader", "forces", "of", "in", "into", "by", "both", "rebel", "mainstream", "militant", "militants"]);
const KEEP_VERBS = new Set(["keep", "keeps", "kept", "maintain", "maintains", "maintained", "retain", "retains", "retained"]);
const BASE_WORDS = new Set(["base", "bases", "airbase", "airbases", "airfield", "facility", "facilities", "presence"]);

export function findRelations(ctx: RelationContext): SpanTriple[] {
  const out: SpanTriple[] = [];
  const add = (subject: number, predicate: Predicate, object: number, confidence: number, detail: TripleDetail = {}) => {
    if (subject === object) return;
    const a = ctx.mentions[subject]!;
    const b = ctx.mentions[object]!;
    if (predicate !== "near" && (a.canonical ?? a.ref ?? a.name) === (b.canonical ?? b.ref ?? b.name) && a.kind === b.kind) return;
    // One relation a pair: a typed one wins over related_to for the same two.
    if (predicate === "related_to" && out.some((t) => t.subject === subject && t.object === object)) return;
    if (!out.some((t) => t.subject === subject && t.predicate === predicate && t.object === object && t.verb === detail.verb)) {
      out.push({ subject, predicate, object, confidence, sentence: ctx.sentence.index, ...(detail.verb ? { verb: detail.verb } : {}), ...(detail.past ? { past: true as const } : {}) });
    }
  };
  titleRelations(ctx, add);
  appositionRelations(ctx, add);
  ofAppositionRelations(ctx, add);
  possessorRoleRelations(ctx, add);
  placePossessorRelations(ctx, add);
  possessiveNeighbourRelations(ctx, add);
  titleOfRelations(ctx, add);
  demonymForceRelations(ctx, add);
  affiliateRelations(ctx, add);
  locationRelations(ctx, add);
  baseRelations(ctx, add);
  // Verbs: from the parse where there is one, else from the words' order.
  const tree = ctx.sentence.tree;
  if (tree) syntaxRelations(ctx.sentence.tokens, tree, ctx.mentions, ctx.ids, add, (country, at) => implicitCountry(ctx, country, at));
  else verbRelations(ctx, add);
  return out;
}

type Add = (subject: number, predicate: Predicate, object: number, confidence: number, detail?: TripleDetail) => void;

/** Adds a mention implied by a demonym or a country ("Syrian" → Syria) and returns its index. */
/** The implicit mentions added to each document's mention list, by kind, sentence and start or name. */
const implicitIndex = new WeakMap<MentionSpan[], Map<string, number>>();
function implicitIndexOf(ctx: RelationContext): Map<string, number> {
  let index = implicitIndex.get(ctx.mentions);
  if (!index) implicitIndex.set(ctx.mentions, (index = new Map()));
  return index;
}

function implicitCountry(ctx: RelationContext, country: string, at: Token): number {
  const index = implicitIndexOf(ctx);
  const key = `place|${ctx.sentence.index}|${at.start}`;
  const existing = index.get(key);
  if (existing !== undefined) return existing;
  index.set(key, ctx.mentions.length);
  ctx.mentions.push({
    sentence: ctx.sentence.index, t0: -1, t1: -1, start: at.start, end: at.end, name: country, kind: "place",
    confidence: 0.9, cue: "demonym", canonical: country, country, implicit: true,
  });
  return ctx.mentions.length - 1;
}

function implicitForce(ctx: RelationContext, country: string, at: Token): number {
  const canonical = `${demonymOf(country)} forces`;
  const index = implicitIndexOf(ctx);
  const key = `force|${ctx.sentence.index}|${canonical}`;
  const existing = index.get(key);
  if (existing !== undefined) return existing;
  index.set(key, ctx.mentions.length);
  ctx.mentions.push({
    sentence: ctx.sentence.index, t0: -1, t1: -1, start: at.start, end: at.end, name: canonical, kind: "force",
    confidence: 0.8, cue: "demonym", canonical, country, implicit: true,
  });
  return ctx.mentions.length - 1;
}

function demonymTokenBefore(toks: Token[], m: MentionSpan): Token | undefined {
  for (let k = m.t0 - 1; k >= Math.max(0, m.t0 - 4); k--) {
    if (gazetteer().demonyms.has(toks[k]!.lower)) return toks[k];
  }
  return undefined;
}

function titleRelations(ctx: RelationContext, add: Add): void {
  const toks = ctx.sentence.tokens;
  for (const i of ctx.ids) {
    const m = ctx.mentions[i]!;
    if (m.kind !== "person" || !m.role) continue;
    const role = m.role.toLowerCase();
    const lastWord = role.split(" ").slice(-1)[0]!;
    // "former WorldCom chief X", "ex-Labour leader X": a title held once; the relation is marked past.
    const say: Add = pastTitle(toks, m.t0, role.split(" ").length) ? (s, p, o, c) => add(s, p, o, c, { past: true }) : add;
    if (m.country) {
      const at = demonymTokenBefore(toks, m) ?? toks[m.t0]!;
      const relation = roleRelation(role, "place");
      if (relation === "commands") say(i, "commands", implicitForce(ctx, m.country, at), 0.7);
      else if (relation === "leader_of") say(i, "leader_of", implicitCountry(ctx, m.country, at), 0.85);
      else if (relation) say(i, relation, implicitCountry(ctx, m.country, at), 0.7);
    }
    // "Pentagon spokesman Eric Pahon", "Labour leader Tony Blair": the organization right before the title.
    const titleLength = role.split(" ").length;
    const prev = ctx.ids.filter((j) => {
      const o = ctx.mentions[j]!;
      return !o.implicit && o.kind !== "person" && o.kind !== "event" && o.t1 <= m.t0 && m.t0 - o.t1 <= titleLength + 1 && o.t1 >= m.t0 - titleLength - 1;
    });
    const org = prev[prev.length - 1];
    if (org !== undefined && !toks.slice(ctx.mentions[org]!.t1, m.t0).some((t) => t.text === "," || t.possessive)) {
      const o = ctx.mentions[org]!;
      let relation = o.kind === "person" || o.kind === "event" ? undefined : roleRelation(role, o.kind);
      // "Tiscali portal director X": a word of function between the body and the title makes a department's head.
      if (relation === "leader_of" && DEPARTMENT_HEADS.has(lastWord) && toks.slice(o.t1, m.t0 - titleLength).some((t) => /^\p{Ll}/u.test(t.text) && t.lower !== "the")) relation = "member_of";
      if (relation === "commands" && o.kind !== "force") continue;
      if (relation) say(i, relation, org, relation === "member_of" ? 0.7 : 0.8);
    }
  }
}

/** A past marker among the few words before a title ("former", "ex-", "the then"), within its phrase (no comma or verb between). */
function pastTitle(toks: Token[], t0: number, titleLength: number): boolean {
  for (let k = t0 - 1; k >= 0 && k >= t0 - titleLength - 4; k--) {
    const w = toks[k]!.lower;
    if (PAST_MARKERS.has(w) || /^ex-/.test(w)) return true;
    if (w === "," || w === ";" || w === "and" || w === "said") return false;
  }
  return false;
}

/** Words that may follow a name that ends its noun phrase ("leader of Y and …", "head of Y said"). */
const FUNCTION_WORDS = new Set(["and", "or", "but", "said", "says", "in", "at", "on", "for", "to", "of", "from", "with", "by", "who", "which", "that", "as", "is", "was", "has", "had", "will", "would", "since", "until", "after", "before", "when", "while", "told", "added", "announced"]);

function appositionRelations(ctx: RelationContext, add: Add): void {
  const toks = ctx.sentence.tokens;
  const gaz = gazetteer();
  for (const i of ctx.ids) {
    const m = ctx.mentions[i]!;
    if (m.kind !== "person" || toks[m.t1]?.text !== ",") continue;
    // ", (the|a|an)? (Demonym)? words* TITLE (of|for|with|at|in)? (the)? ORG"
    let k = m.t1 + 1;
    if (["the", "a", "an"].includes(toks[k]?.lower ?? "")) k++;
    let country: string | undefined;
    let demonymTok: Token | undefined;
    const end = Math.min(toks.length, k + 6);
    let title: { length: number; title: string } | undefined;
    let at = k;
    for (; at < end; at++) {
      const t = toks[at]!;
      if (t.text === "," || t.text === ".") break;
      if (!country && gaz.demonyms.has(t.lower)) (country = gaz.demonyms.get(t.lower)), (demonymTok = t);
      title = matchTitle(toks, at);
      if (title) break;
    }
    if (!title) continue;
    // ", the former leader of Y": once, not now; the relation is marked past.
    const past = toks.slice(m.t1 + 1, at).some((t) => PAST_MARKERS.has(t.lower) || /^ex-/.test(t.lower));
    const say: Add = past ? (s, p, o, c) => add(s, p, o, c, { past: true }) : add;
    const titleEnd = at + title.length;
    const lastWord = title.title.split(" ").slice(-1)[0]!;
    const next = ctx.ids.find((j) => {
      const o = ctx.mentions[j]!;
      // "head of UK equities": a name that modifies a noun is not what the title is of.
      const modifies = /^\p{Ll}/u.test(toks[o.t1]?.text ?? "") && !FUNCTION_WORDS.has(toks[o.t1]!.lower);
      return o.t0 >= titleEnd && o.t0 - titleEnd <= 2 && o.kind !== "person" && !modifies && ["of", "for", "with", "at", "the"].includes(toks[o.t0 - 1]?.lower ?? "");
    });
    if (MILITARY_TITLES.has(title.title) && country && demonymTok) {
      say(i, "commands", implicitForce(ctx, country, demonymTok), 0.75);
    } else if (SPOKESPERSON_TITLES.has(lastWord) && next !== undefined) {
      say(i, "spokesperson_for", next, 0.8);
    } else if (next !== undefined) {
      const o = ctx.mentions[next]!;
      if (LEADER_TITLES.has(title.title)) say(i, "leader_of", next, 0.75);
      else if (o.kind === "organization" || o.kind === "force") say(i, "member_of", next, 0.7);
    } else if (country && demonymTok && LEADER_TITLES.has(title.title)) {
      say(i, "leader_of", implicitCountry(ctx, country, demonymTok), 0.75);
    }
  }
}

/**
 * "Ann Vell, of the Coastal Housing Alliance, said…", "Tom Rask, from the
 * Y Forum, …", "John Ortiz (Y Party)": a person set off by a comma (or a
 * bracket) with "of", "from" or "at" and a name right after belongs to an
 * organization, or comes from a place. The name must close the aside: a
 * comma, a bracket, the sentence's end or a verb of speech after it (so that
 * "X, of the Y report on Z" is not read). The parse often takes such an aside
 * for a conjunct; the words' order says it plainly.
 */
function ofAppositionRelations(ctx: RelationContext, add: Add): void {
  const toks = ctx.sentence.tokens;
  for (const i of ctx.ids) {
    const m = ctx.mentions[i]!;
    if (m.kind !== "person" || m.implicit || m.anaphor) continue;
    const open = toks[m.t1]?.text;
    if (open !== "," && open !== "(") continue;
    let k = m.t1 + 1;
    const prep = toks[k]?.lower;
    const bracketed = open === "(";
    if (!bracketed) {
      if (prep !== "of" && prep !== "from" && prep !== "at") continue;
      k++;
    }
    if (toks[k]?.lower === "the") k++;
    const j = ctx.ids.find((x) => ctx.mentions[x]!.t0 === k && !ctx.mentions[x]!.implicit);
    if (j === undefined) continue;
    const o = ctx.mentions[j]!;
    const after = toks[o.t1];
    const closes = bracketed ? after?.text === ")" : after === undefined || after.text === "," || after.text === "." || SPEECH_VERBS.has(after.lower);
    if (!closes) continue;
    if (o.kind === "organization" || o.kind === "force") add(i, "member_of", j, 0.65);
    else if (o.kind === "place" && !bracketed && prep !== "at") add(i, "comes_from", j, 0.6);
  }
}

/**
 * "The Ministry of Farming's chief scientist, Dr Ann Lowe, …", "Vellmark
 * Bank's new chairman, Tom Rask": an organization's role, in lower case, set
 * in apposition to a person. A title makes the relation roleRelation gives it
 * (a chairman leads); any other noun, membership.
 */
function possessorRoleRelations(ctx: RelationContext, add: Add): void {
  const toks = ctx.sentence.tokens;
  for (const i of ctx.ids) {
    const org = ctx.mentions[i]!;
    if ((org.kind !== "organization" && org.kind !== "force") || org.implicit || !toks[org.t1]?.possessive) continue;
    // Up to four lower-case words, then a comma and the person.
    let k = org.t1 + 1;
    const start = k;
    while (k < toks.length && k - start < 4 && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[k]!.text)) k++;
    if (k === start || toks[k]?.text !== ",") continue;
    // The person right after the comma, or after a form of address ("Dr Ann Lowe", the mention being "Ann Lowe").
    const skip = HONORIFICS.has(toks[k + 1]?.lower.replace(/\.$/, "") ?? "") ? 1 : 0;
    const j = ctx.ids.find((x) => ctx.mentions[x]!.kind === "person" && (ctx.mentions[x]!.t0 === k + 1 || ctx.mentions[x]!.t0 === k + 1 + skip));
    if (j === undefined) continue;
    const words = toks.slice(start, k);
    if (words.some((t) => FUNCTION_WORDS.has(t.lower))) continue;
    const past = words.some((t) => PAST_MARKERS.has(t.lower) || /^ex-/.test(t.lower));
    const title = titleOf(words.map((t) => t.lower));
    // "deputy chairman": a deputy's word goes with the title, and roleRelation makes the deputy a member.
    const deputy = words.find((t) => DEPUTY_WORDS.has(t.lower));
    const predicate = title ? roleRelation(deputy && !title.startsWith(deputy.lower) ? `${deputy.lower} ${title}` : title, org.kind) : undefined;
    add(j, predicate ?? "member_of", i, 0.65, past ? { past: true } : {});
  }
}

/**
 * "Norway's Statoil", "Japan's biggest carmaker, Toyota": a place as the
 * possessor of an organization's name, or of up to four lower-case words
 * that describe it, locates the organization there. Words of a phrase that
 * relates the two otherwise ("Russia's talks with OPEC") stop it.
 */
function placePossessorRelations(ctx: RelationContext, add: Add): void {
  const toks = ctx.sentence.tokens;
  for (const i of ctx.ids) {
    const place = ctx.mentions[i]!;
    if (place.kind !== "place" || place.implicit || place.anaphor || !toks[place.t1]?.possessive) continue;
    let k = place.t1 + 1;
    const start = k;
    while (k < toks.length && k - start < 4 && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[k]!.text) && !FUNCTION_WORDS.has(toks[k]!.lower) && !PLACE_POSSESSOR_STOPS.has(toks[k]!.lower)) k++;
    if (k > start && toks[k]?.text === ",") k++;
    const j = ctx.ids.find((x) => ctx.mentions[x]!.kind === "organization" && ctx.mentions[x]!.t0 === k && !ctx.mentions[x]!.implicit);
    if (j === undefined) continue;
    // "Ukraine's WTO entry": a name that only modifies the noun after it is not what the place owns.
    const next = toks[ctx.mentions[j]!.t1];
    const tree = ctx.sentence.tree;
    const last = ctx.mentions[j]!.t1 - 1;
    if (next !== undefined && /^\p{Ll}/u.test(next.text) && tree !== undefined && base(tree.deprels[last]!) === "compound" && tree.heads[last]! >= last + 1) continue;
    add(j, "located_in", i, 0.6);
  }
}

/**
 * "A spokeswoman for Dunmore Foods, Clare Hobbs, said", "the chief executive
 * of Acme, John Smith,": a title, "for", "of" or "at" an organization or
 * force, then the person after a comma: the title's relation (roleRelation).
 */
function titleOfRelations(ctx: RelationContext, add: Add): void {
  const toks = ctx.sentence.tokens;
  for (const i of ctx.ids) {
    const org = ctx.mentions[i]!;
    if ((org.kind !== "organization" && org.kind !== "force") || org.implicit || org.anaphor || org.t0 < 2) continue;
    const prep = toks[org.t0 - 1]!.lower;
    // "of the Y": the article may stand between.
    const at = prep === "the" && org.t0 >= 3 ? org.t0 - 2 : org.t0 - 1;
    if (!["for", "of", "at"].includes(toks[at]!.lower)) continue;
    let title: string | undefined;
    let from = at;
    for (let a = Math.max(0, at - 3); a < at && !title; a++) {
      const words = toks.slice(a, at).map((t) => t.lower);
      if (TITLE_SET.has(words.join(" "))) {
        title = words.join(" ");
        from = a;
      }
    }
    if (!title || toks[org.t1]?.text !== ",") continue;
    const skip = HONORIFICS.has(toks[org.t1 + 1]?.lower.replace(/\.$/, "") ?? "") ? 1 : 0;
    const j = ctx.ids.find((x) => ctx.mentions[x]!.kind === "person" && !ctx.mentions[x]!.anaphor && (ctx.mentions[x]!.t0 === org.t1 + 1 || ctx.mentions[x]!.t0 === org.t1 + 1 + skip));
    if (j === undefined) continue;
    const p = ctx.mentions[j]!;
    // The person closes the apposition: a comma, a verb of speech or the sentence's end.
    const after = toks[p.t1];
    if (after !== undefined && after.text !== "," && after.text !== "." && !SPEECH_VERBS.has(after.lower)) continue;
    const deputy = from > 0 && DEPUTY_WORDS.has(toks[from - 1]!.lower) ? `${toks[from - 1]!.lower} ` : "";
    const past = from > 0 && (PAST_MARKERS.has(toks[from - 1]!.lower) || /^ex-/.test(toks[from]!.lower));
    const predicate = roleRelation(`${deputy}${title}`, org.kind);
    if (predicate) add(j, predicate, i, 0.65, past ? { past: true } : {});
  }
}

/**
 * "Entertainment Weekly's Dave Karger", "Labour's Mr X": an organization's
 * possessive right before a person makes the person its member; "Sun
 * Interbrew, Russia's second-largest brewer,": a place's possessive in
 * apposition to an organization locates it.
 */
function possessiveNeighbourRelations(ctx: RelationContext, add: Add): void {
  const toks = ctx.sentence.tokens;
  for (const i of ctx.ids) {
    const m = ctx.mentions[i]!;
    if (m.implicit || m.anaphor) continue;
    if ((m.kind === "organization" || m.kind === "force") && toks[m.t1]?.possessive) {
      const skip = HONORIFICS.has(toks[m.t1 + 1]?.lower.replace(/\.$/, "") ?? "") ? 1 : 0;
      const j = ctx.ids.find((x) => ctx.mentions[x]!.kind === "person" && !ctx.mentions[x]!.anaphor && (ctx.mentions[x]!.t0 === m.t1 + 1 || ctx.mentions[x]!.t0 === m.t1 + 1 + skip));
      if (j !== undefined) add(j, "member_of", i, 0.6);
    }
    if (m.kind === "organization" && toks[m.t1]?.text === ",") {
      const p = ctx.ids.find((x) => ctx.mentions[x]!.kind === "place" && !ctx.mentions[x]!.implicit && ctx.mentions[x]!.t0 === m.t1 + 1);
      if (p === undefined) continue;
      const place = ctx.mentions[p]!;
      if (!toks[place.t1]?.possessive) continue;
      // Lower-case words describing the body, then the apposition's end.
      let k = place.t1 + 1;
      const start = k;
      while (k < toks.length && k - start < 4 && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[k]!.text) && !FUNCTION_WORDS.has(toks[k]!.lower) && !PLACE_POSSESSOR_STOPS.has(toks[k]!.lower)) k++;
      if (k > start && (k === toks.length || /^[,.;:)]$/.test(toks[k]!.text))) add(i, "located_in", p, 0.6);
    }
  }
}

/** Words after "Country's" that make what follows something other than the country's own body: "Russia's rival X", "Britain's partner X". */
const PLACE_POSSESSOR_STOPS = new Set([
  ...RIVAL_NOUNS,
  "foreign", "overseas", "former",
  // Prepositions: "Ukraine's entry into the X", "America's over-65s, the X".
  "into", "over", "under", "about", "through", "across", "towards", "toward", "within", "without", "between", "among",
  "than", "like", "via", "onto", "upon", "off", "out", "up", "down", "around", "behind", "beyond", "near", "against", "per",
]);

/** The longest title among the words' endings ("new chief executive" → "chief executive"). */
function titleOf(words: readonly string[]): string | undefined {
  for (let a = 0; a < words.length; a++) {
    const phrase = words.slice(a).join(" ");
    if (TITLE_SET.has(phrase)) return phrase;
  }
  return undefined;
}

const TITLE_SET: ReadonlySet<string> = new Set(TITLES);

const AFFILIATE_NOUNS = new Set(["group", "affiliate", "branch", "offshoot", "franchise", "wing", "faction", "splinter", "ally", "proxy", "unit", "subsidiary"]);

/** "the al-Nusra Front, an al-Qaeda group": a group named as another's branch. */
function affiliateRelations(ctx: RelationContext, add: Add): void {
  const toks = ctx.sentence.tokens;
  for (const i of ctx.ids) {
    const m = ctx.mentions[i]!;
    if ((m.kind !== "force" && m.kind !== "organization") || m.implicit || toks[m.t1]?.text !== ",") continue;
    let k = m.t1 + 1;
    if (!["a", "an", "the"].includes(toks[k]?.lower ?? "")) continue;
    k++;
    const parent = ctx.ids.find((j) => {
      const o = ctx.mentions[j]!;
      return j !== i && !o.implicit && (o.kind === "force" || o.kind === "organization") && o.t0 >= k && o.t0 - k <= 2;
    });
    if (parent === undefined) continue;
    const after = toks.slice(ctx.mentions[parent]!.t1, ctx.mentions[parent]!.t1 + 2).map((t) => t.lower.replace(/^-/, ""));
    if (after.some((w) => AFFILIATE_NOUNS.has(w) || w === "linked" || w === "affiliated" || w === "backed")) add(i, "affiliated_with", parent, 0.8);
  }
}

function demonymForceRelations(ctx: RelationContext, add: Add): void {
  const toks = ctx.sentence.tokens;
  for (const i of ctx.ids) {
    const m = ctx.mentions[i]!;
    if (m.kind === "force" && m.cue === "demonym+force" && m.country) {
      add(i, "belongs_to", implicitCountry(ctx, m.country, toks[m.t0]!), 0.9);
    }
  }
}

function isCountry(m: MentionSpan): boolean {
  const entry = gazetteer().places.get((m.canonical ?? m.name).toLowerCase());
  return entry?.type === "country" || entry?.type === "region";
}

function locationRelations(ctx: RelationContext, add: Add): void {
  const toks = ctx.sentence.tokens;
  const gaz = gazetteer();
  const places = ctx.ids.filter((i) => ctx.mentions[i]!.kind === "place" && !ctx.mentions[i]!.implicit);
  for (let n = 0; n < places.length; n++) {
    const a = ctx.mentions[places[n]!]!;
    const nextIdx = places[n + 1];
    const b = nextIdx !== undefined ? ctx.mentions[nextIdx]! : undefined;
    // "Latakia, Syria"; but "Leeds, Derby, Dorset and Hull" is a list: no place before A or after B with a comma or "and" between.
    const prev = n > 0 ? ctx.mentions[places[n - 1]!]! : undefined;
    const after = places[n + 2] !== undefined ? ctx.mentions[places[n + 2]!]! : undefined;
    const listed = (prev !== undefined && prev.t1 === a.t0 - 1 && /^(?:,|and|or)$/.test(toks[prev.t1]!.lower)) || (b !== undefined && after !== undefined && after.t0 === b.t1 + 1 && /^(?:,|and|or)$/.test(toks[b.t1]!.lower));
    if (b && !listed && b.t0 === a.t1 + 1 && toks[a.t1]!.text === "," && isCountry(b) && !isCountry(a)) add(places[n]!, "located_in", nextIdx!, 0.85);
    // "the A air base in B", "A in B"
    if (b && toks[a.t1]?.possessive !== true) {
      const gap = toks.slice(a.t1, b.t0).map((t) => t.lower);
      const inAt = gap.lastIndexOf("in");
      if (gap.length <= 5 && inAt !== -1 && !isCountry(a) && gap.every((w) => LOCATIVE_GAP.has(w) || gaz.demonyms.has(w))) {
        // "in Syria's coastal province of Latakia": A lies in Latakia, which lies in Syria.
        const afterB = toks.slice(b.t1, b.t1 + 5).map((t) => t.lower);
        const third = places[n + 2];
        if (toks[b.t1]?.possessive && third !== undefined && afterB.includes("of") && ctx.mentions[third]!.t0 - b.t1 <= 5) {
          add(places[n]!, "located_in", third, 0.8);
        } else add(places[n]!, "located_in", nextIdx!, 0.8);
      }
      if (gap.length <= 4 && gap.includes("near") && gap.every((w) => LOCATIVE_GAP.has(w) || w === "near")) add(places[n]!, "near", nextIdx!, 0.8);
    }
    // "B's (coastal) province of A", "B's A province"
    if (toks[a.t1]?.possessive && isCountry(a) && b && b.t0 - a.t1 <= 5) {
      const gap = toks.slice(a.t1 + 1, b.t0).map((t) => t.lower);
      const after = toks[b.t1]?.lower ?? "";
      const headBefore = gap.length >= 2 && gap[gap.length - 1] === "of" && ADMIN_HEADS.has(gap[gap.length - 2]!);
      if (headBefore || (gap.length === 0 && ADMIN_HEADS.has(after))) add(nextIdx!, "located_in", places[n]!, 0.85);
    }
    // "the Syrian port of A", "the central Syrian city of A"
    for (let k = a.t0 - 1; k >= Math.max(0, a.t0 - 5); k--) {
      const t = toks[k]!;
      if (t.text === "," || t.text === ".") break;
      const country = gaz.demonyms.get(t.lower);
      if (country && toks[a.t0 - 1]?.lower === "of" && ADMIN_HEADS.has(toks[a.t0 - 2]?.lower ?? "")) {
        add(places[n]!, "located_in", implicitCountry(ctx, country, t), 0.8);
        break;
      }
    }
  }
}

/** Administrative units: "Syria's province of Latakia" places Latakia in Syria; a base does not. */
const ADMIN_HEADS = new Set(["province", "governorate", "region", "district", "city", "town", "village", "capital", "state", "county", "oblast", "port"]);
/** Words allowed between "A" and "in B" for A to lie in B ("the Hmeimim air base in Syria"). */
const LOCATIVE_GAP = new Set(["in", "the", "a", "air", "base", "airbase", "naval", "facility", "province", "governorate", "region", "district", "city", "port", "town", "village", "camp", "coastal", "northern", "southern", "eastern", "western", "central", "northwestern", "northeastern", "southwestern", "southeastern", "military", "river", "valley"]);

function baseRelations(ctx: RelationContext, add: Add): void {
  const toks = ctx.sentence.tokens;
  const gaz = gazetteer();
  const isBaseCue = (m: MentionSpan) => {
    const after = toks.slice(m.t1, m.t1 + 2).map((t) => t.lower);
    return after.some((w) => BASE_WORDS.has(w));
  };
  for (const i of ctx.ids) {
    const m = ctx.mentions[i]!;
    if (m.kind !== "place" || m.implicit || isCountry(m) || !isBaseCue(m) || ADMIN_HEADS.has(toks[m.t1]?.lower ?? "")) continue;
    // "Russia's Hmeymim airbase"
    const owner = ctx.ids.find((j) => {
      const o = ctx.mentions[j]!;
      return o.t1 < m.t0 && toks[o.t1]?.possessive && o.t1 + 1 === m.t0 && (isCountry(o) || o.kind === "force");
    });
    if (owner !== undefined) {
      add(owner, "has_base_at", i, 0.85);
      continue;
    }
    // "the Russian Hmeimim airbase"
    const prev = toks[m.t0 - 1];
    const country = prev ? gaz.demonyms.get(prev.lower) : undefined;
    if (country && prev) add(implicitCountry(ctx, country, prev), "has_base_at", i, 0.8);
  }
  // "Russia will keep its Hmeymim air base … and its naval facility in … Tartous"; "with its two bases A and B".
  const subject = ctx.ids.find((j) => {
    const o = ctx.mentions[j]!;
    return (isCountry(o) || o.kind === "force") && !o.implicit && !toks[o.t1]?.possessive;
  });
  if (subject === undefined) return;
  const s = ctx.mentions[subject]!;
  const keepAt = toks.findIndex((t, k) => k >= s.t1 && (KEEP_VERBS.has(t.lower) || (BASE_WORDS.has(t.lower) && toks[k - 1]?.lower === "two")));
  if (keepAt === -1) return;
  for (const i of ctx.ids) {
    const m = ctx.mentions[i]!;
    if (m.kind !== "place" || m.implicit || m.t0 < keepAt || isCountry(m) || ADMIN_HEADS.has(toks[m.t1]?.lower ?? "")) continue;
    const window = toks.slice(Math.max(keepAt, m.t0 - 8), m.t1 + 2).map((t) => t.lower);
    if (window.some((w) => BASE_WORDS.has(w))) add(subject, "has_base_at", i, 0.75);
  }
}

function verbRelations(ctx: RelationContext, add: Add): void {
  const toks = ctx.sentence.tokens;
  const actors = ctx.ids.filter((i) => !ctx.mentions[i]!.implicit);
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!.lower;
    let predicate: Predicate | undefined;
    if (SUPPORT_VERBS.has(w)) predicate = "supports";
    else if (OPPOSE_VERBS.has(w)) predicate = "opposes";
    else if (MEET_VERBS.has(w) || (w === "talks" && toks[k + 1]?.lower === "with")) predicate = "met_with";
    else if (VISIT_VERBS.has(w)) predicate = "visited";
    if (!predicate) continue;
    // Subject: the nearest mention before the verb in the same clause, or the one before ", which".
    let subjIdx: number | undefined;
    for (let n = actors.length - 1; n >= 0; n--) {
      const m = ctx.mentions[actors[n]!]!;
      if (m.t1 > k) continue;
      if (k - m.t1 > 8) break;
      const between = toks.slice(m.t1, k).map((t) => t.lower);
      if (between.includes(";")) break;
      if (between.includes(",") && !(between[0] === "," && (between[1] === "which" || between[1] === "who"))) {
        if (!(predicate === "met_with" && between.includes("was"))) break;
      }
      subjIdx = actors[n];
      break;
    }
    // Object: the first mention after the verb within a few tokens ("Russia's" in "Russia's base" is not it).
    // Only articles, prepositions and modifiers may stand between ("met with the Syrian president X"), not a noun ("attacked the way the Iraq war…").
    const objIdx = actors.find((i) => {
      const m = ctx.mentions[i]!;
      return m.t0 > k && m.t0 - k <= 5 && !toks[m.t1]?.possessive && toks.slice(k + 1, m.t0).every((t) => OBJECT_GAP.has(t.lower) || t.cap || gazetteer().demonyms.has(t.lower));
    });
    // The noun "visit" names its place after "to": "a visit to Syria".
    if (predicate === "visited" && (w === "visit" || w === "visits") && objIdx !== undefined && toks[ctx.mentions[objIdx]!.t0 - 1]?.lower !== "to") continue;
    if (subjIdx === undefined || objIdx === undefined) continue;
    const subj = ctx.mentions[subjIdx]!;
    const obj = ctx.mentions[objIdx]!;
    // Passive "was met by X": X met the subject; symmetric anyway.
    if (predicate === "visited") {
      if (obj.kind === "place" && subj.kind !== "place") add(subjIdx, "visited", objIdx, 0.8);
    } else if (predicate === "met_with") {
      if ((subj.kind === "person" && obj.kind === "person") || (subj.kind !== "place" && obj.kind !== "place")) add(subjIdx, "met_with", objIdx, 0.75);
    } else if (subj.kind !== "place" || isCountry(subj)) {
      add(subjIdx, predicate, objIdx, 0.7);
      // "Moscow and Damascus … destroying ISIS": both coordinated subjects.
      const before = actors.find((i) => ctx.mentions[i]!.t1 + 1 === subj.t0 && toks[subj.t0 - 1]?.lower === "and");
      if (before !== undefined) add(before, predicate, objIdx, 0.65);
    }
  }
}
