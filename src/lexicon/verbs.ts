/**
 * Lexicon: verbs, their lemmas and the relations they state
 * ========================================================
 *
 * General English, not taken from any article. `verbLemma` undoes the
 * inflection of a verb form (an irregular table, then the regular spelling
 * rules, checked against the verbs known here). `VERB_FRAMES` says which relation a verb states between which of
 * its arguments, grouped after the verb classes that news analysts code
 * (GDELT's CAMEO: consult, cooperate, aid, demand, disapprove, reject,
 * threaten, protest, coerce, assault, fight), narrowed to the predicates of
 * the graph. A frame names the argument that becomes the subject and the one
 * that becomes the object, as dependency slots of the verb:
 *   "subj"   the active subject (nsubj), or the agent of a passive ("by X");
 *   "obj"    the direct object, or the subject of a passive;
 *   "iobj"   the indirect object ("told X that…");
 *   "to", "with", "from", "for", "on", "in", "against", …: an oblique with that preposition.
 * The extractor (extract/syntax-relations.ts) reads these slots off the parse.
 */
import type { Predicate } from "../schema/index.js";

export interface VerbFrame {
  predicate: Predicate;
  subject: string;
  object: string;
  /** How sure the frame is of its relation, before the evidence of the sentence (0–1). */
  weight: number;
}

const IRREGULAR: Record<string, string> = {
  was: "be", were: "be", is: "be", are: "be", am: "be", been: "be", being: "be",
  has: "have", had: "have", having: "have", does: "do", did: "do", done: "do",
  met: "meet", told: "tell", said: "say", spoke: "speak", spoken: "speak", wrote: "write", written: "write",
  led: "lead", fought: "fight", struck: "strike", stricken: "strike", bought: "buy", sold: "sell", won: "win",
  beat: "beat", beaten: "beat", took: "take", taken: "take", gave: "give", given: "give", held: "hold",
  left: "leave", quit: "quit", ran: "run", began: "begin", begun: "begin", chose: "choose", chosen: "choose",
  brought: "bring", sought: "seek", thought: "think", made: "make", went: "go", gone: "go", came: "come",
  saw: "see", seen: "see", knew: "know", known: "know", found: "find", got: "get", gotten: "get",
  paid: "pay", sent: "send", spent: "spend", kept: "keep", rose: "rise", risen: "rise", fell: "fall",
  fallen: "fall", stood: "stand", hit: "hit", shot: "shoot", slew: "slay", slain: "slay", withdrew: "withdraw",
  withdrawn: "withdraw", overthrew: "overthrow", overthrown: "overthrow", forbade: "forbid", forbidden: "forbid",
  undertook: "undertake", oversaw: "oversee", overseen: "oversee", born: "bear", bore: "bear", borne: "bear",
  swore: "swear", sworn: "swear", upheld: "uphold", overtook: "overtake", drove: "drive", driven: "drive",
  threw: "throw", thrown: "throw", bit: "bite", bitten: "bite", forgave: "forgive", forgiven: "forgive",
  hid: "hide", hidden: "hide", sank: "sink", sunk: "sink", stole: "steal", stolen: "steal",
  succeeded: "succeed", dies: "die", died: "die", lied: "lie", ties: "tie", tied: "tie",
  flew: "fly", flown: "fly", flies: "fly", dealt: "deal", meant: "mean",
};

/**
 * The lemma of a verb form: an irregular form from the table; otherwise the
 * candidates that the regular spelling rules allow ("criticised" →
 * criticis / criticise, "stopped" → stopp / stop / stoppe, "carries" →
 * carry), the first that the verb lexicon knows, else the plainest.
 */
