/**
 * Pass 3a: events read off the dependency parse
 * =============================================
 *
 * An event noun or verb of the lexicon (lexicon/triggers.ts, event-words.ts)
 * is an event where a named participant or place hangs on it in the parse,
 * and the clause states it (not denied, asked, conditional, or wished for):
 *   "X resigned"                          resignation, agent X
 *   "X's resignation", "the resignation of X"
 *   "X sacked Y", "Y was sacked by X"     dismissal, agent X, participant Y
 *   "X held talks with Y in Z"            talks, agent X, participant Y, place Z
 *   "Labour won the election"             election, agent Labour (a light verb's subject)
 *   "the Iraqi elections"                 election, place Iraq (a demonym)
 *   "a suicide attack in Z"               attack (physical: a place, a force or a modifier that says so)
 * and no event in "an assault on the bond market" (nothing named), "X refused
 * to call an early vote" (not realised), "Howard's attack on Blair" (an attack
 * between people with no place or force is criticism, which the relation pass
 * reads). Dates are left to the event pass, which gives each event the date
 * expression of its own clause.
 */
import { FACTIVE_CONTROL, eventNouns, eventVerb, eventVerbLemma, gazetteer, nounSingular, type EventClass, type EventVerbFrame } from "../lexicon/index.js";
import type { Token } from "../schema/index.js";
import type { MentionSpan } from "./mentions.js";
import { base, childrenOf, mentionHeads, realis, type SentenceTree } from "./syntax-relations.js";

/** The events of a sentence, and every token the parse looked at as a possible trigger (those it turned down included). */
export interface ParsedEvents {
  events: ParsedEvent[];
  examined: Set<number>;
}

export interface ParsedEvent {
  cls: EventClass;
  /** Trigger tokens [t0, t1). */
  t0: number;
  t1: number;
  /** The trigger's head token (its clause is the event's). */
  head: number;
  agent?: number;
  participants: number[];
  place?: number;
  /** "a withdrawal announcement": the agent announced the event. */
  announced?: boolean;
  /** "X ordered the withdrawal", "X ordered the troops to withdraw": the agent ordered it. */
  ordered?: boolean;
  /** "X will meet Y", "Russia is to pull out": not yet happened (the event pass keeps it only as an announced decision). */
  future?: boolean;
}

/** Verbs of which an event noun is the object without being its cause: "won the election", "held talks", "published a report". */
const SUPPORT_VERBS = new Set([
  "hold", "call", "win", "lose", "contest", "fight", "stage", "launch", "publish", "sign", "announce", "organise", "organize",
  "lead", "conduct", "attend", "face", "begin", "start", "open", "host", "make", "pay", "undertake", "order", "commission",
  "complete", "reach", "strike", "agree", "pass", "introduce", "table", "approve", "carry", "mount", "join", "chair", "tender",
  "hand", "submit", "announce", "unveil", "release", "issue", "produce", "deliver", "set", "begin", "resume", "end", "finish",
]);

/** Verbs that order what their infinitive says: the event stands, and their subject is who ordered it ("X ordered the troops to withdraw"). */
const ORDER_VERBS = new Set(["order", "instruct", "command", "direct", "tell"]);
/** Auxiliaries and modifiers of what has not happened yet: "will meet", "the coming election". */
const FUTURE_AUX = new Set(["will", "'ll", "shall", "wo"]);
const FUTURE_MODIFIERS = new Set(["next", "coming", "forthcoming", "upcoming", "expected", "planned", "proposed", "future", "likely"]);

/** For events, an ordered act counts as one, like a begun one. */
const eventFactive = (lemma: string) => FACTIVE_CONTROL.has(lemma) || ORDER_VERBS.has(lemma);

/** Verbs of which an event noun is the subject and a place its setting: "talks took place in Geneva". */
const SETTING_VERBS = new Set(["take", "happen", "occur", "begin", "start", "end", "open", "close", "go", "be", "hold", "resume", "continue"]);

/** Events that frame what their clause's subject does: "in an interview", "during a visit". */
const FRAMING = new Set(["speech", "interview", "statement", "visit", "talks"]);

