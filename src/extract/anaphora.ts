/**
 * Pass 2b: pronouns and definite titles
 * =====================================
 *
 * "He said", "the president added", "the Russian president was met by…":
 * these refer to a person the article has named. A pronoun at the head of a
 * clause takes the subject of the sentence before (the first person named in
 * it); "the (demonym) TITLE" takes the last person named with that title (and
 * that country), or the only one; "it" as the subject of a reporting or
 * relating verb takes the organization last seen as a subject (from the
 * parse), "they" only the one that was the subject of the sentence before;
 * "the company", "the firm" (bare, as subject, object or possessor) the
 * organization last seen as a subject. The new mentions are marked `anaphor`: they feed events and
 * relations, but are not names (no alias, no NER output).
 */
import { BODY_NOUNS, SPEECH_VERBS, VERB_FRAMES, gazetteer, givenNameGender, honorificGender, verbLemma } from "../lexicon/index.js";
import { matchTitle, type MentionSpan, type SentenceTokens } from "./mentions.js";

const PRONOUNS = new Set(["he", "she"]);
/** Words after which a pronoun opens a clause: "and he said", "as she visits", "that he would". */
const CLAUSE_OPENERS = new Set(["and", "but", "as", "when", "while", "after", "before", "because", "since", "although", "though", "if", "unless", "until", "that", "where", "so"]);

