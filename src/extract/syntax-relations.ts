/**
 * Pass 4b: relations read off the dependency parse
 * ================================================
 *
 * Where the core parsed a sentence (src/nlp), a verb's arguments are read
 * from the tree, not from the words' order: each mention's head word is found,
 * its relation to the verb gives a slot (subject, object, indirect object, an
 * oblique with its preposition; the agent of a passive is its subject, the
 * passive subject its object), and the verb's frames (lexicon/verbs.ts) say
 * which slots make which relation. So:
 *   "X criticised Y"                  X criticized Y
 *   "Y was criticised by X"           X criticized Y
 *   "X and Z met Y"                   X met_with Y, Z met_with Y (conjuncts share a slot)
 *   "X, who leads Y, …"              X leader_of Y (a relative clause's subject is the noun it modifies)
 *   "X criticised and sued Y"        X criticized Y, X sued Y (coordinated verbs share the subject)
 *   "X held talks with Y"             X negotiated_with Y (a light verb and its event noun)
 *   "X began to attack Y"             X attacked Y (a factive verb passes its subject on)
 *   "X, the leader of Y", "X is chairman of Y", "Y's spokesman, X", "X, a Labour peer"
 *                                     X leader_of / spokesperson_for / member_of Y (a title in
 *                                     apposition or a copula, with what it is "of"; past if "former")
 *   "X, lawyer for Z"                 X represents Z
 *   "X, from the Y Forum", "Y's X"    X member_of Y
 *   "X, 23, from Y" (a place)          X comes_from Y
 * and no fact where the clause is denied ("did not back"), hypothetical
 * ("would back", "if X backs Y", "wants to meet"), or asked ("Would X back
 * Y?"). A triple must fit its predicate's kinds (schema/predicates.ts).
 */
import { AFFILIATION_NOUNS, OWNERSHIP_NOUNS, SUBSIDIARY_NOUNS, gazetteer, SPEECH_VERBS, CONDITIONAL_MARKERS, FACTIVE_CONTROL, HYPOTHETICAL_AUX, LIGHT_EVENT_NOUNS, LIGHT_VERBS, NEGATORS, PAST_MARKERS, VERB_FRAMES, roleRelation, verbLemma } from "../lexicon/index.js";
import { predicateAccepts, type Predicate, type Token } from "../schema/index.js";
import { matchTitle, type MentionSpan } from "./mentions.js";
import type { VerbFrame } from "../lexicon/index.js";

/** A parsed sentence: per token, the 0-based head (-1 for the root), the UD relation and the UPOS tag. */
export interface SentenceTree {
  heads: readonly number[];
  deprels: readonly string[];
  upos: readonly string[];
}

type Add = (subject: number, predicate: Predicate, object: number, confidence: number, detail?: { verb?: string; past?: boolean }) => void;

const RELATIVE_PRONOUNS = new Set(["who", "which", "that", "whom"]);

/** Children lists already built, by tree: the relation, event and reference passes all read them. */
const childrenByTree = new WeakMap<SentenceTree, number[][]>();

/** Each token's dependents, in order (built once per tree). */
export function childrenOf(tree: SentenceTree): number[][] {
  const known = childrenByTree.get(tree);
  if (known) return known;
  const out: number[][] = tree.heads.map(() => []);
  tree.heads.forEach((h, k) => {
    if (h >= 0) out[h]!.push(k);
  });
  childrenByTree.set(tree, out);
  return out;
}

export const base = (deprel: string): string => {
  const i = deprel.indexOf(":");
  return i === -1 ? deprel : deprel.slice(0, i);
};

/** Returns the mention of the country a demonym names, adding it (implicit) to the document's mentions. */
export type CountryOf = (country: string, at: Token) => number;

