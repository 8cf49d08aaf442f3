/**
 * Leaving mentions out of an extraction
 * =====================================
 *
 * Corpus-wide passes that find a mention is no entity (resolve/corpus-works.ts,
 * resolve/corpus-places.ts) take it out before resolution: the other
 * mentions are renumbered, triples that used it go, and events keep the
 * roles that remain (one that had roles and lost them all goes).
 */
import type { DocumentExtraction, EventMention, Mention, MentionRef } from "../schema/index.js";

export /** The extraction without the given mentions: indices renumbered, triples that used them dropped, event roles cleared. */
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
