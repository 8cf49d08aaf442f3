/**
 * Pass 3: events and their dates
 * ==============================
 *
 * A trigger word ("withdrawal", "visit", "air campaign") with an agent becomes
 * an event mention. Dates come from chrono-node, read against the article's
 * publication date ("on Monday", "last year", "September 2015"), plus bare
 * years ("in 2011"). Each date expression goes to the nearest trigger, except
 * a date right after a speech verb ("said today"), which dates the report and
 * so every reported event of the sentence. Events that news reports on the
 * day ("withdrawal", "visit", "talks") take the article's date when the text
 * gives none; events in quotations never start a new event, since their
 * relative dates are the speaker's.
 */
import * as chrono from "chrono-node";
import type { EventMention, Evidence, Precision } from "../schema/index.js";
import { ANNOUNCE_WORDS, EVENT_CLASSES, ORDER_WORDS, PERSON_PRONOUNS, SPEECH_VERBS, gazetteer, verbLemma, type EventClass } from "../lexicon/index.js";
import type { MentionSpan, SentenceTokens } from "./mentions.js";
import { parseEvents, type ParsedEvent } from "./parse-events.js";
import type { SentenceTree } from "./syntax-relations.js";
import type { Token } from "../schema/index.js";

export interface DateValue {
  date: string;
  precision: Precision;
  /** The text gave no year ("on 26 February", "in March"): chrono took the nearest. */
  yearGuessed?: boolean;
}

interface TriggerHit {
  cls: EventClass;
  t0: number;
  t1: number;
  announced: boolean;
  /** Found in the parse, with its arguments (extract/parse-events.ts). */
  parsed?: ParsedEvent;
}

interface DateHit extends DateValue {
  t0: number;
  reporting: boolean;
}

/** Trigger phrases by first word, longest first. */
const TRIGGERS = new Map<string, Array<{ tokens: string[]; cls: EventClass }>>();
for (const cls of EVENT_CLASSES) {
  for (const t of cls.triggers) {
    const tokens = t.split(" ");
    const list = TRIGGERS.get(tokens[0]!) ?? [];
    list.push({ tokens, cls });
    TRIGGERS.set(tokens[0]!, list);
  }
}
for (const list of TRIGGERS.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

const DURATION_RE = /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|past)\s+(?:years?|months?|weeks?|days?|decades?)\b/i;

const PLACE_PREPOSITIONS = new Set(["in", "at", "to", "into", "near", "from", "of", "out", "inside", "across", "over", "on"]);