export function syntaxRelations(tokens: readonly Token[], tree: SentenceTree, mentions: readonly MentionSpan[], ids: readonly number[], add: Add, countryOf?: CountryOf): void {
  const n = tokens.length;
  const children = childrenOf(tree);
  const caseOf = (k: number) => caseWord(tokens, tree, children, k);
  const mentionAt = mentionHeads(tree, mentions, ids, n);
  if (mentionAt.size === 1 && countryOf) {
    nationality(tokens, tree, children, mentions, mentionAt, add, countryOf);
    return;
  }
  if (mentionAt.size < 2) return;
  // Slots of each verb: verb token → slot → [mention id, how directly it fills it (1 direct, lower through a conjunct)].
  const slots = new Map<number, Map<string, [number, number][]>>();
  const put = (verb: number, slot: string, id: number, strength: number) => {
    let s = slots.get(verb);
    if (!s) slots.set(verb, (s = new Map()));
    const list = s.get(slot);
    if (list) list.push([id, strength]);
    else s.set(slot, [[id, strength]]);
  };
  const passive = (v: number) => children[v]!.some((c) => tree.deprels[c] === "aux:pass" || tree.deprels[c] === "nsubj:pass");
  for (const [head, id] of mentionAt) {
    // "…, Defence Minister X said": the name right before a reporting verb is its speaker, whatever the parse made of it.
    const m = mentions[id]!;
    const after = tokens[m.t1];
    const speaker = after !== undefined && SPEECH_VERBS.has(after.lower);
    let h = head;
    let strength = 1;
    // "X and Y": the second conjunct takes the first's place; "Labour leader X" (X in apposition to a title that is not itself a name): the title's.
    for (;;) {
      const rel = base(tree.deprels[h]!);
      const g = tree.heads[h]!;
      if (g < 0) break;
      if (rel === "conj") strength = Math.min(strength, 0.9);
      else if (!(rel === "appos" && !mentionAt.has(g) && tree.upos[g] === "NOUN")) break;
      h = g;
    }
    let g = tree.heads[h]!;
    if (g < 0) continue;
    let rel = tree.deprels[h]!;
    // "told the BBC News website", "told BBC Radio 4's Today programme": an outlet's programme or website stands for the outlet.
    if ((base(rel) === "compound" || rel === "nmod:poss") && MEDIA_NOUNS.has(tokens[g]!.lower) && !mentionAt.has(g) && tree.heads[g]! >= 0) {
      rel = tree.deprels[g]!;
      h = g;
      g = tree.heads[g]!;
    }
    const prep = caseOf(head) ?? caseOf(h);
    if (rel === "nsubj") put(g, "subj", id, strength);
    else if (rel === "nsubj:pass") put(g, "obj", id, strength);
    else if (rel === "obj" && !speaker) put(g, "obj", id, strength);
    else if (rel === "iobj" && !speaker) put(g, "iobj", id, strength);
    else if (base(rel) === "obl" && prep) put(g, prep === "by" && (rel === "obl:agent" || passive(g)) ? "subj" : prep, id, strength);
    else if (base(rel) === "nmod" && prep) {
      // "held talks with Y": the event noun's argument is the light verb's.
      const noun = g;
      const verb = tree.heads[noun]!;
      // "signed a deal with Y": an object's "with"/"against"/"to" party is the verb's, a little less surely.
      if (verb >= 0 && (tree.deprels[noun] === "obj" || tree.deprels[noun] === "nsubj:pass")) {
        if (LIGHT_EVENT_NOUNS.has(tokens[noun]!.lower)) put(verb, prep, id, strength * 0.9);
        else if (prep === "with" || prep === "against" || prep === "to") put(verb, prep, id, strength * 0.8);
      }
    }
  }
  roleRelations(tokens, tree, children, mentions, mentionAt, add);
  organizationRelations(tokens, tree, children, mentions, mentionAt, add);
  placeRelations(tokens, tree, children, mentions, mentionAt, add);
  if (countryOf) nationality(tokens, tree, children, mentions, mentionAt, add, countryOf);
  for (let v = 0; v < n; v++) {
    if (tree.upos[v] !== "VERB") continue;
    let lemma = verbLemma(tokens[v]!.text);
    let strength = 1;
    // A light verb with an event noun: "hold talks", "launch an attack".
    if (LIGHT_VERBS.has(lemma)) {
      const noun = children[v]!.find((c) => tree.deprels[c] === "obj" && LIGHT_EVENT_NOUNS.has(tokens[c]!.lower));
      if (noun !== undefined) {
        lemma = LIGHT_EVENT_NOUNS.get(tokens[noun]!.lower)!;
        strength = 0.9;
      }
    }
    const frames = VERB_FRAMES.get(lemma) ?? NO_FRAMES;
    if (!realis(tokens, tree, children, v)) continue;
    const own = slots.get(v);
    // "X, born in Y", "X (born 1963 in Y)", "troops stationed in Y": a participle on a name takes it as its object (past) or subject (present).
    const participleOf = !own?.has("subj") && (tree.deprels[v] === "acl" || tree.deprels[v] === "parataxis" || tree.deprels[v] === "appos") ? mentionAt.get(tree.heads[v]!) : undefined;
    const pastParticiple = participleOf !== undefined && /(?:ed|en|wn|rn|ung|eld|ade|ught)$/.test(tokens[v]!.lower);
    const isPassive = passive(v) || pastParticiple;
    const fill = (slot: string): [number, number][] => {
      const direct = own?.get(slot);
      if (direct && direct.length > 0) return direct;
      if (participleOf !== undefined && slot === (pastParticiple ? "obj" : "subj")) return [[participleOf, 0.85]];
      // The argument a relative clause, a coordinated verb or a factive verb supplies: the subject of an active verb, the passive subject of a passive one.
      if ((slot === "subj" && !isPassive) || (slot === "obj" && isPassive)) return inheritedSubject(tokens, tree, children, v, slots, mentionAt, isPassive ? "obj" : "subj");
      return [];
    };
    for (const frame of frames) {
      const S = fill(frame.subject);
      const O = fill(frame.object);
      if (S.length === 0 || O.length === 0) continue;
      let added = false;
      for (const [s, ss] of S) {
        for (const [o, os] of O) {
          if (s === o || !predicateAccepts(frame.predicate, mentions[s]!.kind, mentions[o]!.kind)) continue;
          add(s, frame.predicate, o, Math.round(frame.weight * strength * Math.min(ss, os) * 100) / 100);
          added = true;
        }
      }
      if (added) break;
    }
    // A verb the vocabulary does not map relates its subject and object when it is clearly a verb: not a reporting verb, not a noun the tagger took for one ("Oscar nominees X"), and with its arguments in the clause's order.
    if (frames === NO_FRAMES && !UNRELATING_VERBS.has(lemma) && !SPEECH_VERBS.has(tokens[v]!.lower) && !NOUN_LIKE.test(tokens[v]!.lower) && tokens[v]!.text === tokens[v]!.lower) {
      const inOrder = (list: [number, number][], before: boolean) => list.filter(([id]) => (mentions[id]!.t0 < v) === before);
      const subjects = fill("subj");
      relatedTo(lemma, isPassive ? subjects : inOrder(subjects, true), own && !isPassive ? new Map([...own].map(([slot, list]) => [slot, inOrder(list, false)])) : own, mentions, add);
    }
  }
}