export function verbLemma(form: string, known: (lemma: string) => boolean = knownVerb): string {
  const w = form.toLowerCase().replace(/’/g, "'");
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  const candidates = lemmaCandidates(w);
  for (const c of candidates) if (known(c)) return c;
  // Unknown verbs: the regular stem, or the stem with its silent e where English spelling wants one ("introduced" → introduce).
  const first = candidates[0] ?? w;
  if (first !== w && candidates.includes(`${first}e`) && (SILENT_E.test(first) || (/(?:ed|ing)$/.test(w) && ONE_SYLLABLE_CVC.test(first)))) return `${first}e`;
  return first;
}

/** A stem of one syllable, consonant–vowel–consonant, that -ed or -ing did not double: "taking" → take, "voted" → vote. */
const ONE_SYLLABLE_CVC = /^[^aeiou]*[aeiou][^aeiouwxy]$/;

/** Stems whose verb ends in a silent e: -ce, -ge (not -nge… after n), -ve, -ze, -ate, -ure, -ire, -use, -ise. */
const SILENT_E = /(?:[cvz]|[^aeioun]g|[^aeiou]at|[^aeiou]ur|[^aeiou]ir|uir|[aeiou][aeiou]s|[^aeious]is|^us)$/;

function lemmaCandidates(w: string): string[] {
  const out: string[] = [];
  const stems = (stem: string) => {
    const last = stem.charAt(stem.length - 1);
    // "stopped" → stop first; "called", "passed" keep their double letter.
    if (stem.length > 2 && last === stem.charAt(stem.length - 2) && !/[lsfz]/.test(last)) out.push(stem.slice(0, -1));
    out.push(stem, `${stem}e`);
  };
  if (w.endsWith("ied") && w.length > 4) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith("ies") && w.length > 4) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith("ed") && w.length > 3) stems(w.slice(0, -2));
  else if (w.endsWith("ing") && w.length > 4) stems(w.slice(0, -3));
  else if (w.endsWith("es") && w.length > 3) out.push(w.slice(0, -2), w.slice(0, -1));
  else if (w.endsWith("s") && !w.endsWith("ss") && w.length > 2) out.push(w.slice(0, -1));
  out.push(w);
  return out;
}

function knownVerb(lemma: string): boolean {
  return VERB_FRAMES.has(lemma) || LIGHT_VERBS.has(lemma) || FACTIVE_CONTROL.has(lemma) || lemma === "be" || lemma === "have";
}

const F = (predicate: Predicate, subject: string, object: string, weight = 0.7): VerbFrame => ({ predicate, subject, object, weight });

