/**
 * Lexicon: acronyms and the names they stand for
 * ==============================================
 *
 * Corpus-wide resolution joins an organization's initials to its full name
 * when an article defines them ("the Child Benefit Office (CBO)"), when an
 * article names an organization with those initials, or when the pair is
 * general knowledge, listed here (the well-known bodies of KNOWN_GROUPS are
 * already joined by the extractor). Nothing here may come from one corpus.
 *
 * `initialsOf` gives the forms a name's initials take: every word ("Bank of
 * England" → BOE), the words that are not function words (BE), the
 * capitalised words; and for a firm written with an ampersand, the initials
 * around it ("Harrow & Binley" → H&B, also HB).
 */

/** Well-known acronyms of organizations, beyond KNOWN_GROUPS: [acronym, expansion, other spellings…]. */
export const KNOWN_ACRONYMS: ReadonlyArray<readonly string[]> = [
  ["OECD", "Organisation for Economic Co-operation and Development", "Organization for Economic Cooperation and Development"],
  ["IAEA", "International Atomic Energy Agency"],
  ["UNESCO", "United Nations Educational, Scientific and Cultural Organization"],
  ["ASEAN", "Association of Southeast Asian Nations", "Association of South East Asian Nations"],
  ["NASA", "National Aeronautics and Space Administration"],
  ["FIFA", "Fédération Internationale de Football Association"],
  ["UEFA", "Union of European Football Associations"],
  ["IOC", "International Olympic Committee"],
  ["WFP", "World Food Programme"],
  ["UNDP", "United Nations Development Programme"],
  ["FAO", "Food and Agriculture Organization"],
  ["ILO", "International Labour Organization", "International Labour Organisation"],
  ["NSA", "National Security Agency"],
  ["FDA", "Food and Drug Administration"],
  ["SEC", "Securities and Exchange Commission"],
  ["EPA", "Environmental Protection Agency"],
  ["NHS", "National Health Service"],
  ["FSB", "Federal Security Service"],
  ["EBRD", "European Bank for Reconstruction and Development"],
  ["ADB", "Asian Development Bank"],
  ["OPCW", "Organisation for the Prohibition of Chemical Weapons"],
  ["UNRWA", "United Nations Relief and Works Agency"],
];

/** Words left out of initials ("Bank of England" → BE as well as BOE). */
const FUNCTION_WORDS = new Set(["of", "the", "and", "for", "in", "on", "to", "at", "a", "an", "de", "du", "des", "la", "le"]);

/** A word written as an acronym: 2 to 8 capitals (digits and one "&" allowed after the first), e.g. "CBO", "M&S", "G8". */
export function isAcronymShape(name: string): boolean {
  return /^\p{Lu}(?:[\p{Lu}\d]|&(?=\p{Lu})){1,7}$/u.test(name.replace(/\./g, "")) && /\p{Lu}.*\p{Lu}/u.test(name);
}

/** The acronym written as its letters only, upper case: "M&S" → "MS", "U.N." → "UN". */
export function acronymKey(name: string): string {
  return name.replace(/[^\p{L}\p{N}]/gu, "").toUpperCase();
}

/**
 * The letter keys (as `acronymKey` writes them) a name's initials can take;
 * empty for a one-word name. "Child Benefit Office" → CBO; "Bank of England"
 * → BOE, BE; "Harrow & Binley" → HB.
 */
export function initialsOf(name: string): string[] {
  const words = name.replace(/[(),]/g, " ").split(/[\s-]+/).filter((w) => w !== "");
  const letters = words.filter((w) => w !== "&" && w.toLowerCase() !== "and");
  if (letters.length < 2) return [];
  const forms = new Set<string>();
  const initial = (w: string) => (/^\p{L}/u.test(w) ? w[0]!.toUpperCase() : /^\d/.test(w) ? w.replace(/\D.*$/, "") : "");
  const all = words.filter((w) => w !== "&").map(initial).join("");
  forms.add(all);
  forms.add(words.filter((w) => w !== "&" && !FUNCTION_WORDS.has(w.toLowerCase())).map(initial).join(""));
  forms.add(words.filter((w) => /^[\p{Lu}\d]/u.test(w)).map(initial).join(""));
  return [...forms].filter((f) => f.length >= 2);
}
