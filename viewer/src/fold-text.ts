/**
 * Text folding for search
 * =======================
 *
 * `foldText` ignores case, accents and punctuation ("Al-Qaeda" = "al qaeda").
 * `foldSpelling` goes further and folds the transliteration variants that news
 * outlets disagree on (y/i, kh/h, ou/u, doubled letters), the same kind of key
 * the resolver uses, so that "Hmeymim", "Khmeimim" and "Hmeimim" meet even
 * when one of them is not a recorded alias.
 */

export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function foldSpelling(text: string): string {
  return foldText(text)
    .replace(/kh/g, "h")
    .replace(/ou/g, "u")
    .replace(/y/g, "i")
    .replace(/(\p{L})\1+/gu, "$1");
}