export function resolveAnaphora(sentences: SentenceTokens[], mentions: MentionSpan[]): MentionSpan[] {
  const out: MentionSpan[] = [];
  const bySentence = new Map<number, MentionSpan[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  // The last person named with each word of a title, and with each word and country: "the president" looks up one entry, not every earlier person.
  const lastByTitleWord = new Map<string, MentionSpan>();
  const remember = (m: MentionSpan) => {
    if (m.role === undefined) return;
    for (const w of m.role.toLowerCase().split(" ")) {
      lastByTitleWord.set(w, m);
      if (m.country) lastByTitleWord.set(`${w}|${m.country}`, m);
    }
  };
  let previousSubject: MentionSpan | undefined;
  let lastOrganizationSubject: MentionSpan | undefined;
  let previousSentenceSubject: MentionSpan | undefined;
  for (const s of sentences) {
    const here = (bySentence.get(s.index) ?? []).filter((m) => m.kind === "person" && !m.implicit);
    if (s.caption) continue;
    here.sort((a, b) => a.t1 - b.t1);
    // here[0 .. seen) end before the token being read.
    let seen = 0;
    const toks = s.tokens;
    for (let k = 0; k < toks.length; k++) {
      while (seen < here.length && here[seen]!.t1 <= k) remember(here[seen++]!);
      const t = toks[k]!;
      // "He …" / ", he said": a pronoun opening a clause.
      if (PRONOUNS.has(t.lower) && (k === 0 || /^[,;:"“(]$/.test(toks[k - 1]!.text) || CLAUSE_OPENERS.has(toks[k - 1]!.lower) || (k === 1 && ADVERB_OPENERS.has(toks[0]!.lower)))) {
        // The first person of the sentence so far, else the subject of the one before; never one whose name or form of address says the other sex.
        const sex = t.lower === "he" ? "m" : "f";
        const candidate = seen > 0 ? here[0] : previousSubject;
        const antecedent = candidate && genderOf(candidate) !== (sex === "m" ? "f" : "m") ? candidate : undefined;
        if (antecedent) out.push(anaphor(s.index, t.start, t.end, k, k + 1, antecedent));
        continue;
      }
      // "the (Russian) president": a title used as a name.
      if (t.lower !== "the") continue;
      let j = k + 1;
      const country = gazetteer().demonyms.get(toks[j]?.lower ?? "");
      if (country) j++;
      const title = matchTitle(toks, j);
      if (!title) continue;
      const end = j + title.length;
      // "the president Bashar al-Assad" names the person itself; that mention exists already.
      if (toks[end]?.cap) continue;
      const head = title.title.split(" ").slice(-1)[0]!;
      const antecedent = lastByTitleWord.get(country ? `${head}|${country}` : head);
      if (antecedent) out.push(anaphor(s.index, t.start, toks[end - 1]!.end, k, end, antecedent));
    }
    while (seen < here.length) remember(here[seen++]!);
    if (here.length > 0) previousSubject = firstNamed(here);
    // "It said …", "It accused …": an organization that was the subject of a clause before.
    if (s.tree) {
      const tree = s.tree;
      for (let k = 0; k < toks.length; k++) {
        const w = toks[k]!.lower;
        if ((w !== "it" && w !== "they") || tree.deprels[k] !== "nsubj") continue;
        const verb = tree.heads[k]!;
        if (verb < 0 || tree.upos[verb] !== "VERB") continue;
        const lemma = verbLemma(toks[verb]!.text);
        if (!SPEECH_VERBS.has(toks[verb]!.lower) && !VERB_FRAMES.has(lemma)) continue;
        // "They" is people as often as a body: only when the sentence before had that body as its subject.
        const antecedent = w === "it" ? lastOrganizationSubject : previousSentenceSubject?.kind === "organization" ? previousSentenceSubject : undefined;
        if (antecedent) out.push(anaphor(s.index, toks[k]!.start, toks[k]!.end, k, k + 1, antecedent, "organization"));
      }
      // "the company said", "the firm's chief": a body named by its kind alone is the one last seen as a subject.
      for (let k = 0; k + 1 < toks.length; k++) {
        if (toks[k]!.lower !== "the" || !BODY_NOUNS.has(toks[k + 1]!.lower) || !lastOrganizationSubject) continue;
        const noun = k + 1;
        if (tree.heads[k] !== noun || tree.heads[noun]! < 0) continue;
        // Only the bare description: "the German company", "the company Acme" say more than a reference back.
        if (tree.heads.some((h, j) => h === noun && j !== k && tree.deprels[j] !== "case" && tree.deprels[j] !== "punct")) continue;
        const rel = tree.deprels[noun]!;
        if (rel !== "nsubj" && rel !== "obj" && rel !== "nmod:poss" && rel !== "nsubj:pass") continue;
        out.push(anaphor(s.index, toks[k]!.start, toks[noun]!.end, k, noun + 1, lastOrganizationSubject, "organization"));
      }
      const isSubject = (m: MentionSpan) => {
        if (m.implicit || m.t1 > toks.length) return false;
        for (let j = m.t0; j < m.t1; j++) if (tree.deprels[j] === "nsubj" || tree.deprels[j] === "nsubj:pass") return true;
        return false;
      };
      const mentionsHere = bySentence.get(s.index) ?? [];
      const subject = mentionsHere.find((m) => m.kind === "organization" && isSubject(m));
      if (subject) lastOrganizationSubject = subject;
      previousSentenceSubject = mentionsHere.filter(isSubject).sort((a, b) => a.t0 - b.t0)[0];
    }
  }
  return out;
}

/** Adverbs that may stand before a clause's pronoun at the start of a sentence: "Later he met …". */
const ADVERB_OPENERS = new Set(["later", "earlier", "then", "now", "also", "yesterday", "today", "recently", "previously", "meanwhile", "instead", "still", "separately", "subsequently", "finally", "eventually", "initially", "afterwards", "soon"]);

/** Forms of address that say a sex beyond lexicon/honorifics.ts's (which are for names' short forms). */
const ADDRESS_GENDER: ReadonlyMap<string, "m" | "f"> = new Map([
  ["king", "m"], ["prince", "m"], ["father", "m"], ["brother", "m"], ["sheikh", "m"],
  ["queen", "f"], ["princess", "f"], ["sister", "f"],
]);

/** The sex a person's form of address or given name says, if either does. */
function genderOf(m: MentionSpan): "m" | "f" | undefined {
  for (const form of [m.surface, m.ref, m.name]) {
    const first = form?.split(" ")[0];
    if (!first) continue;
    const g = honorificGender(first) ?? ADDRESS_GENDER.get(first.toLowerCase());
    if (g) return g;
  }
  const given = (m.ref ?? m.name).split(" ");
  return given.length > 1 ? givenNameGender(given[0]!) : undefined;
}

/** The person named first in the sentence (its subject, as a rule). */
function firstNamed(here: MentionSpan[]): MentionSpan {
  let first = here[0]!;
  for (const m of here) if (m.t0 < first.t0) first = m;
  return first;
}

function anaphor(sentence: number, start: number, end: number, t0: number, t1: number, antecedent: MentionSpan, kind: "person" | "organization" = "person"): MentionSpan {
  return {
    sentence, t0, t1, start, end,
    name: antecedent.ref ?? antecedent.name,
    kind,
    confidence: 0.6,
    cue: "anaphor",
    ref: antecedent.ref ?? antecedent.name,
    anaphor: true,
    ...(antecedent.country ? { country: antecedent.country } : {}),
  };
}