/** The preposition (or other case marker) of token k: "in" of "in Syria". */
function caseWord(tokens: readonly { lower: string }[], tree: SentenceTree, children: number[][], k: number): string | undefined {
  for (const c of children[k]!) if (tree.deprels[c] === "case") return tokens[c]!.lower;
  return undefined;
}

/** The mention whose head word is token k, for each mention of the sentence that has one. */
export function mentionHeads(tree: SentenceTree, mentions: readonly MentionSpan[], ids: readonly number[], n: number): Map<number, number> {
  const mentionAt = new Map<number, number>();
  for (const id of ids) {
    const m = mentions[id]!;
    if (m.implicit || m.t1 > n) continue;
    // The word that attaches the name to the rest: its head lies outside the name, and, where the parse splits the name, not on a title just beside it ("President" + "Bashar" + "al-Assad").
    let head = -1;
    for (let k = m.t0; k < m.t1; k++) {
      const h = tree.heads[k]!;
      if (h >= m.t0 && h < m.t1) continue;
      if (head < 0) head = k;
      if (h !== m.t0 - 1 && h !== m.t1) {
        head = k;
        break;
      }
    }
    // "Mr Brown" (the mention is "Brown"): a name attached flat to the word just before or after it heads with that word.
    for (;;) {
      if (head < 0) break;
      const g = tree.heads[head]!;
      const rel = tree.deprels[head]!;
      if (g >= 0 && (g === m.t0 - 1 || g === m.t1) && (base(rel) === "flat" || (rel === "compound" && tree.upos[g] === "PROPN"))) head = g;
      else break;
    }
    if (head >= 0 && !mentionAt.has(head)) mentionAt.set(head, id);
  }
  return mentionAt;
}

const NO_FRAMES: readonly VerbFrame[] = [];

/** Verbs that relate no two things by themselves: reporting, being, having, seeming. */
const UNRELATING_VERBS = new Set([
  "say", "be", "have", "do", "seem", "appear", "add", "claim", "believe", "think", "know", "ask", "suggest", "insist", "argue", "expect", "want",
  "hope", "feel", "mean", "include", "become", "remain", "get", "see", "look", "go", "come", "comment", "deny", "explain", "note", "state",
  "reply", "respond", "admit", "confirm", "acknowledge", "stress", "emphasise", "emphasize", "warn", "report", "quote", "cite", "describe", "call",
]);

/** Word endings of nouns that a tagger may read as verbs ("nominees", "directors", "politics"). */
const NOUN_LIKE = /(?:ees|ers|ors|ists|ions|ments|ness|ity|ics|ships)$/;

/** Prepositions whose oblique may be the other party of a verb the vocabulary does not map ("signed a deal with Y" → sign with). */
const PARTY_PREPOSITIONS = new Set(["with", "to", "against", "from", "for", "on", "into", "over", "about", "at", "in"]);

/**
 * A clear verb the vocabulary does not map, between its subject and its
 * object (or an oblique naming another party): `related_to`, the verb's lemma
 * (with the preposition) in `verb`, at low confidence.
 */