/** Date expressions of a text, with offsets relative to it. */
export function findDates(text: string, published?: string): Array<DateValue & { index: number; length: number }> {
  const out: Array<DateValue & { index: number; length: number }> = [];
  const given = published ? new Date(`${published}T12:00:00Z`) : undefined;
  // With no publication date, only dates that name their year stand ("3 May 2004"), read against any day.
  const absoluteOnly = given === undefined || Number.isNaN(given.getTime());
  const ref = absoluteOnly ? new Date("2000-01-01T12:00:00Z") : given;
  for (const r of chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    // A relative expression ("last minute", "two days ago") counts from the reference day, which here is no day at all.
    if (absoluteOnly && (!r.start.isCertain("year") || !/\b(?:1[89]|20)\d\d\b/.test(r.text))) continue;
    // "march"/"may" in lower case are verbs far more often than months.
    if (/(?:^|[^\p{L}])(?:march|may)(?:[^\p{L}]|$)/u.test(r.text)) continue;
    // Durations ("the last 17 years", "less than a week") are not dates.
    if (DURATION_RE.test(r.text) && !/\bago\b/i.test(r.text)) continue;
    if (/\b(?:than|about|around|nearly|almost|within|for)\s*$/i.test(text.slice(Math.max(0, r.index - 8), r.index))) continue;
    const d = r.start.date();
    // Implausible years ("5400") come from numbers that are not dates.
    const year = d.getUTCFullYear();
    if (!Number.isFinite(year) || year < 1800 || year > (absoluteOnly ? 2100 : ref.getUTCFullYear() + 10)) continue;
    const iso = d.toISOString().slice(0, 10);
    let precision: Precision = r.start.isCertain("day") || r.start.isCertain("weekday") ? "day" : r.start.isCertain("month") ? "month" : "year";
    if (/\bweek\b/i.test(r.text) && precision === "day") precision = "month";
    if (!r.start.isCertain("year") && !r.start.isCertain("weekday") && !/\b(?:today|yesterday|tomorrow|tonight)\b/i.test(r.text) && precision !== "day") {
      // "in March" without a year: chrono guesses the year; keep the guess only to the month.
      precision = "month";
    }
    const yearGuessed = !r.start.isCertain("year") && !r.start.isCertain("weekday") && !/\b(?:today|yesterday|tomorrow|tonight|ago|last|next|this)\b/i.test(r.text);
    out.push({ date: cut(iso, precision), precision, index: r.index, length: r.text.length, ...(yearGuessed ? { yearGuessed: true } : {}) });
  }
  const yearRe = /\b(?:in|since|of|by|from|until|before|after|during)\s+((?:1[89]|20)\d\d)\b(?!\s*(?:people|troops|men|km|kilometres|miles|civilians|dead))/gi;
  let m: RegExpExecArray | null;
  while ((m = yearRe.exec(text)) !== null) {
    const index = m.index + m[0].length - m[1]!.length;
    if (out.some((d) => index >= d.index && index < d.index + d.length)) continue;
    out.push({ date: m[1]!, precision: "year", index, length: 4 });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * "X died on 26 February", read in December: a date without a year that
 * chrono put after the publication goes a year back when the event's clause
 * is in the past tense (a verb trigger's own form, an event noun's verb).
 */
function pastYear(d: DateHit | undefined, tr: TriggerHit, toks: readonly Token[], tree: SentenceTree | undefined, published: string | undefined): DateHit | undefined {
  if (!d?.yearGuessed || !published || d.date.slice(0, 10) <= published.slice(0, d.date.length)) return d;
  let verb = tr.parsed?.head;
  if (verb !== undefined && tree && tree.upos[verb] !== "VERB") {
    const g = tree.heads[verb]!;
    verb = g >= 0 && tree.upos[g] === "VERB" ? g : undefined;
  }
  if (verb === undefined || !tree || tree.upos[verb] !== "VERB") return d;
  const w = toks[verb]!.lower;
  const past = !w.endsWith("ing") && !/[^s]s$/.test(w) && verbLemma(w) !== w;
  // An auxiliary of the present or future ("is due", "will"), or a present perfect's "has", keeps the guess.
  if (!past || tree.heads.some((h, k) => h === verb && (tree.deprels[k] === "aux" || tree.deprels[k] === "aux:pass") && !/^(?:was|were|had|did)$/.test(toks[k]!.lower))) return d;
  const year = Number(d.date.slice(0, 4)) - 1;
  return { ...d, date: `${year}${d.date.slice(4)}` };
}

function cut(iso: string, precision: Precision): string {
  return precision === "day" ? iso : precision === "month" ? iso.slice(0, 7) : iso.slice(0, 4);
}

export interface EventPassInput {
  doc: string;
  text: string;
  published?: string;
  sentences: SentenceTokens[];
  /** Mentions of the document, indices are the ones events refer to. */
  mentions: MentionSpan[];
  /** Character ranges inside quotation marks. */
  quoted: Array<[number, number]>;
  evidence: (sentence: number) => Evidence;
}

/** Finds the event mentions of a document, with dates resolved. */
export function findEvents(input: EventPassInput): EventMention[] {
  const { doc, text, published, mentions } = input;
  const bySentence = new Map<number, number[]>();
  mentions.forEach((m, i) => {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(i);
    bySentence.set(m.sentence, list);
  });
  const raw: RawEvent[] = [];
  let lastPersonAgent: number | undefined;

  for (const s of input.sentences) {
    const toks = s.tokens;
    const ids = bySentence.get(s.index) ?? [];
    // "his resignation": the person who is the subject (or the by-agent) of the pronoun's clause; else the first
    // person named before it; else, when nothing in the clause could be its subject, the last person who acted.
    const antecedent = (k: number): number | undefined => {
      const persons = ids.filter((i) => mentions[i]!.kind === "person" && !mentions[i]!.implicit && !mentions[i]!.anaphor);
      const tree = s.tree;
      if (tree) {
        let verb = k;
        while (verb >= 0 && tree.upos[verb] !== "VERB") verb = tree.heads[verb]!;
        if (verb >= 0) {
          const subject = persons.find((i) => {
            for (let j = mentions[i]!.t0; j < mentions[i]!.t1; j++) {
              const rel = tree.deprels[j]!;
              if (tree.heads[j] === verb && (rel === "nsubj" || rel === "obl:agent" || (rel === "obl" && toks[j - 1]?.lower === "by"))) return true;
            }
            return false;
          });
          if (subject !== undefined) return subject;
          // "The prime minister … his speech": a subject that names no one we know stands for the pronoun.
          if (tree.heads.some((h, j) => h === verb && j < k && tree.deprels[j] === "nsubj")) return persons.find((i) => mentions[i]!.t1 <= k);
        }
      }
      return persons.find((i) => mentions[i]!.t1 <= k) ?? lastPersonAgent;
    };
    const { events: parsed, examined } = s.tree ? parseEvents(toks, s.tree, mentions, ids, s.index, antecedent) : { events: [], examined: new Set<number>() };
    // The parse decides on every trigger it looked at ("refused to call an early vote" is none); word windows read the others.
    const triggers: TriggerHit[] = findTriggers(toks).filter((h) => {
      for (let k = h.t0; k < h.t1; k++) if (examined.has(k)) return false;
      return !parsed.some((p) => h.t0 < p.t1 && p.t0 < h.t1);
    });
    for (const p of parsed) triggers.push({ cls: p.cls, t0: p.t0, t1: p.t1, announced: p.announced === true, parsed: p });
    triggers.sort((a, b) => a.t0 - b.t0);
    if (triggers.length === 0) {
      const firstPerson = ids.find((i) => mentions[i]!.kind === "person");
      if (firstPerson !== undefined) lastPersonAgent = firstPerson;
      continue;
    }
    const sentenceStart = toks[0]?.start ?? 0;
    const sentenceText = text.slice(sentenceStart, toks[toks.length - 1]?.end ?? sentenceStart);
    const dates: DateHit[] = findDates(sentenceText, published).map((d) => {
      const t0 = toks.findIndex((t) => t.start >= sentenceStart + d.index);
      const prev = toks.slice(Math.max(0, t0 - 2), t0).map((t) => t.lower);
      return { ...d, t0: t0 === -1 ? toks.length : t0, reporting: prev.some((w) => SPEECH_VERBS.has(w)) };
    });
    const assigned = new Map<TriggerHit, DateHit>();
    for (const d of dates) {
      if (d.reporting) {
        for (const tr of triggers) if (tr.cls.datedByPublication && !assigned.has(tr)) assigned.set(tr, d);
        continue;
      }
      let best: TriggerHit | undefined;
      let bestDist = Infinity;
      for (const tr of triggers) {
        // An event found in the parse takes only a date of its own clause.
        if (tr.parsed && s.tree && !sameClause(s.tree, d.t0, tr.parsed.head)) continue;
        const dist = d.t0 >= tr.t1 ? d.t0 - tr.t1 : tr.t0 - d.t0;
        if (dist < bestDist) (best = tr), (bestDist = dist);
      }
      if (best && !assigned.has(best)) assigned.set(best, d);
    }
    const speaker = findSpeaker(toks, ids, mentions);
    for (const tr of triggers) {
      // What has not happened yet is no event, unless someone announces it as a body's decision ("Russia is to pull out, Putin said").
      if (tr.parsed?.future && !(speaker !== undefined && tr.parsed.agent !== undefined && mentions[tr.parsed.agent]!.kind !== "person")) continue;
      const agent = tr.parsed ? tr.parsed.agent : findAgent(toks, ids, mentions, tr) ?? pronounAgent(toks, tr, lastPersonAgent) ?? demonymAgent(toks, mentions, tr, s.index);
      const place = tr.parsed ? tr.parsed.place : findPlace(toks, ids, mentions, tr);
      // Participants: "talks with X", "X and Y held talks", or the object right after a verb trigger ("met X").
      const participants = tr.parsed ? tr.parsed.participants : ids.filter((i) => {
        const m = mentions[i]!;
        if (i === agent || i === place || m.implicit || toks[m.t1]?.possessive) return false;
        if (m.kind !== "person" && m.kind !== "force" && m.kind !== "organization") return false;
        const lead = toks.slice(Math.max(0, m.t0 - 3), m.t0).map((t) => t.lower);
        if (m.t0 >= tr.t1 && m.t0 - tr.t1 <= 6 && (lead.includes("with") || lead.includes("between") || lead.includes("against"))) return true;
        if (m.t0 >= tr.t1 && m.t0 - tr.t1 <= 1 && tr.cls.name !== "election") return true;
        const a = agent !== undefined ? mentions[agent]! : undefined;
        return a !== undefined && (m.t0 === a.t1 + 1 || m.t1 + 1 === a.t0) && (toks[a.t1]?.lower === "and" || toks[m.t1]?.lower === "and");
      });
      const d = pastYear(assigned.get(tr), tr, toks, s.tree, published);
      let agentRole: EventMention["agentRole"] = "participant_in";
      if (agent !== undefined && tr.parsed) {
        // The parse says how: an order ("X ordered the withdrawal"), an announcement ("X's withdrawal announcement"), or taking part.
        agentRole = tr.parsed.ordered ? "ordered" : tr.parsed.announced ? "announced" : "participant_in";
      } else if (agent !== undefined) {
        const from = Math.max(0, Math.min(mentions[agent]!.t1, tr.t0) - 1);
        const between = toks.slice(from, tr.t0 + 1).map((t) => t.lower);
        if (between.some((w) => ORDER_WORDS.has(w))) agentRole = "ordered";
        else if (tr.announced || between.some((w) => ANNOUNCE_WORDS.has(w))) agentRole = "announced";
      }
      // A caption describes a picture, maybe of another day: like a quotation, it only joins an event the article reports.
      const quotedHit = s.caption || inRanges(input.quoted, toks[tr.t0]!.start);
      const ev: RawEvent = {
        doc,
        sentence: s.index,
        start: toks[tr.t0]!.start,
        end: toks[tr.t1 - 1]!.end,
        type: tr.cls.name,
        trigger: text.slice(toks[tr.t0]!.start, toks[tr.t1 - 1]!.end),
        ...(d ? { date: d.date, precision: d.precision, dateSource: "text" as const } : {}),
        ...(agent !== undefined ? { agent, agentRole } : {}),
        participants: participants.filter((p) => p !== speaker),
        // Who says the sentence announces what a body does ("Russia is to pull out, Putin said"); of another person's act they only report.
        ...(speaker !== undefined && speaker !== agent && (!tr.parsed || (agent !== undefined && mentions[agent]!.kind !== "person")) ? { speaker } : {}),
        ...(place !== undefined ? { place } : {}),
        evidence: input.evidence(s.index),
        quoted: quotedHit,
        explicit: d !== undefined,
        structural: tr.parsed !== undefined,
      };
      raw.push(ev);
      if (agent !== undefined && mentions[agent]!.kind === "person") lastPersonAgent = agent;
    }
    const firstPerson = ids.find((i) => mentions[i]!.kind === "person");
    if (firstPerson !== undefined && lastPersonAgent === undefined) lastPersonAgent = firstPerson;
  }
  const keyOf = (i: number | undefined) => {
    if (i === undefined) return undefined;
    const m = mentions[i]!;
    return `${m.kind}:${m.canonical ?? m.ref ?? m.name}`;
  };
  return settleEvents(raw, published, keyOf);
}

/** An event mention before settling: whether it is quoted, has a date of its own, and was read off the parse. */
type RawEvent = EventMention & { quoted: boolean; explicit: boolean; structural: boolean };

/**
 * Whether token k (a date) belongs to the clause of token head (a trigger):
 * the first verb above the date is the trigger's own verb, or the date hangs
 * on the trigger itself.
 */
function sameClause(tree: SentenceTree, k: number, head: number): boolean {
  const clauseOf = (x: number): number => {
    for (let a = x; a >= 0; a = tree.heads[a]!) if (tree.upos[a] === "VERB" || tree.heads[a]! < 0) return a;
    return -1;
  };
  if (k < 0 || k >= tree.heads.length) return false;
  for (let a = k; a >= 0; a = tree.heads[a]!) {
    if (a === head) return true;
    if (tree.upos[a] === "VERB") break;
  }
  return clauseOf(k) === clauseOf(head);
}

/**
 * Decides which trigger mentions are events and gives each a date: own date,
 * else the document's dated event of the same class, else the publication
 * date for classes reported on the day. Agentless or quoted mentions only
 * join an event the document already has.
 */
function settleEvents(
  raw: RawEvent[],
  published: string | undefined,
  keyOf: (mention: number | undefined) => string | undefined,
): EventMention[] {
  const sharesActor = (a: EventMention, b: EventMention) =>
    (a.agent !== undefined && keyOf(a.agent) === keyOf(b.agent)) || (a.place !== undefined && keyOf(a.place) === keyOf(b.place));
  const classes = new Map(EVENT_CLASSES.map((c) => [c.name, c]));
  // A bare "announcement" refers to an event the article reports elsewhere; it joins that event, never starts one.
  // Elections, ceasefires and uprisings are known by place and date, not by who is near the word: they need a date of their own.
  const needsDate = (e: { type: string }) => e.type === "election" || e.type === "ceasefire" || e.type === "uprising" || e.type === "annexation";
  // An event read off the parse names a participant or a place by construction: it stands dated or not.
  const starters = raw.filter(
    (e) =>
      !e.quoted &&
      e.type !== "announcement" &&
      (e.structural ||
        ((!needsDate(e) || e.explicit) && (e.agent !== undefined || (e.explicit && (e.place !== undefined || e.participants.length > 0))))),
  );
  const textDated = groupBy(starters.filter((o) => o.dateSource === "text"), (o) => o.type);
  for (const e of starters) {
    if (e.date) continue;
    const sameClass = (textDated.get(e.type) ?? []).filter((o) => o !== e);
    const cls = classes.get(e.type)!;
    if (cls.datedByPublication && published) {
      // Reported on the day: the article's date, unless the article dates the same kind of event to the day.
      const match = sameClass.find((o) => o.precision === "day" && o.date && isNear(o.date, published));
      const date = match?.date ?? published;
      Object.assign(e, { date, precision: precisionOf(date), dateSource: match ? "document" : "published" });
    } else if (sameClass.length === 1 && sharesActor(e, sameClass[0]!)) {
      Object.assign(e, { date: sameClass[0]!.date, precision: sameClass[0]!.precision, dateSource: "document" });
    }
  }
  const dated = starters.filter((e) => e.date);
  const datedSet = new Set<object>([...dated, ...starters.filter((e) => e.structural)]);
  const datedByType = groupBy(dated, (o) => o.type);
  const out: EventMention[] = [];
  for (const e of raw) {
    let ev: EventMention | undefined;
    if (datedSet.has(e)) ev = e;
    else {
      // Join the document's event of the same class (the most recent one for reported classes).
      const same = e.type !== "announcement" ? (datedByType.get(e.type) ?? []) : dated.filter((o) => o.type === e.type || (e.type === "announcement" && e.agent !== undefined && o.agent !== undefined && o.sentence !== e.sentence && classes.get(o.type)!.datedByPublication));
      const target = same.find((o) => o.dateSource !== "text" || (published && published.startsWith(o.date!))) ?? (same.length === 1 ? same[0] : undefined);
      // A joining mention adds its evidence, not its guesses at place and participants.
      if (target && (e.agent === undefined || sharesActor(e, target) || e.type === "announcement")) {
        const { place: _p, ...rest } = e;
        ev = { ...rest, type: target.type, participants: [], date: target.date!, precision: target.precision!, dateSource: "document" };
        if (e.type === "announcement" && e.agent !== undefined) ev.agentRole = "announced";
      }
    }
    if (!ev) continue;
    const { quoted: _q, explicit: _e, structural: _s, ...clean } = ev as EventMention & { quoted?: boolean; explicit?: boolean; structural?: boolean };
    out.push(clean);
  }
  // A bare announcement of a reported event is that event ("made the announcement during a visit").
  const outBySentence = groupBy(out, (o) => o.sentence);
  for (const e of out) {
    if (e.type !== "announcement") continue;
    const host = (outBySentence.get(e.sentence) ?? []).find((o) => o !== e && o.type !== "announcement" && o.sentence === e.sentence && compatibleDates(o.date, e.date) && o.agent !== undefined && e.agent !== undefined && classes.get(o.type)!.datedByPublication);
    if (host) {
      e.type = host.type;
      e.agentRole = "announced";
    }
  }
  return out;
}

export function compatibleDates(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  return a.startsWith(b) || b.startsWith(a);
}

/** Within a week of the reference date. */
function isNear(date: string, reference: string): boolean {
  const a = Date.parse(`${date}T00:00:00Z`);
  const b = Date.parse(`${reference}T00:00:00Z`);
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 7 * 86_400_000;
}

function precisionOf(date: string): Precision {
  return date.length >= 10 ? "day" : date.length === 7 ? "month" : "year";
}

function findTriggers(toks: Token[]): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const candidates = TRIGGERS.get(toks[i]!.lower);
    if (!candidates) continue;
    for (const { tokens, cls } of candidates) {
      if (i + tokens.length > toks.length) continue;
      let ok = true;
      for (let k = 0; k < tokens.length && ok; k++) ok = toks[i + k]!.lower === tokens[k];
      if (!ok) continue;
      hits.push({ cls, t0: i, t1: i + tokens.length, announced: false });
      i += tokens.length - 1;
      break;
    }
  }
  // "withdrawal announcement", "announced a partial pullout": the announcement is of the other event.
  const kept: TriggerHit[] = [];
  for (const h of hits) {
    if (h.cls.name === "announcement") {
      const other = hits.find((o) => o !== h && o.cls.name !== "announcement" && Math.abs(o.t0 - h.t1) <= 3 || (o !== h && o.cls.name !== "announcement" && Math.abs(h.t0 - o.t1) <= 1));
      if (other) {
        other.announced = true;
        continue;
      }
    }
    kept.push(h);
  }
  // One event per class and sentence: "pull out … withdrawal" in one sentence is one event.
  const seen = new Set<string>();
  return kept.filter((h) => (seen.has(h.cls.name) ? false : (seen.add(h.cls.name), true)));
}

