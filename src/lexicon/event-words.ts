/**
 * Lexicon: event words for the parse
 * ==================================
 *
 * The nouns and verbs of each event class (triggers.ts), indexed for the
 * parse-based event pass (extract/parse-events.ts): a noun by its last word
 * ("civil war" under "war"), a verb by its lemma with any particle ("step
 * down"). `mayReportEvent` tells, from a word alone, whether a sentence may
 * hold one, so that the costly parse runs where it can find an event.
 */
import { EVENT_CLASSES, type EventClass } from "./triggers.js";
import { verbLemma } from "./verbs.js";

/** How a verb takes its arguments: a named object, a named subject alone, or a named subject and any object. */
export type EventVerbFrame = "relational" | "intransitive" | "creative" | "declarative";

export interface EventNoun {
  cls: EventClass;
  /** The words before the last, for phrases ("civil" of "civil war"); empty for one word. */
  before: readonly string[];
}

const nouns = new Map<string, EventNoun[]>();
const verbs = new Map<string, { cls: EventClass; frame: EventVerbFrame }>();
const verbHeads = new Set<string>();
for (const cls of EVENT_CLASSES) {
  for (const phrase of cls.nouns ?? []) {
    const words = phrase.split(" ");
    const last = words[words.length - 1]!;
    const list = nouns.get(last) ?? [];
    list.push({ cls, before: words.slice(0, -1) });
    // Longest phrase first: "air strike" before "strike".
    list.sort((a, b) => b.before.length - a.before.length);
    nouns.set(last, list);
  }
  const add = (list: readonly string[] | undefined, frame: EventVerbFrame) => {
    for (const v of list ?? []) {
      if (!verbs.has(v)) verbs.set(v, { cls, frame });
      verbHeads.add(v.split(" ")[0]!);
    }
  };
  add(cls.verbs, "relational");
  add(cls.intransitive, "intransitive");
  add(cls.creative, "creative");
  add(cls.declarative, "declarative");
}

/** The event nouns whose last word is `lower` or its singular. */
export function eventNouns(lower: string): readonly EventNoun[] | undefined {
  return nouns.get(lower) ?? nouns.get(nounSingular(lower));
}

/** The class and frame of an event verb, by lemma ("resign") or lemma and particle ("step down"). */
export function eventVerb(lemma: string): { cls: EventClass; frame: EventVerbFrame } | undefined {
  return verbs.get(lemma);
}

/** The lemma of a verb form, preferring lemmas of event verbs. */
export function eventVerbLemma(form: string): string {
  return verbLemma(form, (l) => verbHeads.has(l));
}

/** Answers of mayReportEvent by word: it runs on every word of every sentence with a name. */
const mayReport = new Map<string, boolean>();

/** Whether the word may be an event noun or verb (a cheap test before parsing). */
export function mayReportEvent(word: string): boolean {
  const w = word.toLowerCase();
  let answer = mayReport.get(w);
  if (answer === undefined) {
    answer = eventNouns(w) !== undefined || verbHeads.has(eventVerbLemma(w));
    // Bounded, so a hostile corpus of made-up words cannot grow it without end.
    if (mayReport.size < 200_000) mayReport.set(w, answer);
  }
  return answer;
}

/** The singular of a regular English plural, or the word ("talks" → talk, "inquiries" → inquiry, "crisis" stays). */
export function nounSingular(w: string): string {
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && /(?:ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 2 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}