function relatedTo(lemma: string, subjects: [number, number][], own: Map<string, [number, number][]> | undefined, mentions: readonly MentionSpan[], add: Add): void {
  if (subjects.length === 0 || !own) return;
  const objects: [number, number, string][] = [];
  for (const [id, st] of own.get("obj") ?? []) objects.push([id, st, lemma]);
  if (objects.length === 0) for (const [slot, list] of own) if (PARTY_PREPOSITIONS.has(slot)) for (const [id, st] of list) objects.push([id, st * 0.9, `${lemma} ${slot}`]);
  for (const [s, ss] of subjects) {
    for (const [o, os, verb] of objects) {
      if (s === o || !predicateAccepts("related_to", mentions[s]!.kind, mentions[o]!.kind)) continue;
      add(s, "related_to", o, Math.round(0.4 * Math.min(ss, os) * 100) / 100, { verb });
    }
  }
}

/**
 * A verb's subject when it has none of its own: the noun a relative clause
 * modifies ("X, who leads Y"), the subject of the verb it is coordinated
 * with ("X criticised and sued Y"), or of a factive verb it completes ("X
 * began to attack Y").
 */
function inheritedSubject(
  tokens: readonly { lower: string }[],
  tree: SentenceTree,
  children: number[][],
  v: number,
  slots: Map<number, Map<string, [number, number][]>>,
  mentionAt: Map<number, number>,
  slot: "subj" | "obj",
): [number, number][] {
  const rel = tree.deprels[v]!;
  const g = tree.heads[v]!;
  if (g < 0) return [];
  if (rel === "acl:relcl") {
    const m = mentionAt.get(g);
    // "X, who leads Y": the relative pronoun is the subject (or there is none: "X, leading Y").
    const subj = children[v]!.find((c) => tree.deprels[c] === (slot === "subj" ? "nsubj" : "nsubj:pass"));
    if (m === undefined || !(subj === undefined || RELATIVE_PRONOUNS.has(tokens[subj]!.lower))) return [];
    // "Russia and Iran, which support Y": a plural verb after a coordination relates every conjunct, wherever the parse hung it.
    const w = tokens[v]!.lower;
    const plural = slot === "subj" && !w.endsWith("s") && !w.endsWith("ed") && !w.endsWith("ing") && verbLemma(w) === w;
    if (!plural) return [[m, 0.85]];
    let first = g;
    while (base(tree.deprels[first]!) === "conj" && tree.heads[first]! >= 0) first = tree.heads[first]!;
    const out: [number, number][] = [];
    for (const k of [first, ...children[first]!.filter((c) => base(tree.deprels[c]!) === "conj")]) {
      const id = mentionAt.get(k);
      if (id !== undefined && !out.some(([x]) => x === id)) out.push([id, k === g ? 0.85 : 0.8]);
    }
    return out.length > 0 ? out : [[m, 0.85]];
  }
  if (base(rel) === "conj" || rel === "xcomp") {
    const own = slots.get(g)?.get(slot);
    if (own && own.length > 0) return own.map(([id, s]) => [id, s * 0.9] as [number, number]);
  }
  return [];
}

/** Whether the verb's clause states a fact: not denied, not hypothetical or conditional, not a wish or plan. */
export function realis(tokens: readonly { text: string; lower: string }[], tree: SentenceTree, children: number[][], v: number, factive: (lemma: string) => boolean = (l) => FACTIVE_CONTROL.has(l)): boolean {
  for (const c of children[v]!) {
    const rel = tree.deprels[c]!;
    const w = tokens[c]!.lower;
    if ((rel === "advmod" || rel === "neg" || rel === "det" || rel === "cc:preconj") && NEGATORS.has(w)) return false;
    if ((rel === "aux" || rel === "aux:pass") && (HYPOTHETICAL_AUX.has(w) || NEGATORS.has(w))) return false;
    if (rel === "mark" && CONDITIONAL_MARKERS.has(w)) return false;
    // "If X wins, Y will back Z": the main clause of a conditional.
    if (rel === "advcl" && children[c]!.some((d) => tree.deprels[d] === "mark" && CONDITIONAL_MARKERS.has(tokens[d]!.lower))) return false;
  }
  // "Would X back Y?", "Did X say that Y attacked Z?": a clause under a question mark (a quoted question inside a statement is its own clause).
  for (let a = v; a >= 0; a = tree.heads[a]!) {
    if (children[a]!.some((c) => tokens[c]!.text === "?")) return false;
    const rel = base(tree.deprels[a]!);
    if (rel !== "ccomp" && rel !== "xcomp" && rel !== "conj" && rel !== "advcl") break;
  }
  // "wants to meet", "refused to back": an infinitive under a verb that is not factive.
  if (tree.deprels[v] === "xcomp") {
    const g = tree.heads[v]!;
    if (g >= 0 && (!factive(verbLemma(tokens[g]!.lower)) || !realis(tokens, tree, children, g, factive))) return false;
  }
  // A coordinated verb shares its first conjunct's auxiliaries: "would criticise and sue".
  if (base(tree.deprels[v]!) === "conj" && tree.heads[v]! >= 0 && tree.upos[tree.heads[v]!] === "VERB" && !children[v]!.some((c) => base(tree.deprels[c]!) === "aux")) {
    return realis(tokens, tree, children, tree.heads[v]!, factive);
  }
  return true;
}