/** Verb lemma → the frames it may fill (the first whose slots are both filled wins). */
export const VERB_FRAMES: ReadonlyMap<string, readonly VerbFrame[]> = new Map<string, VerbFrame[]>([
  // consult
  ["meet", [F("met_with", "subj", "obj"), F("met_with", "subj", "with")]],
  ["host", [F("met_with", "subj", "obj")]],
  ["receive", [F("met_with", "subj", "obj", 0.5)]],
  ["visit", [F("visited", "subj", "obj")]],
  ["tour", [F("visited", "subj", "obj")]],
  ["arrive", [F("visited", "subj", "in", 0.6), F("visited", "subj", "at", 0.55)]],
  ["travel", [F("visited", "subj", "to", 0.65)]],
  ["fly", [F("visited", "subj", "to", 0.6)]],
  ["negotiate", [F("negotiated_with", "subj", "with")]],
  ["talk", [F("negotiated_with", "subj", "with", 0.55), F("spoke_to", "subj", "to", 0.6)]],
  ["speak", [F("spoke_to", "subj", "to"), F("spoke_to", "subj", "with")]],
  ["tell", [F("spoke_to", "subj", "obj"), F("spoke_to", "subj", "iobj")]],
  ["write", [F("spoke_to", "subj", "to", 0.6)]],
  ["brief", [F("spoke_to", "subj", "obj")]],
  ["phone", [F("spoke_to", "subj", "obj")]],
  ["call", [F("spoke_to", "subj", "obj", 0.4)]],
  // cooperate
  ["agree", [F("agreed_with", "subj", "with")]],
  ["sign", [F("agreed_with", "subj", "with", 0.6)]],
  ["ally", [F("supports", "subj", "with")]],
  ["join", [F("member_of", "subj", "obj", 0.65)]],
  // aid / support
  ["back", [F("supports", "subj", "obj")]],
  ["support", [F("supports", "subj", "obj")]],
  ["endorse", [F("supports", "subj", "obj")]],
  ["defend", [F("supports", "subj", "obj", 0.6)]],
  ["fund", [F("funded", "subj", "obj")]],
  ["finance", [F("funded", "subj", "obj")]],
  ["bankroll", [F("funded", "subj", "obj")]],
  ["arm", [F("supports", "subj", "obj", 0.6)]],
  ["praise", [F("praised", "subj", "obj")]],
  ["hail", [F("praised", "subj", "obj")]],
  ["commend", [F("praised", "subj", "obj")]],
  ["applaud", [F("praised", "subj", "obj")]],
  ["congratulate", [F("praised", "subj", "obj")]],
  ["thank", [F("praised", "subj", "obj", 0.6)]],
  // disapprove / reject / protest
  ["criticise", [F("criticized", "subj", "obj")]],
  ["criticize", [F("criticized", "subj", "obj")]],
  ["attack", [F("attacked", "subj", "obj")]],
  ["slam", [F("criticized", "subj", "obj")]],
  ["blast", [F("criticized", "subj", "obj", 0.6)]],
  ["rebuke", [F("criticized", "subj", "obj")]],
  ["denounce", [F("condemned", "subj", "obj")]],
  ["condemn", [F("condemned", "subj", "obj")]],
  ["accuse", [F("accused", "subj", "obj")]],
  ["blame", [F("accused", "subj", "obj")]],
  ["oppose", [F("opposes", "subj", "obj")]],
  ["reject", [F("opposes", "subj", "obj", 0.5)]],
  ["challenge", [F("opposes", "subj", "obj", 0.6)]],
  ["defeat", [F("opposes", "subj", "obj", 0.6)]],
  ["fight", [F("opposes", "subj", "obj"), F("opposes", "subj", "against")]],
  ["battle", [F("opposes", "subj", "obj"), F("opposes", "subj", "against")]],
  ["protest", [F("opposes", "subj", "against", 0.6)]],
  ["campaign", [F("opposes", "subj", "against", 0.6), F("supports", "subj", "for", 0.6)]],
  ["vote", [F("opposes", "subj", "against", 0.6), F("supports", "subj", "for", 0.6)]],
  // threaten / coerce / assault
  ["threaten", [F("threatened", "subj", "obj")]],
  ["warn", [F("threatened", "subj", "obj", 0.4)]],
  ["sue", [F("sued", "subj", "obj")]],
  ["arrest", [F("arrested", "subj", "obj")]],
  ["detain", [F("arrested", "subj", "obj")]],
  ["jail", [F("arrested", "subj", "obj")]],
  ["bomb", [F("attacked", "subj", "obj")]],
  ["shell", [F("attacked", "subj", "obj")]],
  ["strike", [F("attacked", "subj", "obj", 0.6)]],
  ["raid", [F("attacked", "subj", "obj")]],
  ["invade", [F("attacked", "subj", "obj")]],
  ["ambush", [F("attacked", "subj", "obj")]],
  ["target", [F("attacked", "subj", "obj", 0.6)]],
  ["kill", [F("attacked", "subj", "obj", 0.6)]],
  ["sanction", [F("opposes", "subj", "obj", 0.6)]],
  // office and membership
  ["lead", [F("leader_of", "subj", "obj")]],
  ["head", [F("leader_of", "subj", "obj")]],
  ["chair", [F("leader_of", "subj", "obj")]],
  ["run", [F("leader_of", "subj", "obj", 0.5)]],
  ["command", [F("commands", "subj", "obj")]],
  ["represent", [F("represents", "subj", "obj")]],
  ["work", [F("works_for", "subj", "for"), F("works_for", "subj", "at", 0.6)]],
  ["serve", [F("member_of", "subj", "in", 0.55), F("member_of", "subj", "on", 0.55)]],
  ["appoint", [F("appointed", "subj", "obj")]],
  ["name", [F("appointed", "subj", "obj", 0.5)]],
  ["nominate", [F("appointed", "subj", "obj", 0.6)]],
  ["sack", [F("dismissed", "subj", "obj")]],
  ["dismiss", [F("dismissed", "subj", "obj", 0.6)]],
  ["fire", [F("dismissed", "subj", "obj", 0.5)]],
  ["oust", [F("dismissed", "subj", "obj", 0.6)]],
  ["elect", [F("elected_to", "obj", "to"), F("elected_to", "obj", "as", 0.5)]],
  ["re-elect", [F("elected_to", "obj", "to")]],
  ["resign", [F("resigned_from", "subj", "from"), F("resigned_from", "subj", "as", 0.6)]],
  ["quit", [F("resigned_from", "subj", "obj"), F("resigned_from", "subj", "from")]],
  ["leave", [F("resigned_from", "subj", "obj", 0.4)]],
  ["succeed", [F("succeeded", "subj", "obj")]],
  ["replace", [F("succeeded", "subj", "obj", 0.6)]],
  ["defect", [F("member_of", "subj", "to", 0.6)]],
  // courts, money, places
  ["rule", [F("ruled_on", "subj", "on"), F("ruled_on", "subj", "against", 0.6)]],
  ["own", [F("owns", "subj", "obj")]],
  ["buy", [F("owns", "subj", "obj", 0.6)]],
  ["acquire", [F("owns", "subj", "obj", 0.6)]],
  ["bear", [F("born_in", "obj", "in")]],
]);