/** Classes of events that happen in a place rather than being done by it: "Iraq's election", "Britain's biggest protest". */
const SETTINGS = new Set(["election", "vote", "protest", "uprising", "ceremony", "conference", "campaign", "death", "attack"]);

/** Nouns that name one event in the plural. */
const PLURAL_EVENTS = new Set(["talks", "negotiations", "discussions", "elections", "hostilities", "proceedings"]);

/** Prepositions of place. */
const AT = new Set(["in", "at", "near", "across", "inside", "outside", "to", "into", "throughout", "around", "from", "out"]);
/** Prepositions of another party. */
const WITH = new Set(["with", "between", "against", "among", "involving", "alongside", "over", "for", "of", "to"]);

/** Prepositions that name a party of a verb's unnamed object: "a stake in Y", "its arm to Y". */
const OBJECT_PARTIES = new Set(["in", "to", "of", "from", "with"]);

/** Prepositions of what an event noun is about, whose own named modifiers take part: "an inquiry into Y's finances". */
const NESTED = new Set(["into", "on", "of", "about", "over", "against", "with"]);

/** Modifiers that make an attack physical. */
const PHYSICAL = new Set(["suicide", "terror", "terrorist", "bomb", "car", "air", "missile", "rocket", "military", "armed", "gun", "mortar", "grenade", "militant", "insurgent", "chemical", "nuclear", "knife", "arson", "sniper", "drone", "artillery"]);

/** Determiners and modifiers that make an event noun no event: "no election", "any attack", "a possible strike". */
const UNREAL = new Set(["no", "any", "every", "possible", "potential", "hypothetical", "future", "proposed", "threatened"]);

/** One mention's place in the tree: the token it hangs from, how, and with which preposition. */
interface Attachment {
  id: number;
  rel: string;
  prep?: string;
}

/**
 * The events of one parsed sentence. `antecedent` is the person a "his"/"her"
 * before an event noun stands for ("his resignation"), when the caller knows
 * one: the first person named earlier in the sentence, or the subject of the
 * sentence before.
 */
