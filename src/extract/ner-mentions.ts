/**
 * Pass 1b: the trained NER decides which names are names
 * ======================================================
 *
 * Where the core's NER has labelled a sentence (src/nlp), its spans decide
 * which runs of words are people, places and organizations; the rules of
 * mentions.ts keep what the NER does not know: forces ("Russian troops",
 * armed groups), titles and roles, canonical names from the lexicons. So:
 * - a rule mention of a person, place or organization stays only where the
 *   NER found the same span, and takes the NER's type (a city standing for a
 *   club is an organization); elsewhere it is dropped;
 * - a force stays, and so does a person named with a title or form of
 *   address; an NER span overlapping either is left out;
 * - every other NER span of type PER, LOC or ORG becomes a mention (MISC
 *   names — nationalities, events, works — are not entities of the graph).
 */
import type { EntityKind, Token } from "../schema/index.js";
import { AFFILIATION_NOUNS, COMMON_ACRONYMS, FIRM_NAME_HEADS, HONORIFICS, PORTFOLIO_TITLE_HEADS, PORTFOLIO_WORDS, MONTHS, ORGANIZATION_HEADS, PAST_MARKERS, POST_NOMINALS, gazetteer, isGivenName } from "../lexicon/index.js";
import { matchLexicon, matchTitle, type MentionSpan } from "./mentions.js";

const KIND_OF: Record<string, EntityKind | undefined> = { PER: "person", LOC: "place", ORG: "organization" };

interface NerSpan {
  t0: number;
  t1: number;
  type: string;
  /** Joined across "and" or a list by the post-rules: it outranks the rules' shorter readings inside it. */
  joined?: boolean;
}

/** Spans of a BILOU sequence (token indices, end exclusive). */
export function bilouSpans(labels: readonly string[]): NerSpan[] {
  const out: NerSpan[] = [];
  let open = -1;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    const tag = l.charAt(0);
    if (tag === "U") out.push({ t0: i, t1: i + 1, type: l.slice(2) });
    else if (tag === "B") open = i;
    else if (tag === "L" && open >= 0) {
      out.push({ t0: open, t1: i + 1, type: l.slice(2) });
      open = -1;
    } else if (tag === "O") open = -1;
  }
  return out;
}

/**
 * Rule cues that rest on evidence the NER does not weigh as strongly: a lexicon
 * entry, a head word ("… Party", "… air base"), a phrase around the name ("the
 * town of X", "X, who", "X, 54,", "shares of X"), a title, a script without
 * case. Where one of these typed a name, the rule's kind stands even if the
 * NER reads the same words otherwise (CoNLL-2003, much of it sports results,
 * taught it that a county is a cricket side; the rules tell sports reporting
 * apart themselves); and, but for a bare lexicon match (a word of the lexicon
 * is not always a name: "Labour costs"), the name stands where the NER saw
 * none, unless an NER span crosses or contains it. Weaker cues (a capitalised
 * run's shape, a given name, an acronym, a side in a sports report) give way
 * to the NER.
 */
/** Words that may stand between an organization and its title: "Labour shadow chancellor", "Tory deputy leader". */
const TITLE_MODIFIERS = new Set(["shadow", "deputy", "acting", "junior", "former", "vice", "interim", "chief"]);

export const EVIDENCE_CUES: ReadonlySet<string> = new Set([
  "lexicon",
  "title",
  "org-head",
  "force-head",
  "place-head",
  "place-after",
  "place-before",
  "who",
  "kin",
  "firm-context",
  "club",
  "ampersand",
  "caseless-script",
  "score-line",
  "surname-head",
]);

