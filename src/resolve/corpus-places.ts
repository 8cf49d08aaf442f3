/**
 * Places the corpus never places anything in
 * ===========================================
 *
 * The NER types some names as places from their shape and neighbours alone
 * ("Sony", "Oxfam", "Dempsey", "Linux"). A real place is, somewhere in a
 * corpus, a place things happen in, come from or go to: "in Keighley",
 * "from Muzaffarabad", "Gosport-based", "Barstow, California". Before
 * resolution, a one-word name that only the NER (or the name's shape) typed
 * as a place, that the gazetteer does not know, and that no article of the
 * corpus writes after a preposition of place, before "-based" or a site's
 * noun ("its Hanau plant", "the Kibera slum"), or before a comma and a
 * known place, is left out: a guess of kind with no sign of it
 * costs more than it gains. Names the lexicon or the gazetteer read
 * (`canonical`), and names of more words ("Stradey Park"), are not
 * touched.
 *
 * Linear in mentions; independent of article order.
 */
import { gazetteer } from "../lexicon/index.js";
import type { DocumentExtraction, Mention } from "../schema/index.js";
import { withoutMentions } from "./drop-mentions.js";

/** Prepositions after which a name is a place (or a place's use): "in X", "from X", "near X". */
const LOCATIVE = new Set(["in", "at", "near", "from", "to", "into", "across", "outside", "inside", "around", "throughout", "towards", "toward", "via", "through", "off", "beyond", "within", "outskirts", "around"]);

/** Nouns for a site, after a place's name: "the Hanau plant", "Woodhill prison". */
const SITE_NOUNS = new Set([
  "plant", "factory", "factories", "base", "camp", "prison", "jail", "slum", "slums", "region", "area", "district", "village",
  "town", "city", "county", "province", "headquarters", "site", "works", "mine", "refinery", "port", "airport", "stadium",
  "hospital", "suburb", "valley", "estate", "border", "coast", "island", "harbour", "harbor", "station", "barracks",
  "air", "airbase", "airfield", "naval", "military", "governorate", "oblast", "municipality",
]);

/** Words before "of" that make what follows a place: "the capital of X", "north of X". */
const PLACE_OF = new Set(["capital", "outskirts", "suburbs", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre", "center", "heart", "state", "republic", "kingdom"]);

function guessedPlace(m: Mention): boolean {
  return m.kind === "place" && !m.implicit && !m.anaphor && m.canonical === undefined && m.confidence < 0.95 && !/\s/.test(m.name.trim());
}

/** Whether the mention's own words place it: a preposition of place before it, "-based" or ", Known Place" after it. */
function located(x: DocumentExtraction, m: Mention): boolean {
  const s = x.sentences[m.sentence];
  if (!s) return false;
  const lead = s.text.slice(0, Math.max(0, m.start - s.start)).match(/(?:(\p{L}+)\s+)?(\p{L}+)\W*$/u);
  const before = lead?.[2]?.toLowerCase();
  if (before && LOCATIVE.has(before)) return true;
  // "the province of X", "the outskirts of X", "north of X".
  const twoBefore = lead?.[1]?.toLowerCase();
  if (before === "of" && twoBefore && (SITE_NOUNS.has(twoBefore) || PLACE_OF.has(twoBefore))) return true;
  const after = s.text.slice(Math.max(0, m.end - s.start), Math.max(0, m.end - s.start) + 40);
  if (/^-based\b/i.test(after)) return true;
  // "its Hanau plant", "the Kibera slum": a place's common noun right after the name.
  const noun = after.match(/^\s+(\p{Ll}+)/u)?.[1];
  if (noun && SITE_NOUNS.has(noun)) return true;
  const next = after.match(/^,\s+(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?)/u)?.[1];
  if (next) {
    const places = gazetteer().places;
    if (places.has(next.toLowerCase()) || places.has(next.split(/\s+/)[0]!.toLowerCase())) return true;
  }
  return false;
}

export function dropUnlocatedPlaces(extractions: readonly DocumentExtraction[]): { extractions: DocumentExtraction[]; dropped: number } {
  const places = gazetteer().places;
  const locatedNames = new Set<string>();
  const candidates = new Set<string>();
  for (const x of extractions) {
    for (const m of x.mentions) {
      if (m.kind !== "place" || m.implicit || m.anaphor) continue;
      const name = m.name.toLowerCase();
      if (guessedPlace(m) && !places.has(name)) candidates.add(name);
      if (located(x, m)) locatedNames.add(name);
    }
  }
  let dropped = 0;
  const out = extractions.map((x) => {
    const drop = new Set<number>();
    x.mentions.forEach((m, i) => {
      const name = m.name.toLowerCase();
      if (guessedPlace(m) && candidates.has(name) && !locatedNames.has(name)) drop.add(i);
    });
    if (drop.size === 0) return x;
    dropped += drop.size;
    return withoutMentions(x, drop);
  });
  return { extractions: out, dropped };
}