export function parseEvents(tokens: readonly Token[], tree: SentenceTree, mentions: MentionSpan[], ids: readonly number[], sentence: number, antecedent?: (token: number) => number | undefined): ParsedEvents {
  const n = tokens.length;
  const examined = new Set<number>();
  if (tree.heads.length !== n) return { events: [], examined };
  const children = childrenOf(tree);
  const mentionAt = mentionHeads(tree, mentions, ids, n);
  if (mentionAt.size === 0 && !antecedent) return { events: [], examined };
  const caseOf = (k: number): string | undefined => {
    for (const c of children[k]!) if (tree.deprels[c] === "case") return tokens[c]!.lower;
    return undefined;
  };
  // Each governor's named dependents; a conjunct hangs where its first conjunct does ("X and Y met Z").
  const hung = new Map<number, Attachment[]>();
  for (const [head, id] of mentionAt) {
    let h = head;
    while (base(tree.deprels[h]!) === "conj" && tree.heads[h]! >= 0) h = tree.heads[h]!;
    // "Labour leader X": X in apposition to a generic title hangs where the title does.
    if (tree.deprels[h] === "appos" && tree.heads[h]! >= 0 && tree.upos[tree.heads[h]!] === "NOUN" && !mentionAt.has(tree.heads[h]!)) h = tree.heads[h]!;
    const g = tree.heads[h]!;
    if (g < 0) continue;
    const prep = caseOf(head) ?? caseOf(h);
    const list = hung.get(g) ?? [];
    list.push({ id, rel: tree.deprels[h]!, ...(prep ? { prep } : {}) });
    hung.set(g, list);
  }
  const kindOf = (id: number) => mentions[id]!.kind;
  const out: ParsedEvent[] = [];
  const taken = new Set<number>();
  for (let t = 0; t < n; t++) {
    const upos = tree.upos[t];
    if (upos === "NOUN") {
      const hit = nounEvent(t);
      if (hit) out.push(hit);
    } else if (upos === "VERB") {
      const hit = verbEvent(t);
      if (hit) out.push(hit);
    }
  }
  return { events: out, examined };

  function nounEvent(t: number): ParsedEvent | undefined {
    const candidates = eventNouns(tokens[t]!.lower);
    if (!candidates) return undefined;
    let t0 = t;
    let cls: EventClass | undefined;
    for (const c of candidates) {
      if (c.before.every((w, k) => tokens[t - c.before.length + k]?.lower === w)) {
        cls = c.cls;
        t0 = t - c.before.length;
        break;
      }
    }
    if (!cls) return undefined;
    // "a withdrawal announcement": the announcement is of the event its modifier names.
    let announced = false;
    if (cls.name === "statement") {
      for (const c of children[t]!) {
        const inner = (base(tree.deprels[c]!) === "compound" || tree.deprels[c] === "amod") && tree.upos[c] === "NOUN" ? eventNouns(tokens[c]!.lower) : undefined;
        if (inner && inner[0]!.before.length === 0) {
          cls = inner[0]!.cls;
          t0 = Math.min(t0, c);
          announced = true;
          examined.add(c);
          break;
        }
      }
    }
    const mods = children[t]!.map((c) => tokens[c]!.lower);
    if (mods.some((w) => UNREAL.has(w) || FUTURE_MODIFIERS.has(w))) return reject(t);
    // "criminal trials in Scotland", "ceremonies in Australia": a bare plural names a kind of event, not one (but "talks").
    if (tokens[t]!.lower !== nounSingular(tokens[t]!.lower) && !PLURAL_EVENTS.has(tokens[t]!.lower) && !children[t]!.some((c) => tree.deprels[c] === "det" || tree.deprels[c] === "nmod:poss" || tree.deprels[c] === "nummod")) return reject(t);
    // "air strike" is an attack, a "strike" with a union a protest; the lexicon's longest phrase decided.
    const agents: number[] = [];
    const participants: number[] = [];
    const places: number[] = [];
    for (const a of hung.get(t) ?? []) {
      const kind = kindOf(a.id);
      const rel = base(a.rel);
      // "Russia's annexation": a country's act has it as agent; "Iraq's election" happens in it.
      if (a.rel === "nmod:poss") (kind === "place" && SETTINGS.has(cls.name) ? places : agents).push(a.id);
      else if (rel === "compound" || rel === "flat" || rel === "amod") (kind === "place" ? places : agents).push(a.id);
      else if ((rel === "nmod" || rel === "obl") && a.prep === "by" && kind !== "place") agents.push(a.id);
      else if ((rel === "nmod" || rel === "obl") && a.prep && AT.has(a.prep) && kind === "place") places.push(a.id);
      // "the annexation of Crimea", "the bombing of Z": the place it befell.
      else if ((rel === "nmod" || rel === "obl") && a.prep === "of" && kind === "place") places.push(a.id);
      else if ((rel === "nmod" || rel === "obl") && a.prep && WITH.has(a.prep)) participants.push(a.id);
    }
    let possessor: number | undefined;
    let ordered = false;
    let later = false;
    for (const c of children[t]!) {
      const rel = base(tree.deprels[c]!);
      // "his resignation": the person the pronoun stands for.
      if (tree.deprels[c] === "nmod:poss" && (tokens[c]!.lower === "his" || tokens[c]!.lower === "her")) possessor = c;
      // "an inquiry into Y's finances", "talks on the Z plan": a name one step down is a party to it.
      if (rel === "nmod" && !mentionAt.has(c)) {
        const p = caseOf(c);
        if (p && NESTED.has(p)) for (const a of hung.get(c) ?? []) if ((a.rel === "nmod:poss" || base(a.rel) === "compound") && kindOf(a.id) !== "place") participants.push(a.id);
      }
      // "a survey carried out by Y", "the report published by Y in Z".
      if (tree.deprels[c] === "acl" && tree.upos[c] === "VERB") {
        for (const a of hung.get(c) ?? []) {
          if (base(a.rel) === "obl" && a.prep === "by" && kindOf(a.id) !== "place") agents.push(a.id);
          else if (base(a.rel) === "obl" && a.prep && AT.has(a.prep) && kindOf(a.id) === "place") places.push(a.id);
        }
      }
    }
    // "the Iraqi elections": a demonym names the place (or, for acts of a state, the actor).
    for (const c of children[t]!) {
      if (tree.deprels[c] !== "amod") continue;
      const country = gazetteer().demonyms.get(tokens[c]!.lower);
      if (!country) continue;
      mentions.push({ sentence, t0: -1, t1: -1, start: tokens[c]!.start, end: tokens[c]!.end, name: country, kind: "place", confidence: 0.75, cue: "demonym", canonical: country, country, implicit: true });
      places.push(mentions.length - 1);
    }
    // The verb whose object the noun is: its subject brings the event about ("X called an election"); it must state a fact.
    const g = tree.heads[t]!;
    const rel = tree.deprels[t]!;
    if (g >= 0 && tree.upos[g] === "VERB") {
      if (!realis(tokens, tree, children, g)) return reject(t);
      if (future(g)) later = true;
      const lemma = eventVerbLemma(tokens[g]!.text);
      if ((rel === "obj" || rel === "nsubj:pass") && ORDER_VERBS.has(lemma)) ordered = true;
      if ((rel === "obj" || rel === "nsubj:pass") && (SUPPORT_VERBS.has(lemma) || ORDER_VERBS.has(lemma))) {
        for (const a of hung.get(g) ?? []) {
          if (a.rel === "nsubj" || (base(a.rel) === "obl" && a.prep === "by")) agents.push(a.id);
          else if (base(a.rel) === "obl" && a.prep && AT.has(a.prep) && kindOf(a.id) === "place") places.push(a.id);
          else if (base(a.rel) === "obl" && a.prep && (a.prep === "with" || a.prep === "against" || a.prep === "between")) participants.push(a.id);
        }
      } else if (base(rel) === "obl" && FRAMING.has(cls.name) && (caseOf(t) === "in" || caseOf(t) === "during")) {
        // "In an interview with Y, X said …", "during his visit to Z, X met …": the clause's subject is the one speaking or travelling.
        if (agents.length === 0) for (const a of hung.get(g) ?? []) if (a.rel === "nsubj" && kindOf(a.id) === "person") agents.push(a.id);
      } else if (rel === "nsubj" && SETTING_VERBS.has(lemma)) {
        for (const a of hung.get(g) ?? []) if (base(a.rel) === "obl" && a.prep && AT.has(a.prep) && kindOf(a.id) === "place") places.push(a.id);
      }
    } else if (g >= 0 && !realisUp(g)) return reject(t);
    if (questioned(t)) return reject(t);
    // The pronoun's person, when nothing in the clause named the agent ("During his visit, X met …" named X).
    if (possessor !== undefined && agents.length === 0 && antecedent) {
      const a = antecedent(possessor);
      if (a !== undefined) agents.push(a);
    }
    const hit = settle(cls, t0, t + 1, t, agents, participants, places, mods);
    return hit ? { ...hit, ...(announced ? { announced } : {}), ...(ordered && hit.agent !== undefined ? { ordered } : {}), ...(later ? { future: true } : {}) } : hit;
  }

  function verbEvent(v: number): ParsedEvent | undefined {
    const lemma = eventVerbLemma(tokens[v]!.text);
    const prt = children[v]!.find((c) => tree.deprels[c] === "compound:prt");
    let t1 = v + 1;
    let entry: { cls: EventClass; frame: EventVerbFrame } | undefined;
    if (prt !== undefined) {
      entry = eventVerb(`${lemma} ${tokens[prt]!.lower}`);
      if (entry) t1 = Math.max(t1, prt + 1);
      // "ruled out", "took up": a particle makes another verb.
      else if (eventVerb(lemma)) return reject(v);
      else return undefined;
    } else {
      entry = eventVerb(lemma);
      // "pull its forces out of Z": the particle read as the oblique's preposition.
      if (!entry) for (const c of children[v]!) if (base(tree.deprels[c]!) === "obl" && caseOf(c)) entry ??= eventVerb(`${lemma} ${caseOf(c)}`);
    }
    if (!entry) return undefined;
    if (!realis(tokens, tree, children, v, eventFactive)) return reject(v);
    const later = future(v);
    if (questioned(v)) return reject(v);
    const passive = children[v]!.some((c) => tree.deprels[c] === "aux:pass" || tree.deprels[c] === "nsubj:pass");
    let ordered = false;
    const agents: number[] = [];
    const objects: number[] = [];
    const participants: number[] = [];
    const places: number[] = [];
    for (const a of hung.get(v) ?? []) {
      const kind = kindOf(a.id);
      const rel = base(a.rel);
      if (a.rel === "nsubj") agents.push(a.id);
      else if (a.rel === "nsubj:pass" || rel === "obj") (kind === "place" ? places : objects).push(a.id);
      else if (rel === "obl" && a.prep === "by" && (passive || a.rel === "obl:agent") && kind !== "place") agents.push(a.id);
      else if (rel === "obl" && a.prep && AT.has(a.prep) && kind === "place") places.push(a.id);
      else if (rel === "obl" && a.prep && WITH.has(a.prep)) participants.push(a.id);
      // "bought a stake in Y" parsed with "in Y" on the verb.
      else if (rel === "obl" && a.prep === "in" && entry.cls.name === "takeover" && kind !== "place") participants.push(a.id);
    }
    // No subject of its own: a relative clause's noun, a coordinated or completed verb's subject, or
    // who ordered it ("X ordered the troops to start withdrawing": X orders, the troops take part).
    // Only a verb with no subject of its own (or a relative pronoun): "X, whose grandmother died", has one.
    const ownSubject = children[v]!.find((c) => tree.deprels[c] === "nsubj");
    if (agents.length === 0 && !passive && (ownSubject === undefined || /^(?:who|which|that)$/.test(tokens[ownSubject]!.lower))) {
      for (let g = v, hops = 0; hops < 4; hops++) {
        const p = tree.heads[g]!;
        const rel = tree.deprels[g]!;
        if (p < 0) break;
        if (base(rel) === "acl") {
          if (mentionAt.has(p)) agents.push(mentionAt.get(p)!);
          break;
        }
        if (base(rel) !== "conj" && rel !== "xcomp") break;
        const own = hung.get(p) ?? [];
        if (rel === "xcomp" && ORDER_VERBS.has(eventVerbLemma(tokens[p]!.text))) {
          ordered = true;
          for (const a of own) if (base(a.rel) === "obj" && kindOf(a.id) !== "place") participants.push(a.id);
          for (const a of own) if (a.rel === "nsubj") agents.push(a.id);
          // "Putin on Monday ordered …" parsed with the verb hung on the name before it (acl, or parataxis): the name is its subject.
          const named = tree.heads[p]!;
          const hungOnName = base(tree.deprels[p]!) === "acl" || (base(tree.deprels[p]!) === "parataxis" && named >= 0 && named < p);
          if (agents.length === 0 && hungOnName && mentionAt.has(named)) agents.push(mentionAt.get(named)!);
          break;
        }
        // "X was diagnosed with cancer and died": a coordinated verb's subject may be its first conjunct's passive subject.
        for (const a of own) if (a.rel === "nsubj" || (base(rel) === "conj" && a.rel === "nsubj:pass")) agents.push(a.id);
        if (agents.length > 0) break;
        g = p;
      }
    }
    // "bought a stake in Y", "sold its arm to Y": a party named one step down the unnamed object.
    if (entry.frame === "relational" && objects.length === 0) {
      for (const c of children[v]!) {
        if (tree.deprels[c] !== "obj" || mentionAt.has(c)) continue;
        for (const a of hung.get(c) ?? []) if (base(a.rel) === "nmod" && a.prep && OBJECT_PARTIES.has(a.prep) && kindOf(a.id) !== "place") participants.push(a.id);
      }
    }
    const hasObject = children[v]!.some((c) => tree.deprels[c] === "obj" || tree.deprels[c] === "nsubj:pass");
    // "X quit smoking": an object makes another sense of the verb.
    if (entry.frame === "intransitive" && hasObject && !passive) return reject(v);
    if (entry.frame === "intransitive" && agents.length === 0) return undefined;
    if (entry.frame === "creative" && (agents.length === 0 || !hasObject)) return undefined;
    // "launched an attack", "published its inquiry": the object is the event, read from the noun.
    if (entry.frame === "creative" && children[v]!.some((c) => tree.deprels[c] === "obj" && eventNouns(tokens[c]!.lower) !== undefined)) return reject(v);
    if (entry.frame === "declarative" && (agents.length === 0 || !children[v]!.some((c) => ["obj", "xcomp", "ccomp"].includes(tree.deprels[c]!)))) return undefined;
    if (entry.frame === "relational" && objects.length === 0 && places.length === 0 && participants.length === 0 && !(entry.cls.name === "withdrawal" && agents.length > 0)) return undefined;
    // "sold 19.9 million units in the US": a sale needs a named party, not only a place.
    if (entry.cls.name === "takeover" && objects.length === 0 && participants.length === 0) return undefined;
    const mods = children[v]!.map((c) => tokens[c]!.lower);
    const hit = settle(entry.cls, v, t1, v, agents, [...objects, ...participants], places, mods);
    return hit ? { ...hit, ...(ordered && hit.agent !== undefined ? { ordered } : {}), ...(later ? { future: true } : {}) } : hit;
  }

  function settle(cls: EventClass, t0: number, t1: number, head: number, agents: number[], participants: number[], places: number[], mods: string[]): ParsedEvent | undefined {
    if (taken.has(head)) return undefined;
    const kinds = [...agents, ...participants, ...places].map(kindOf);
    if (kinds.length === 0) return undefined;
    if (cls.physical && places.length === 0 && !kinds.includes("force") && !mods.some((w) => PHYSICAL.has(w))) return reject(head);
    if (cls.name === "death" && !kinds.includes("person")) return undefined;
    taken.add(head);
    const agent = agents.find((a) => kindOf(a) !== "place") ?? agents[0];
    const others = [...agents, ...participants].filter((p, i, all) => p !== agent && all.indexOf(p) === i && kindOf(p) !== "place");
    const place = places.find((p) => mentions[p]!.cue !== "demonym") ?? places[0];
    return { cls, t0, t1, head, ...(agent !== undefined ? { agent } : {}), participants: others, ...(place !== undefined ? { place } : {}) };
  }

  /**
   * Turns an event word down for what the sentence says of it (denied, asked,
   * wished for, generic, another sense): the word-window reading may not read
   * it either. A word turned down only for want of a named argument is left
   * to that reading, whose own conditions are stricter (a date, an agent).
   */
  function reject(k: number): undefined {
    examined.add(k);
    return undefined;
  }

  /**
   * Whether verb v speaks of what has not happened yet: "will meet", "is to
   * visit", "is due to resign" (an event is what a report says happened or is
   * happening; a plan is not one yet).
   */
  function future(v: number): boolean {
    for (let a = v, hops = 0; a >= 0 && hops < 3; a = tree.heads[a]!, hops++) {
      for (const c of children[a]!) if ((tree.deprels[c] === "aux" || tree.deprels[c] === "aux:pass") && FUTURE_AUX.has(tokens[c]!.lower)) return true;
      // "is to visit", "is due to resign", "is set to launch".
      const mark = children[a]!.find((c) => tree.deprels[c] === "mark" && tokens[c]!.lower === "to");
      const be = children[a]!.find((c) => (tree.deprels[c] === "cop" || tree.deprels[c] === "aux") && /^(?:is|are|was|were|be)$/.test(tokens[c]!.lower));
      if (mark !== undefined && be !== undefined && be < mark) return true;
      if (tree.deprels[a] !== "xcomp" && base(tree.deprels[a]!) !== "conj") break;
    }
    return false;
  }

  /** Whether the clause above token k states a fact. */
  function realisUp(k: number): boolean {
    for (let a = k; a >= 0; a = tree.heads[a]!) {
      if (tree.upos[a] === "VERB") return realis(tokens, tree, children, a);
    }
    return true;
  }

  /** Whether a question mark closes the clause of token k. */
  function questioned(k: number): boolean {
    for (let a = k; a >= 0; a = tree.heads[a]!) {
      if (children[a]!.some((c) => tokens[c]!.text === "?")) return true;
    }
    return false;
  }
}