export function reconcileWithNer(sentence: number, tokens: Token[], ner: readonly string[], rules: MentionSpan[], common: (lower: string) => boolean): MentionSpan[] {
  const spans = bilouSpans(ner)
    .filter((s) => KIND_OF[s.type] !== undefined)
    .flatMap((s) => splitAtCommas(tokens, s))
    .map((s) => trimLowercase(tokens, s, ner))
    .filter((s) => s.t1 > s.t0);
  const exact = new Map(spans.map((s) => [`${s.t0}:${s.t1}`, s]));
  const out: MentionSpan[] = [];
  const taken = new Uint8Array(tokens.length);
  const take = (m: MentionSpan) => {
    out.push(m);
    for (let k = m.t0; k < m.t1; k++) taken[k] = 1;
  };
  const joined = spans.filter((s) => s.joined);
  for (const rule of rules) {
    const r = withoutPastMarker(tokens, rule);
    // A name the post-rules joined whole ("Department for Culture, Media and Sport") outranks the parts the rules read in it.
    if (joined.some((s) => s.t0 <= r.t0 && r.t1 <= s.t1) && r.kind !== "force" && r.kind !== "event" && !r.implicit && r.role === undefined && r.surface === undefined) continue;
    if (r.kind !== "force" && r.kind !== "event" && !r.implicit && notAName(tokens, r)) continue;
    // A title or form of address before a name ("Mr al-Assad", "president Bashar al-Assad") is a cue the NER does not weigh as the rules do.
    if (r.kind === "force" || r.kind === "event" || r.implicit || (r.kind === "person" && (r.role !== undefined || r.surface !== undefined))) {
      take(r.kind === "person" && !r.implicit ? longerPerson(tokens, spans, r) : r);
      continue;
    }
    const evidence = EVIDENCE_CUES.has(r.cue);
    const hit = exact.get(`${r.t0}:${r.t1}`) ?? covering(tokens, spans, r);
    if (!hit) {
      // The rule read a name the NER missed, or cut shorter or longer: with evidence and no NER span across or around it, it stands.
      // A bare lexicon word stands where a title follows it: "Tory leader X", "Labour MP X".
      const titled = r.cue === "lexicon" && r.kind === "organization" && (matchTitle(tokens, r.t1) !== undefined || (TITLE_MODIFIERS.has(tokens[r.t1]?.lower ?? "") && matchTitle(tokens, r.t1 + 1) !== undefined));
      if (evidence && (r.cue !== "lexicon" || titled) && !spans.some((s) => s.t0 < r.t1 && s.t1 > r.t0 && (s.t0 < r.t0 || s.t1 > r.t1))) take(r);
      continue;
    }
    const kind = evidence ? r.kind : KIND_OF[hit.type]!;
    if (kind === r.kind) take(r);
    else {
      const { canonical: _c, country: _k, ...rest } = r;
      void _c;
      void _k;
      take({ ...rest, kind, cue: `${r.cue}+ner` });
    }
  }
  for (const s of spans) {
    if (notAName(tokens, s)) continue;
    // "Shadow Home" of "Shadow Home Secretary X", "Lord Chancellor": a title of two words or more, or the start of one, is no name
    // (one word may be a name: CoNLL dev loses recall without it).
    const title = matchTitle(tokens, s.t0);
    if (title && s.t1 - s.t0 >= 2 && title.length >= s.t1 - s.t0) continue;
    // "the Trade and Industry Secretary X": a portfolio before its title is an office, not a body.
    if (portfolio(tokens, s)) continue;
    let free = true;
    for (let k = s.t0; k < s.t1 && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    take(nerMention(sentence, tokens, s, common));
  }
  return out.map((m) => firmByHead(tokens, m)).sort((a, b) => a.start - b.start);
}

/**
 * "Vireo Networks" read as a person, "Haldane Mining" as a place: where the
 * NER chose the kind or the rules guessed it from the name's shape, a name of two words or more that ends in a trade or
 * corporate noun is an organization, unless it opens with a given name
 * ("Ann Foods"?) or the gazetteer knows it as a place.
 */
function firmByHead(tokens: Token[], m: MentionSpan): MentionSpan {
  if ((m.kind !== "person" && m.kind !== "place") || m.t1 - m.t0 < 2 || !(m.cue === "ner" || m.cue.endsWith("+ner") || m.cue === "name-shape")) return m;
  const last = tokens[m.t1 - 1]!;
  if (!FIRM_NAME_HEADS.has(last.lower) || !/^\p{Lu}/u.test(last.text)) return m;
  if (m.kind === "person" && (m.role !== undefined || m.surface !== undefined || isGivenName(tokens[m.t0]!.lower))) return m;
  if (m.kind === "place" && (m.canonical !== undefined || gazetteer().places.has(m.name.toLowerCase()))) return m;
  const { canonical: _c, country: _k, ref: _r, ...rest } = m;
  void _c;
  void _k;
  void _r;
  return { ...rest, kind: "organization", cue: `${m.cue}+head` };
}

/**
 * A team line-up in a sports report ("Goodridge; Garvey, Simpson-Daniel,
 * Fanolua, Kiole; Paul, Gomarsall", "Replacements: Peel, Wilson, Thompson"):
 * a sentence of capitalised names between commas and semicolons, with
 * hardly a lower-case word. Its names are players: a name the NER or the
 * name's shape typed as a place or a body becomes a person, unless the
 * lexicon knows it or it stands in brackets with no minute after it (the
 * club of the player before: "(Stade Toulousain)").
 */
export function lineupPersons(tokens: readonly Token[], mentions: MentionSpan[]): MentionSpan[] {
  let separators = 0;
  let names = 0;
  let lower = 0;
  for (const t of tokens) {
    if (t.text === "," || t.text === ";") separators++;
    else if (/^\p{Lu}/u.test(t.text)) names++;
    else if (/^\p{Ll}/u.test(t.text)) lower++;
  }
  if (separators < 5 || names < 6 || lower > 2) return mentions;
  return mentions.map((m) => {
    if ((m.kind !== "place" && m.kind !== "organization") || m.implicit || m.confidence >= 0.95 || m.canonical !== undefined) return m;
    if (!(m.cue === "ner" || m.cue.endsWith("+ner") || m.cue === "name-shape" || m.cue === "unknown")) return m;
    const before = tokens[m.t0 - 1]?.text;
    const after = tokens[m.t1]?.text;
    if (before === "(" && !/^\d+$/.test(after ?? "")) return m;
    const { canonical: _c, country: _k, ...rest } = m;
    void _c;
    void _k;
    return { ...rest, kind: "person", cue: `${m.cue}+lineup` };
  });
}

/** Whether a name reads "Head of/for X": "Department of Trade", "Ministry for Culture". */
function headOfName(tokens: Token[], t0: number, t1: number): boolean {
  for (let k = t0 + 1; k < t1 - 1; k++) if ((tokens[k]!.lower === "of" || tokens[k]!.lower === "for") && ORGANIZATION_HEADS.has(tokens[k - 1]!.lower)) return true;
  return false;
}

/** Words no name ends in. */
const TRAILING_FUNCTION_WORDS = new Set(["the", "a", "an", "of", "and", "for", "to", "in", "on", "at", "with", "or"]);

/** "Moody, Vyvyan" of a squad list: a person's name holds no comma, so a person span is cut at each. */
function splitAtCommas(tokens: Token[], s: NerSpan): NerSpan[] {
  if (s.type !== "PER") return [s];
  const out: NerSpan[] = [];
  let from = s.t0;
  for (let k = s.t0; k <= s.t1; k++) {
    if (k < s.t1 && tokens[k]!.text !== ",") continue;
    if (k > from) out.push({ t0: from, t1: k, type: s.type });
    from = k + 1;
  }
  return out;
}

/**
 * "chairman Jeroen" + "van der Veer", "president Valery Giscard" +
 * "d'Estaing": where the rules read a titled person and the NER's person
 * span starts inside that name and runs on past it, the name runs on too
 * (the title and form of address stay the rules').
 */
function longerPerson(tokens: Token[], spans: NerSpan[], r: MentionSpan): MentionSpan {
  const ner = spans.find((s) => s.type === "PER" && s.t0 >= r.t0 && s.t0 < r.t1 && s.t1 > r.t1);
  if (!ner || ner.t1 - r.t1 > 4) return r;
  const last = tokens[ner.t1 - 1]!;
  if (!/^\p{Lu}|^(?:al|el|bin|ibn|abu|d|de|di|da|van|von|le|la|du)[-'’]\p{Lu}/u.test(last.text)) return r;
  const name = spanName(tokens, r.t0, ner.t1);
  return { ...r, t1: ner.t1, end: last.end, name, ...(r.ref === r.name ? { ref: name } : {}), ...(r.surface ? { surface: `${r.surface}${tokens.slice(r.t1, ner.t1).map((t) => ` ${t.text}`).join("")}` } : {}) };
}

/** Words of a government portfolio only, right before a capitalised "Secretary", "Minister" or "spokesman". */
function portfolio(tokens: Token[], s: { t0: number; t1: number }): boolean {
  const next = tokens[s.t1];
  if (!next || !/^\p{Lu}/u.test(next.text) || !PORTFOLIO_TITLE_HEADS.has(next.lower)) return false;
  for (let k = s.t0; k < s.t1; k++) if (!PORTFOLIO_WORDS.has(tokens[k]!.lower)) return false;
  return true;
}

/**
 * Spans the NER reads as names that name nothing: post-nominal letters on
 * their own ("QC", "MBE"), a past marker glued to a word ("Ex-No"), a form of
 * address alone, a contraction, an acronym of a common noun.
 */
function notAName(tokens: Token[], s: { t0: number; t1: number }): boolean {
  if (s.t1 - s.t0 !== 1) return false;
  const t = tokens[s.t0]!;
  const bare = t.lower.replace(/\./g, "");
  // Also a form of address alone ("Mr"), a contraction ("I'm") and a common noun's acronym ("PC", "DVD").
  return POST_NOMINALS.has(bare) || TRAILING_FUNCTION_WORDS.has(bare) || /^ex-/i.test(t.text) || HONORIFICS.has(bare) || /^\p{L}+['’](?:m|re|ve|ll|d)$/iu.test(t.text) || COMMON_ACRONYMS.has(t.text);
}

/** A rule's name that took in a capitalised "Former" at the start of a sentence, without it. */
function withoutPastMarker(tokens: Token[], m: MentionSpan): MentionSpan {
  let t0 = m.t0;
  while (m.t1 - t0 >= 2 && PAST_MARKERS.has(tokens[t0]!.lower)) t0++;
  if (t0 === m.t0) return m;
  return { ...m, t0, start: tokens[t0]!.start, name: spanName(tokens, t0, m.t1) };
}

/** "the Commerce Department for November": a month or a day is no part of a name. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTHS, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

function spanName(toks: Token[], t0: number, t1: number): string {
  return toks
    .slice(t0, t1)
    .map((t, n) => (n > 0 && t.start > toks[t0 + n - 1]!.end ? " " : "") + t.text)
    .join("");
}

/**
 * Where the NER cut a name the rules read whole ("Syrian Observatory" + "Human
 * Rights", "Bashar" + "al-Assad"): its spans lie inside the rule's, none
 * crosses its edges, and they cover every capitalised word of it. The rule's
 * span stands, with its own kind if the NER gave that kind to a part of it.
 */
function covering(tokens: Token[], spans: NerSpan[], r: MentionSpan): NerSpan | undefined {
  const inside: NerSpan[] = [];
  for (const s of spans) {
    if (s.t1 <= r.t0 || s.t0 >= r.t1) continue;
    if (s.t0 < r.t0 || s.t1 > r.t1) return undefined;
    inside.push(s);
  }
  if (inside.length === 0) return undefined;
  // "Camilla Parker" + "Bowles": capitalised words the NER left out at the end of a person's name the rules read whole.
  const lastInside = Math.max(...inside.map((s) => s.t1));
  const personTail = r.kind === "person" && inside.some((s) => s.type === "PER" && s.t0 === r.t0) && r.t1 - lastInside <= 1;
  for (let k = r.t0; k < r.t1; k++) {
    if (tokens[k]!.cap && !inside.some((s) => s.t0 <= k && k < s.t1) && !(personTail && k >= lastInside)) return undefined;
  }
  const same = inside.find((s) => KIND_OF[s.type] === r.kind);
  const longest = inside.reduce((a, b) => (b.t1 - b.t0 > a.t1 - a.t0 ? b : a));
  return { t0: r.t0, t1: r.t1, type: (same ?? longest).type };
}

/** A surname joined to its particle ("al-Assad", "bin-Talal", "d'Estaing"), which the NER, trained on news of 1996, often leaves out of the name. */
const PARTICLE_NAME = /^(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|ben|bint|ould|d|de|di|da|del|della|van|von|le|la|du)[-'’]\p{Lu}/u;

/**
 * The NER's span as a name of the graph: it starts and ends with a capitalised
 * word ("Euphrates river" is the Euphrates), keeps a particle surname after a
 * person's name ("Bashar" + "al-Assad"), and drops a leading "The" before two
 * or more words ("The Associated Press" is the Associated Press; "The Hague"
 * stays whole).
 */
function trimLowercase(tokens: Token[], s: NerSpan, labels: readonly string[]): NerSpan {
  let { t0, t1 } = s;
  let joined = false;
  if (s.type === "PER") while (t1 < tokens.length && labels[t1] === "O" && PARTICLE_NAME.test(tokens[t1]!.text)) t1++;
  // "Falic" + "Group", "Music Managers" + "Forum": an organization's capitalised head word the NER left outside it.
  if (s.type === "ORG") while (t1 < tokens.length && t1 - t0 < 6 && labels[t1] === "O" && tokens[t1]!.cap && /^\p{Lu}\p{Ll}/u.test(tokens[t1]!.text) && ORGANIZATION_HEADS.has(tokens[t1]!.lower)) t1++;
  // "Royal National Institute" + "of the Blind": after an organization's head word, "of" or "for" (and "the") and capitalised words the NER left unlabelled.
  if (s.type === "ORG" && ORGANIZATION_HEADS.has(tokens[t1 - 1]!.lower)) {
    let k = t1;
    if (tokens[k]?.lower === "of" || tokens[k]?.lower === "for") {
      k++;
      if (tokens[k]?.lower === "the") k++;
      let end = k;
      while (end < tokens.length && end - k < 4 && labels[end] === "O" && /^\p{Lu}\p{Ll}/u.test(tokens[end]!.text) && tokens[end]!.cap && !CALENDAR_WORDS.has(tokens[end]!.lower)) end++;
      if (end > k && labels.slice(t1, end).every((l) => l === "O")) t1 = end;
    }
  }
  // "US Food" + "and Drug Administration", "Department of Trade" + "and Industry": a name with "and" inside that the NER cut
  // at it; what follows is unlabelled capitalised words ending in a body's head word, or the name is "Head of/for X".
  if (s.type === "ORG" && tokens[t1]?.lower === "and") {
    let end = t1 + 1;
    while (end < tokens.length && end - t1 <= 3 && labels[end] === "O" && tokens[end]!.cap && /^\p{Lu}\p{Ll}/u.test(tokens[end]!.text)) end++;
    const words = end - t1 - 1;
    const headed = words >= 1 && ORGANIZATION_HEADS.has(tokens[end - 1]!.lower);
    const ofName = headOfName(tokens, t0, t1);
    const closed = end >= tokens.length || !tokens[end]!.cap;
    // Not two bodies: "the Foreign Office and Home Office", "the Ministry of Defence and Foreign Office".
    const leftHeaded = ORGANIZATION_HEADS.has(tokens[t1 - 1]!.lower);
    if (words >= 1 && closed && ((headed && !leftHeaded && !ofName) || (ofName && words <= 2 && !headed))) {
      t1 = end;
      joined = true;
    }
  }
  // "Department for Culture" + ", Media and Sport": a department "of/for" a list of portfolios.
  if (s.type === "ORG" && tokens[t1]?.text === ",") {
    const ofName = headOfName(tokens, t0, t1);
    let k = t1;
    let items = 0;
    while (ofName && tokens[k]?.text === "," && /^\p{Lu}\p{Ll}/u.test(tokens[k + 1]?.text ?? "") && tokens[k + 1]!.cap && !labels[k + 1]!.startsWith("B-")) {
      k += 2;
      items++;
    }
    if (ofName && items >= 1 && items <= 3 && tokens[k]?.lower === "and" && /^\p{Lu}\p{Ll}/u.test(tokens[k + 1]?.text ?? "") && tokens[k + 1]!.cap && !labels[k + 1]!.startsWith("B-") && !tokens[k + 2]?.cap) {
      t1 = k + 2;
      joined = true;
    }
  }
  // "Refugee Council Chief Executive" + "Maeve Sherlock": a title at the end of an organization, before a name, is the person's.
  if (s.type === "ORG" && t1 < tokens.length && tokens[t1]!.cap) {
    for (let k = t0 + 1; k < t1; k++) {
      const title = matchTitle(tokens, k) ?? (k === t1 - 1 && AFFILIATION_NOUNS.has(tokens[k]!.lower) ? { length: 1 } : undefined);
      if (title && k + title.length >= t1 && tokens[k]!.cap) {
        t1 = k;
        break;
      }
    }
  }
  if (t1 - t0 >= 3 && tokens[t0]!.lower === "the") t0++;
  // "The Blair government…" at the start of a sentence: the capital is the sentence's, the name one word ("The Hague" is in the gazetteer).
  else if (t0 === 0 && t1 === 2 && tokens[0]!.lower === "the" && !gazetteer().places.has(`the ${tokens[1]!.lower}`) && !matchLexicon(tokens, 0, () => false)) t0++;
  // "Former Vellmark Bank chief …" at the start of a sentence: "former" qualifies a title, it names nothing.
  while (t1 - t0 >= 2 && PAST_MARKERS.has(tokens[t0]!.lower)) t0++;
  // "the West's main concern": the possessive marker the NER took into a place's or person's name is not part of it
  // (a firm's may be: "Moody's", "McDonald's"; and a saint's place: "St Mary's").
  if (s.type !== "ORG" && !/^(?:st\.?|saint)$/.test(tokens[t0]!.lower)) while (t1 - t0 >= 2 && tokens[t1 - 1]!.possessive) t1--;
  while (t1 > t0 && !tokens[t1 - 1]!.cap && /^\p{Ll}/u.test(tokens[t1 - 1]!.text) && !(s.type === "PER" && PARTICLE_NAME.test(tokens[t1 - 1]!.text))) t1--;
  // "Meet The" of a film's title: a name does not end in an article or a connective, capitalised or not.
  while (t1 - t0 >= 2 && TRAILING_FUNCTION_WORDS.has(tokens[t1 - 1]!.lower)) t1--;
  while (t0 < t1 && !tokens[t0]!.cap && /^\p{Ll}/u.test(tokens[t0]!.text) && t0 + 1 < t1 && tokens[t0 + 1]!.cap) {
    // "de Silva", "al-Qaeda": particles may open a name; other lower-case words may not.
    if (/^(?:de|da|di|van|von|al|el|la|le|du|der|den|bin|ibn|abu)$/.test(tokens[t0]!.lower)) break;
    t0++;
  }
  return { t0, t1, type: s.type, ...(joined ? { joined } : {}) };
}

function nerMention(sentence: number, toks: Token[], span: NerSpan, common: (lower: string) => boolean): MentionSpan {
  const kind = KIND_OF[span.type]!;
  const s = { ...span };
  // "Mr Shoigu", "Dr Example": the honorific is the person's form of address, not the name (as the rules do it).
  let surface: string | undefined;
  if (kind === "person") {
    // "Referee Andy Turner", "Comedian Chris", "Oscar-winner Sir Anthony Hopkins": a capitalised word the
    // corpus writes in lower case elsewhere, and no given name, describes the person; it is not the name.
    while (s.t1 - s.t0 > 1 && describes(toks[s.t0]!, common)) s.t0++;
    while (s.t1 - s.t0 > 1 && HONORIFICS.has(toks[s.t0]!.lower.replace(/\.$/, ""))) s.t0++;
    if (s.t0 !== span.t0) surface = toks.slice(span.t0, s.t1).map((t) => t.text).join(" ");
  }
  const first = toks[s.t0]!;
  const last = toks[s.t1 - 1]!;
  const name = spanName(toks, s.t0, s.t1);
  const lex = kind === "place" ? matchLexicon(toks, s.t0, common) : undefined;
  const known = lex && lex.length === s.t1 - s.t0 && lex.entry.kind === "place" ? lex.entry : undefined;
  return {
    sentence,
    t0: s.t0,
    t1: s.t1,
    start: first.start,
    end: last.end,
    name,
    kind,
    confidence: 0.85,
    cue: "ner",
    ...(surface ? { surface } : {}),
    ...(known ? { canonical: known.canonical, ...(known.country ? { country: known.country } : {}) } : {}),
  };
}

/** A capitalised common noun before a person's name ("Referee", "Oscar-winner"): written in lower case in the corpus, not a given name. */
function describes(t: Token, common: (lower: string) => boolean): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(t.text) || isGivenName(t.lower)) return false;
  const head = t.lower.includes("-") ? t.lower.slice(t.lower.lastIndexOf("-") + 1) : t.lower;
  return head.length > 2 && common(head) && !isGivenName(head);
}
