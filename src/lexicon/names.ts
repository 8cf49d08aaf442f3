/**
 * Lexicon: name keys
 * ==================
 *
 * How two spellings of a name are compared. `nameKey` folds case, diacritics,
 * punctuation and Arabic article prefixes ("al-Assad" ~ "Assad").
 * `spellingKey` also folds the transliteration variants news outlets disagree
 * on (y/i, ou/u, kh/h, doubled letters: Hmeimim ~ Hmeymim, Tartus ~ Tartous).
 */

export function nameKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/(^|\s)(?:al|el|ad|as|ash|an|ar)[- ]/g, "$1")
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N} ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function spellingKey(name: string): string {
  return nameKey(name)
    .replace(/ou/g, "u")
    .replace(/kh/g, "h")
    .replace(/ph/g, "f")
    .replace(/q/g, "k")
    .replace(/[yj]/g, "i")
    .replace(/ee/g, "i")
    .replace(/ei/g, "i")
    .replace(/(\p{L})\1+/gu, "$1");
}

/**
 * Every distinct surface form, sorted, except lower-cased copies of a form
 * also seen with capitals (an artefact of lower-cased feeds, not a spelling):
 * "ISIL" and "Isil" are both kept, "hmeymim" goes when "Hmeymim" is there.
 */
export function distinctForms(forms: Iterable<string>): string[] {
  const all = new Set<string>();
  for (const f of forms) {
    const clean = f.replace(/\s+/g, " ").trim();
    if (clean) all.add(clean);
  }
  const cased = new Set([...all].filter((f) => /\p{Lu}/u.test(f)).map((f) => f.toLowerCase()));
  return [...all].filter((f) => /\p{Lu}/u.test(f) || !cased.has(f)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Levenshtein distance between two strings, in two rows of memory ("did you mean …?"). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