function isPrepositional(toks: Token[], m: MentionSpan): boolean {
  for (let k = m.t0 - 1; k >= Math.max(0, m.t0 - 3); k--) {
    const w = toks[k]!.lower;
    if (PLACE_PREPOSITIONS.has(w) || w === "with" || w === "by" || w === "for" || w === "against") return true;
    if (w !== "the" && w !== "a" && !/^\p{Lu}/u.test(toks[k]!.text) && !toks[k]!.possessive) return false;
  }
  return false;
}

const CLAUSE_BREAKS = new Set([",", ";", ":", "which", "who", "that", "while", "but", "although", "because", "since", "after", "before", "when"]);
const AGENT_WINDOW = 15;

function findAgent(toks: Token[], ids: number[], mentions: MentionSpan[], tr: TriggerHit): number | undefined {
  // The agent stands in the trigger's clause, a few words before it.
  const reach = (m: MentionSpan) => {
    const between = toks.slice(m.t1, tr.t0);
    // "X ordered a significant part of the contingent to start withdrawing": the order carries the agent further.
    const window = between.some((t) => ORDER_WORDS.has(t.lower)) ? AGENT_WINDOW + 10 : AGENT_WINDOW;
    if (between.length > window) return false;
    return !between.some((t) => CLAUSE_BREAKS.has(t.lower));
  };
  // "the Afghanistan intervention": a place right before the trigger says where, not who.
  const adjacentPlace = (m: MentionSpan) => m.kind === "place" && m.t1 === tr.t0;
  // "Mr Blair's words": a possessive names the owner of something else, not the agent (unless it owns the trigger).
  const possessiveElsewhere = (m: MentionSpan) => toks[m.t1]?.possessive === true && tr.t0 - m.t1 > 3;
  const before = ids.filter((i) => {
    const m = mentions[i]!;
    return m.t1 <= tr.t0 && !m.implicit && !isPrepositional(toks, m) && reach(m) && !adjacentPlace(m) && !possessiveElsewhere(m);
  });
  // "X is expected to attack Y's words as he begins a tour": the pronoun is the subject, and it is the sentence's first person.
  const lastBefore = before[before.length - 1];
  const pronounAt = toks.findIndex((t, k) => k < tr.t0 && k >= (lastBefore !== undefined ? mentions[lastBefore]!.t1 : 0) && PERSON_PRONOUNS.has(t.lower) && (t.lower === "he" || t.lower === "she"));
  if (pronounAt !== -1) {
    const first = ids.find((i) => mentions[i]!.kind === "person" && mentions[i]!.t1 <= pronounAt && !toks[mentions[i]!.t1]?.possessive && !mentions[i]!.implicit);
    if (first !== undefined) return first;
  }
  const persons = before.filter((i) => mentions[i]!.kind === "person");
  if (persons.length > 0) return persons[persons.length - 1];
  const actors = before.filter((i) => mentions[i]!.kind !== "place" || !toks[mentions[i]!.t1]?.possessive);
  if (actors.length > 0) return actors[actors.length - 1];
  // Passive: "… was met by Mr al-Assad".
  const by = ids.find((i) => {
    const m = mentions[i]!;
    return m.t0 > tr.t0 && m.t0 - tr.t1 <= 4 && m.kind !== "place" && toks.slice(Math.max(tr.t1, m.t0 - 3), m.t0).some((t) => t.lower === "by");
  });
  if (by !== undefined) return by;
  // "Putin's first visit".
  const owner = ids.find((i) => mentions[i]!.t1 <= tr.t0 && toks[mentions[i]!.t1]?.possessive && tr.t0 - mentions[i]!.t1 <= 3 && mentions[i]!.kind === "person");
  return owner;
}

