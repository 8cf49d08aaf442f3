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
import type { DocumentExtraction, Mention } from "../schema/index.js";
import { withoutMentions } from "./drop-mentions.js";

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