/** Nouns that carry a meeting or talks as the object of a light verb: "held talks with X". */
export const LIGHT_EVENT_NOUNS: ReadonlyMap<string, string> = new Map([
  ["talks", "negotiate"], ["negotiations", "negotiate"], ["meeting", "meet"], ["meetings", "meet"],
  ["discussions", "negotiate"], ["summit", "meet"], ["visit", "visit"], ["interview", "speak"],
  ["criticism", "criticise"], ["support", "support"], ["attack", "attack"], ["attacks", "attack"],
]);

/** Light verbs that take such a noun: "hold talks", "pay a visit", "launch an attack", "give support". */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(["hold", "have", "pay", "make", "launch", "give", "offer", "lend", "express", "voice", "level", "mount", "conduct", "begin", "start", "open", "host"]);

/** Verbs whose infinitive complement is a fact when they are ("began to attack X"); other verbs make it an intention ("wants to meet X", "refused to back X"). */
export const FACTIVE_CONTROL: ReadonlySet<string> = new Set(["begin", "start", "continue", "go", "manage", "proceed", "resume", "keep", "come"]);

/** Auxiliaries that make a clause hypothetical or unrealised. */
export const HYPOTHETICAL_AUX: ReadonlySet<string> = new Set(["would", "could", "might", "may", "should", "must", "ought", "can", "shall", "'d"]);

/** Subordinators that make a clause conditional or hypothetical. */
export const CONDITIONAL_MARKERS: ReadonlySet<string> = new Set(["if", "unless", "whether", "lest", "suppose", "supposing"]);

/** Words that deny a clause. */
export const NEGATORS: ReadonlySet<string> = new Set(["not", "n't", "never", "no", "neither", "nor", "nobody", "none"]);

/** Words that put a title in the past ("former Labour leader X", "ex-chairman", "the then minister"): the person held it once. */
export const PAST_MARKERS: ReadonlySet<string> = new Set(["former", "ex", "ex-", "then", "erstwhile", "late", "outgoing", "previous", "one-time", "onetime", "retired"]);