/** "Russian air strikes": the country a demonym names acts. */
function demonymAgent(toks: Token[], mentions: MentionSpan[], tr: TriggerHit, sentence: number): number | undefined {
  if (tr.cls.name === "uprising" || tr.cls.name === "election") return undefined;
  for (let k = tr.t0 - 1; k >= Math.max(0, tr.t0 - 3); k--) {
    const country = gazetteer().demonyms.get(toks[k]!.lower);
    if (country) {
      mentions.push({
        sentence, t0: -1, t1: -1, start: toks[k]!.start, end: toks[k]!.end, name: country, kind: "place",
        confidence: 0.8, cue: "demonym", canonical: country, country, implicit: true,
      });
      return mentions.length - 1;
    }
    if (!/^\p{Ll}/u.test(toks[k]!.text)) return undefined;
  }
  return undefined;
}

function pronounAgent(toks: Token[], tr: TriggerHit, last: number | undefined): number | undefined {
  if (last === undefined) return undefined;
  for (let k = 0; k < tr.t0 && k < 6; k++) if (PERSON_PRONOUNS.has(toks[k]!.lower)) return last;
  return undefined;
}

function findPlace(toks: Token[], ids: number[], mentions: MentionSpan[], tr: TriggerHit): number | undefined {
  const places = ids.filter((i) => mentions[i]!.kind === "place" && !mentions[i]!.implicit && !toks[mentions[i]!.t1]?.possessive);
  const after = places.filter((i) => mentions[i]!.t0 >= tr.t1 && mentions[i]!.t0 - tr.t1 <= 12 && isPrepositional(toks, mentions[i]!));
  if (after.length > 0) {
    // The most specific: a place that is not a country, when the phrase names both.
    const specific = after.find((i) => mentions[i]!.cue !== "lexicon" || mentions[i]!.country !== mentions[i]!.canonical);
    return specific ?? after[0];
  }
  const before = places.filter((i) => mentions[i]!.t1 <= tr.t0 && tr.t0 - mentions[i]!.t1 <= 6 && (isPrepositional(toks, mentions[i]!) || mentions[i]!.t1 === tr.t0));
  return before[before.length - 1];
}

/** The person who says the sentence ("…, Putin said today"). */
function findSpeaker(toks: Token[], ids: number[], mentions: MentionSpan[]): number | undefined {
  for (const i of ids) {
    const m = mentions[i]!;
    if (m.kind !== "person") continue;
    if (SPEECH_VERBS.has(toks[m.t1]?.lower ?? "") || SPEECH_VERBS.has(toks[m.t0 - 1]?.lower ?? "")) return i;
  }
  return undefined;
}

/** Whether `pos` lies in one of the sorted, non-overlapping ranges (binary search). */
function inRanges(ranges: ReadonlyArray<[number, number]>, pos: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid]!;
    if (pos < a) hi = mid - 1;
    else if (pos >= b) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The items by key, each list in the items' order. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