/** Words of direction before a region: "Hounslow, west London". */
const COMPASS = new Set(["north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "north-east", "north-west", "south-east", "south-west", "greater", "inner", "outer", "rural"]);

/**
 * One place inside another, read off the tree: "Dover, Kent", "Hounslow,
 * west London" (the second place hangs on the first, after a comma, and no
 * third place follows: a list such as "Leeds, Derby and Hull" contains
 * nothing), and "Ashby in Leicestershire".
 */
function placeRelations(tokens: readonly Token[], tree: SentenceTree, children: number[][], mentions: readonly MentionSpan[], mentionAt: Map<number, number>, add: Add): void {
  for (const [b, inner] of mentionAt) {
    const a = tree.heads[b]!;
    if (a < 0 || !mentionAt.has(a)) continue;
    const outer = mentionAt.get(a)!;
    const A = mentions[outer]!;
    const B = mentions[inner]!;
    if (A.kind !== "place" || B.kind !== "place" || outer === inner) continue;
    // B hangs on A: A is the smaller place.
    const rel = base(tree.deprels[b]!);
    const prep = children[b]!.find((c) => tree.deprels[c] === "case");
    if (rel === "nmod" && prep !== undefined && tokens[prep]!.lower === "in") {
      add(outer, "located_in", inner, 0.7);
      continue;
    }
    if (B.t0 < A.t1 || tokens[A.t1]?.text !== ",") continue;
    // After the comma, nothing but a direction word before the second place; and no third place after it.
    let k = A.t1 + 1;
    while (k < B.t0 && (COMPASS.has(tokens[k]!.lower) || tokens[k]!.lower === "the")) k++;
    if (k !== B.t0) continue;
    const next = tokens[B.t1];
    if (next && (next.lower === "and" || next.lower === "or")) continue;
    if (next?.text === "," && [...mentionAt.values()].some((j) => mentions[j]!.t0 > B.t1 && mentions[j]!.t0 <= B.t1 + 2)) continue;
    // More conjuncts on A, or on B: a list.
    if (children[a]!.filter((c) => base(tree.deprels[c]!) === "conj").length > 1 || children[b]!.some((c) => base(tree.deprels[c]!) === "conj")) continue;
    if (rel !== "appos" && rel !== "nmod" && rel !== "conj" && rel !== "flat" && rel !== "list") continue;
    // A place before A and a comma: "Leeds, Derby, Hull" is a list.
    const before = tokens[A.t0 - 1];
    if (before?.text === "," && [...mentionAt.values()].some((j) => mentions[j]!.kind === "place" && mentions[j]!.t1 === A.t0 - 1)) continue;
    add(outer, "located_in", inner, 0.65);
  }
}

/**
 * A person's nationality, from a demonym on the noun that says what they are
 * ("X, a German racer", "X is an American actor", "the American actor X"),
 * when that noun is no title of office (a title's relation says more: "German
 * Chancellor X" leads Germany). And a place or organization's setting from
 * the noun that says what it is: "X is a town in Y", "X, a firm based in Y".
 */
function nationality(tokens: readonly Token[], tree: SentenceTree, children: number[][], mentions: readonly MentionSpan[], mentionAt: Map<number, number>, add: Add, countryOf: CountryOf): void {
  for (const [head, id] of mentionAt) {
    const m = mentions[id]!;
    const nouns: number[] = [];
    for (const c of children[head]!) if ((tree.deprels[c] === "appos" || base(tree.deprels[c]!) === "compound") && tree.upos[c] === "NOUN") nouns.push(c);
    const g = tree.heads[head]!;
    if (g >= 0 && tree.upos[g] === "NOUN" && (tree.deprels[head] === "appos" || (tree.deprels[head] === "nsubj" && children[g]!.some((c) => tree.deprels[c] === "cop")))) nouns.push(g);
    if (m.kind === "person") {
      for (const r of nouns) {
        if (titleEndingAt(tokens, r)) continue;
        for (const c of children[r]!) {
          if (tree.deprels[c] !== "amod" && base(tree.deprels[c]!) !== "compound") continue;
          const country = gazetteer().demonyms.get(tokens[c]!.lower);
          if (!country || !tokens[c]!.cap) continue;
          add(id, "citizen_of", countryOf(country, tokens[c]!), 0.7);
          break;
        }
      }
    } else if (m.kind === "place" || m.kind === "organization") {
      for (const r of nouns) {
        const places: number[] = [];
        for (const c of children[r]!) {
          const rel = base(tree.deprels[c]!);
          const prep = children[c]!.find((d) => tree.deprels[d] === "case");
          if (rel === "nmod" && prep !== undefined && (tokens[prep]!.lower === "in" || tokens[prep]!.lower === "near")) places.push(c);
          // "a firm based in Y", "a village located in Y".
          if (rel === "acl" && /^(?:based|located|situated|headquartered)$/.test(tokens[c]!.lower)) {
            for (const d of children[c]!) if (base(tree.deprels[d]!) === "obl") places.push(d);
          }
        }
        for (const c of places) {
          const target = mentionAt.get(c);
          if (target === undefined || target === id || mentions[target]!.kind !== "place") continue;
          const predicate: Predicate = tokens[children[c]!.find((d) => tree.deprels[d] === "case") ?? c]!.lower === "near" ? "near" : "located_in";
          if (predicateAccepts(predicate, m.kind, "place")) add(id, predicate, target, 0.7);
        }
      }
    }
  }
}

/** Titles of those who act for another: "lawyer for X" represents X. */
const REPRESENTATIVE_TITLES = new Set(["lawyer", "attorney", "solicitor", "counsel", "barrister", "agent", "envoy", "special envoy", "ambassador", "representative"]);

/** The title that ends at token r ("prime minister" ending at "minister"), if any. */
function titleEndingAt(tokens: readonly Token[], r: number): string | undefined {
  for (let start = Math.max(0, r - 3); start <= r; start++) {
    const m = matchTitle(tokens as Token[], start, r + 1);
    // "deputy chairman": the word that makes a title a deputy's goes with it (roleRelation reads it).
    if (m && start + m.length === r + 1) return start > 0 && DEPUTY_WORDS.has(tokens[start - 1]!.lower) && !m.title.startsWith(`${tokens[start - 1]!.lower} `) ? `${tokens[start - 1]!.lower} ${m.title}` : m.title;
  }
  return undefined;
}

/** What an outlet speaks through: "the BBC News website", "Radio 4's Today programme". */
const MEDIA_NOUNS: ReadonlySet<string> = new Set(["website", "programme", "program", "show", "newspaper", "paper", "magazine", "channel", "station", "radio", "agency", "network", "site", "blog", "podcast", "bulletin"]);

/** Nouns for another party, not one's own: "Norway's rival X" is not Norway's. */
export const RIVAL_NOUNS: ReadonlySet<string> = new Set(["rival", "rivals", "partner", "partners", "ally", "allies", "enemy", "enemies", "neighbour", "neighbor", "neighbours", "neighbors", "critic", "critics", "opponent", "opponents", "competitor", "competitors", "adversary", "adversaries", "foe", "foes"]);

export const DEPUTY_WORDS: ReadonlySet<string> = new Set(["deputy", "vice", "acting", "assistant", "shadow", "junior"]);

/** An affiliation noun (lexicon/titles.ts AFFILIATION_NOUNS) at token r, in the singular: "expert", "students". */
function affiliationAt(tokens: readonly Token[], r: number): string | undefined {
  const w = tokens[r]!.lower;
  if (AFFILIATION_NOUNS.has(w)) return w;
  const singular = w.endsWith("s") ? w.slice(0, -1) : undefined;
  return singular !== undefined && AFFILIATION_NOUNS.has(singular) ? singular : undefined;
}

/** The dependents of a mention's words that lie outside it, the head's first ("Peter Grenfell of X": "of X" may hang on "Grenfell"). */
function spanDependents(tree: SentenceTree, children: number[][], m: MentionSpan, head: number): number[] {
  const out = [...children[head]!];
  for (let k = m.t0; k < m.t1; k++) {
    if (k === head) continue;
    for (const c of children[k]!) if (c < m.t0 || c >= m.t1) out.push(c);
  }
  return out;
}

/**
 * An organization's place and owners, read off the parse: "Norway's X",
 * "Brazil's top steel maker X" (a place as possessor of the name or of the
 * noun it stands in apposition to: X located_in it); "X, a 40% shareholder
 * in Y" (X owns Y); "X, a unit of Y" (X affiliated_with Y).
 */
function organizationRelations(tokens: readonly Token[], tree: SentenceTree, children: number[][], mentions: readonly MentionSpan[], mentionAt: Map<number, number>, add: Add): void {
  const prepOf = (k: number) => caseWord(tokens, tree, children, k);
  for (const [head, id] of mentionAt) {
    const m = mentions[id]!;
    if (m.kind !== "organization") continue;
    const nouns: number[] = [];
    const g = tree.heads[head]!;
    if (g >= 0 && tree.deprels[head] === "appos" && tree.upos[g] === "NOUN" && !mentionAt.has(g)) nouns.push(g);
    for (const c of children[head]!) if (tree.deprels[c] === "appos" && tree.upos[c] === "NOUN" && !mentionAt.has(c)) nouns.push(c);
    if (g >= 0 && tree.deprels[head] === "nsubj" && tree.upos[g] === "NOUN" && children[g]!.some((c) => tree.deprels[c] === "cop")) nouns.push(g);
    // The place that owns the name, or the noun it is named by: "Norway's X", "Japan's biggest carmaker, X".
    for (const k of [head, ...nouns.filter((n) => n < m.t0 && !RIVAL_NOUNS.has(tokens[n]!.lower))]) {
      for (const c of k === head ? spanDependents(tree, children, m, head) : children[k]!) {
        if (tree.deprels[c] !== "nmod:poss") continue;
        const p = mentionAt.get(c);
        if (p === undefined || p === id || mentions[p]!.kind !== "place") continue;
        // "Norway's rival X", however the parse hangs "rival".
        let rival = false;
        for (let w = mentions[p]!.t1; w < m.t0 && !rival; w++) rival = RIVAL_NOUNS.has(tokens[w]!.lower);
        if (!rival) add(id, "located_in", p, 0.6);
      }
    }
    for (const n of nouns) {
      const w = tokens[n]!.lower;
      const owner = OWNERSHIP_NOUNS.has(w);
      const part = SUBSIDIARY_NOUNS.has(w);
      if ((!owner && !part) || !realis(tokens, tree, children, n)) continue;
      const past = children[n]!.some((c) => PAST_MARKERS.has(tokens[c]!.lower)) || (n > 0 && PAST_MARKERS.has(tokens[n - 1]!.lower));
      for (const c of children[n]!) {
        const p = prepOf(c);
        if (base(tree.deprels[c]!) !== "nmod" || !(p === "of" || (owner && p === "in"))) continue;
        const target = mentionAt.get(c) ?? namedBy(tree, children, mentionAt, c);
        if (target === undefined || target === id || mentions[target]!.kind !== "organization") continue;
        add(id, owner ? "owns" : "affiliated_with", target, 0.6, past ? { past: true } : {});
      }
    }
  }
}

/** A generic noun that a name stands in apposition to or compounds after: "the campaign group Liberty". */
function namedBy(tree: SentenceTree, children: number[][], mentionAt: Map<number, number>, noun: number): number | undefined {
  if (tree.upos[noun] !== "NOUN") return undefined;
  for (const c of children[noun]!) {
    const rel = base(tree.deprels[c]!);
    if ((rel === "appos" || rel === "flat" || rel === "compound") && c > noun && mentionAt.has(c)) return mentionAt.get(c);
  }
  return undefined;
}

/**
 * A person's titles and organizations, read off the parse: the title joined
 * to the name by apposition or a copula, with the organization, place or
 * force it is "of" (or the possessor, "Y's"; or a name compounded to it, "a
 * Labour peer"); roleRelation (lexicon/titles.ts) says which relation the
 * title makes. A title marked as past ("former", "ex-") makes the relation
 * past: the person held it once. Also "X, from the Y Forum",
 * "X of Y" and "Y's X" where Y is an organization: X member_of Y.
 */
function roleRelations(tokens: readonly Token[], tree: SentenceTree, children: number[][], mentions: readonly MentionSpan[], mentionAt: Map<number, number>, add: Add): void {
  const organizationOf = (noun: number): number | undefined => mentionAt.get(noun) ?? namedBy(tree, children, mentionAt, noun);
  const prepOf = (k: number) => caseWord(tokens, tree, children, k);
  for (const [head, id] of mentionAt) {
    if (mentions[id]!.kind !== "person") continue;
    const roles: number[] = [];
    for (const c of children[head]!) if (tree.deprels[c] === "appos") roles.push(c);
    // "Harvard student X" parsed with the name flat on the noun: the mention heads with the noun, which is its role.
    if (head < mentions[id]!.t0 || head >= mentions[id]!.t1) roles.push(head);
    const g = tree.heads[head]!;
    // "students Tom Becker" parsed with the name as a compound or flat part of the noun.
    if (g >= 0 && (base(tree.deprels[head]!) === "compound" || base(tree.deprels[head]!) === "flat") && tree.upos[g] === "NOUN" && !mentionAt.has(g)) roles.push(g);
    if (g >= 0 && tree.deprels[head] === "appos") {
      // "A spokeswoman for Y, X, said": the parse may set X in apposition to Y rather than to the title Y hangs on.
      const o = mentionAt.get(g);
      const r = tree.heads[g]!;
      if (o !== undefined && r >= 0 && base(tree.deprels[g]!) === "nmod" && g < mentions[id]!.t0 && r < g) {
        const p = prepOf(g);
        const title = p === "for" || p === "of" ? titleEndingAt(tokens, r) : undefined;
        const kind = mentions[o]!.kind;
        const predicate = title && (kind === "place" || kind === "organization" || kind === "force") ? roleRelation(title, kind) : undefined;
        if (predicate && predicateAccepts(predicate, "person", kind) && realis(tokens, tree, children, r)) add(id, predicate, o, 0.65);
      } else roles.push(g);
    }
    if (g >= 0 && tree.deprels[head] === "nsubj" && children[g]!.some((c) => tree.deprels[c] === "cop")) roles.push(g);
    for (const r of roles) {
      if (tree.upos[r] !== "NOUN" && tree.upos[r] !== "PROPN") continue;
      const title = titleEndingAt(tokens, r) ?? affiliationAt(tokens, r);
      if (!title) continue;
      const past = children[r]!.some((c) => PAST_MARKERS.has(tokens[c]!.lower)) || (r > 0 && PAST_MARKERS.has(tokens[r - 1]!.lower));
      const detail = past ? { past: true } : {};
      if (!realis(tokens, tree, children, r)) continue;
      // "professor of economics at Y": a field "of" the title may carry the body's phrase.
      const phrases = [...children[r]!];
      for (const c of children[r]!) {
        if (base(tree.deprels[c]!) === "nmod" && prepOf(c) === "of" && tree.upos[c] === "NOUN" && !mentionAt.has(c)) {
          for (const d of children[c]!) if (base(tree.deprels[d]!) === "nmod" && ["at", "with", "for"].includes(prepOf(d) ?? "")) phrases.push(d);
        }
      }
      for (const c of phrases) {
        const rel = tree.deprels[c]!;
        const p = prepOf(c);
        const of = p !== undefined && ["of", "for", "at", "in", "with"].includes(p);
        if (!((base(rel) === "nmod" && of) || rel === "nmod:poss" || (rel === "compound" && tree.upos[c] === "PROPN"))) continue;
        const target = organizationOf(c);
        if (target === undefined || target === id) continue;
        const kind = mentions[target]!.kind;
        if (REPRESENTATIVE_TITLES.has(title) && (kind === "person" || kind === "organization")) {
          add(id, "represents", target, 0.7, detail);
          continue;
        }
        if (kind !== "place" && kind !== "organization" && kind !== "force") continue;
        const predicate = roleRelation(title, kind);
        if (predicate && predicateAccepts(predicate, "person", kind)) add(id, predicate, target, rel === "compound" ? 0.65 : 0.75, detail);
      }
    }
    // "Canada's Prime Minister X", "the party's chairman X": a title right before the name, and a possessor of the name or the title.
    const before = mentions[id]!.t0 > 0 ? titleEndingAt(tokens, mentions[id]!.t0 - 1) : undefined;
    if (before) {
      const titleHead = mentions[id]!.t0 - 1;
      for (const c of [...children[head]!, ...children[titleHead]!]) {
        if (tree.deprels[c] !== "nmod:poss") continue;
        const target = mentionAt.get(c);
        if (target === undefined || target === id) continue;
        const kind = mentions[target]!.kind;
        if (kind !== "place" && kind !== "organization" && kind !== "force") continue;
        const predicate = roleRelation(before, kind);
        // "Canada's former Prime Minister X".
        let past = false;
        for (let k = c + 1; k < mentions[id]!.t0; k++) if (PAST_MARKERS.has(tokens[k]!.lower) || /^ex-/.test(tokens[k]!.lower)) past = true;
        if (predicate && predicateAccepts(predicate, "person", kind)) add(id, predicate, target, 0.75, past ? { past: true } : {});
      }
    }
    // "Peter Grenfell of X": the parse may hang the phrase on any word of the name.
    for (const c of spanDependents(tree, children, mentions[id]!, head)) {
      const rel = tree.deprels[c]!;
      const p = prepOf(c);
      // "X, from the Y Forum", "X of the Y": the person's organization; "Labour's Mr X": the possessor.
      const target = base(rel) === "nmod" && p !== undefined && ["from", "of", "at"].includes(p) ? organizationOf(c) : rel === "nmod:poss" ? mentionAt.get(c) : undefined;
      if (target === undefined || target === id) continue;
      const kind = mentions[target]!.kind;
      if (kind === "organization" || (kind === "force" && rel === "nmod:poss")) add(id, "member_of", target, 0.6);
      // "X, 23, from Y": where the person comes from.
      else if (kind === "place" && p === "from") add(id, "comes_from", target, 0.6);
    }
  }
}
