/**
 * Works named bare elsewhere in the corpus
 * ========================================
 *
 * An article that says "the film Mary Poppins" leaves the name out
 * (extract/works.ts) and lists it in its `works`; another that names the
 * film bare ("classics such as Mary Poppins, Star Wars and …") cannot tell
 * it from a person. Before resolution, a name of two words or more that
 * some article introduced with a work noun is left out of every article
 * that gives it no sign of being a person, place or body: no title or form
 * of address before it ("Mr", "President"), no reading from the lexicon or
 * the gazetteer, and it is not a force or an event; and nowhere in the
 * corpus is it a person's (a title, a form of address, a surname or a
 * pronoun standing for it: "the film Ray" does not make Ray Charles a film). Pronouns and titles that
 * stood for it go with it, and the triples and event roles that used it.
 *
 * Linear in mentions; independent of article order.
 */
import type { DocumentExtraction, EventMention, Mention, MentionRef } from "../schema/index.js";

const DROPPABLE = new Set(["person", "place", "organization"]);

export function dropCorpusWorks(extractions: readonly DocumentExtraction[]): { extractions: DocumentExtraction[]; dropped: number } {
  const works = new Set<string>();
  for (const x of extractions) for (const w of x.works ?? []) if (w.includes(" ")) works.add(w.toLowerCase());
  if (works.size === 0) return { extractions: [...extractions], dropped: 0 };
  // A name some article treats as a person's (a title, a form of address, a surname or pronoun standing for it) is one.
  for (const x of extractions) {
    for (const m of x.mentions) {
      if (m.kind !== "person" || m.implicit) continue;
      const name = (m.ref ?? m.name).toLowerCase();
      if (works.has(name) && (m.anaphor || m.role !== undefined || m.surface !== undefined || (m.ref !== undefined && m.ref !== m.name))) works.delete(name);
    }
  }
  let dropped = 0;
  const out = extractions.map((x) => {
    const drop = new Set<number>();
    x.mentions.forEach((m, i) => {
      if (isBareWork(m, works)) drop.add(i);
    });
    if (drop.size === 0) return x;
    dropped += drop.size;
    return withoutMentions(x, drop);
  });
  return { extractions: out, dropped };
}

function isBareWork(m: Mention, works: ReadonlySet<string>): boolean {
  if (!DROPPABLE.has(m.kind) || m.implicit || m.canonical !== undefined) return false;
  const name = (m.ref ?? m.name).toLowerCase();
  if (!works.has(name)) return false;
  // A pronoun or title that stood for the name goes with it; a name read with a title or form of address is a person's.
  if (m.anaphor) return true;
  return m.role === undefined && m.surface === undefined && m.confidence < 0.95;
}

/** The extraction without the given mentions: indices renumbered, triples that used them dropped, event roles cleared. */
function withoutMentions(x: DocumentExtraction, drop: ReadonlySet<number>): DocumentExtraction {
  const index = new Int32Array(x.mentions.length).fill(-1);
  const mentions: Mention[] = [];
  x.mentions.forEach((m, i) => {
    if (drop.has(i)) return;
    index[i] = mentions.length;
    mentions.push(m);
  });
  const map = (i: number | undefined) => (i === undefined ? undefined : index[i]! >= 0 ? index[i]! : undefined);
  // Events keep the roles that remain; one that had roles and lost them all goes.
  const eventIndex = new Int32Array(x.events.length).fill(-1);
  const events: EventMention[] = [];
  x.events.forEach((e, n) => {
    const { agent, agentRole, speaker, place, ...rest } = e;
    const a = map(agent);
    const s = map(speaker);
    const p = map(place);
    const participants = e.participants.map(map).filter((i): i is number => i !== undefined);
    const had = agent !== undefined || place !== undefined || e.participants.length > 0;
    if (had && a === undefined && p === undefined && participants.length === 0) return;
    eventIndex[n] = events.length;
    events.push({
      ...rest,
      ...(a !== undefined ? { agent: a, ...(agentRole ? { agentRole } : {}) } : {}),
      ...(s !== undefined ? { speaker: s } : {}),
      participants,
      ...(p !== undefined ? { place: p } : {}),
    });
  });
  const ref = (r: MentionRef): MentionRef | undefined => {
    if ("mention" in r) {
      const i = map(r.mention);
      return i === undefined ? undefined : { mention: i };
    }
    const n = eventIndex[r.event]!;
    return n >= 0 ? { event: n } : undefined;
  };
  const triples = [];
  for (const t of x.triples) {
    const subject = ref(t.subject);
    const object = ref(t.object);
    if (subject && object) triples.push({ ...t, subject, object });
  }
  return { ...x, mentions, triples, events };
}
