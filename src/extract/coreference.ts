/**
 * Pass 2: within-document coreference
 * ===================================
 *
 * Short forms take the full name the article gives: "Putin" and "Mr Putin"
 * become "Vladimir Putin", "Mr al-Assad" and "Assad" become "Bashar
 * al-Assad". A name the article types in one place (a person after a title)
 * keeps that kind where it stands alone. Names no cue could type are dropped:
 * a guess would cost more than it gains.
 */
import { nameKey } from "../lexicon/index.js";
import type { MentionSpan } from "./mentions.js";

export function resolveDocumentMentions(mentions: MentionSpan[]): MentionSpan[] {
  // Full names of people (two words or more) by surname key.
  const bySurname = new Map<string, MentionSpan>();
  const typed = new Map<string, MentionSpan>();
  for (const m of mentions) {
    if (m.cue !== "unknown") {
      const key = nameKey(m.name);
      const prev = typed.get(key);
      if (!prev || prev.confidence < m.confidence) typed.set(key, m);
    }
    if (m.kind !== "person" || m.cue === "unknown") continue;
    // A guessed name ("Air Canada" by its shape) must not turn "Canada" into a person.
    if (m.cue === "name-shape" && m.confidence < 0.6) continue;
    const parts = nameKey(m.name).split(" ");
    if (parts.length < 2) continue;
    const surname = parts[parts.length - 1]!;
    const prev = bySurname.get(surname);
    if (!prev || m.name.length > prev.name.length) bySurname.set(surname, m);
  }
  const out: MentionSpan[] = [];
  for (const m of mentions) {
    const key = nameKey(m.name);
    const parts = key.split(" ");
    const full = parts.length === 1 ? bySurname.get(parts[0]!) : undefined;
    // "Arafat" after "Yasser Arafat", "Jordan" after "Michael Jordan": the article's person, even where a gazetteer knows a place.
    const lexiconWord = m.cue === "lexicon" && m.kind !== "person" && m.t1 - m.t0 === 1 && !m.locative;
    if (full && (m.kind === "person" || m.cue === "unknown" || m.cue === "speech" || m.cue === "team" || m.cue === "score-line" || lexiconWord)) {
      out.push({ ...m, kind: "person", ref: full.name, confidence: Math.max(m.confidence, 0.8), cue: m.cue === "unknown" ? "surname" : m.cue });
      continue;
    }
    if (m.cue === "unknown") {
      const other = typed.get(key);
      if (other) out.push({ ...m, kind: other.kind, confidence: 0.7, cue: "same-name", ...(other.canonical ? { canonical: other.canonical } : {}) });
      continue;
    }
    out.push(m.kind === "person" && !m.ref ? { ...m, ref: m.name } : m);
  }
  return out;
}
