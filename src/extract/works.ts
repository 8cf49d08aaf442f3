/**
 * Pass 1c: names of works, awards and laws are not entities
 * =========================================================
 *
 * The NER and the rules find capitalised names; some of them name a film, a
 * song, a book or an award ("the drama Cherished", "comedy Meet the Fockers",
 * "two Olivier Awards", "the Alexander Walker Special Award"). The graph
 * leaves works out (they are not people, places, forces or organizations),
 * so a name goes when:
 * - a work noun of the lexicon stands right before it, or before a comma
 *   right before it ("the real-life drama, Cherished"), and nothing makes it
 *   a person (a title, a form of address) — "film director Ken Loach" has a
 *   title, "the film Ray" does not; after a comma, a name that starts with a
 *   given name or is followed by a verb of speech starts a clause ("… a
 *   song, Kapranos said") and stays;
 * - it is a fictional character's ("his character X", "the role of X");
 * - its last word, or the word right after it, is an award's ("Awards",
 *   "Prize"), or its last word a law's or a plan's ("the Hunting Act", "the
 *   Kyoto Protocol"), and it is not a person introduced as one.
 */
import { AWARD_HEADS, CHARACTER_PHRASES, LAW_HEADS, SPEECH_VERBS, WORK_NOUNS, WORK_NOUNS_BEFORE_COMMA, isGivenName } from "../lexicon/index.js";
import type { Token } from "../schema/index.js";
import type { MentionSpan } from "./mentions.js";

export function namesAWork(tokens: readonly Token[], m: MentionSpan): boolean {
  return workReason(tokens, m) !== undefined;
}

/**
 * Why a name is a work's, award's or law's: "noun" when a work noun stands
 * before it ("the film X": the name itself is the work's, wherever else it
 * appears), "part" when it is only part of one here ("the X Award", "the
 * role of X", a law's name), undefined when it is none.
 */
export function workReason(tokens: readonly Token[], m: MentionSpan): "noun" | "part" | undefined {
  if (m.implicit || m.anaphor || m.kind === "force" || m.kind === "event") return undefined;
  if (m.role !== undefined || m.surface !== undefined) return undefined;
  const last = tokens[m.t1 - 1]?.lower ?? "";
  const after = tokens[m.t1];
  if (m.t1 - m.t0 >= 2 && (AWARD_HEADS.has(last) || LAW_HEADS.has(last))) return "part";
  if (after && after.cap && AWARD_HEADS.has(after.lower) && /^\p{Lu}/u.test(after.text)) return "part";
  // "Comedy Meet the Fockers topped…": the NER took the sentence's first word, a work noun, into the name.
  const first = tokens[m.t0]!;
  if (m.t0 === 0 && m.t1 - m.t0 >= 2 && WORK_NOUNS.has(first.lower)) return "part";
  let k = m.t0 - 1;
  const comma = k >= 0 && tokens[k]!.text === ",";
  if (comma) k--;
  if (k < 0) return undefined;
  const before = tokens[k]!;
  if (!comma && k >= 1 && CHARACTER_PHRASES.has(`${tokens[k - 1]!.lower} ${before.lower}`) && !/^\p{Lu}/u.test(tokens[k - 1]!.text)) return "part";
  if (!(comma ? WORK_NOUNS_BEFORE_COMMA : WORK_NOUNS).has(before.lower)) return undefined;
  // After a comma the name may start a new clause: "… wrote a song, Kapranos said", "best musical, Victoria Hamilton was…".
  if (comma && (isGivenName(first.lower) || speaks(tokens, m.t1))) return undefined;
  // In lower case ("the film X"), or capitalised only as the sentence's first word ("Comedy X topped…").
  if (/^\p{Lu}/u.test(before.text) && k !== 0) return undefined;
  // A character ("his character X") is one only here; a film, a show, a product is its name everywhere.
  return CHARACTER_NOUNS.has(before.lower) ? "part" : "noun";
}

const CHARACTER_NOUNS = new Set(["character", "characters", "alter-ego"]);

/** A verb of speech right after the name, or after a comma: "X said", "X, says". */
function speaks(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k]?.text === "," ? tokens[k + 1] : tokens[k];
  return next !== undefined && SPEECH_VERBS.has(next.lower);
}
