/**
 * A person's label: the full name
 * ===============================
 *
 * An article names a person in full once and by surname after that, so the
 * most frequent form of a person is often the bare surname ("Hamm" four
 * times, "Mia Hamm" once). The label of a person is the full name: among the
 * node's forms that extend the most frequent one by whole words before it
 * ("Mia Hamm" for "Hamm", "Al Aynsley-Green" for "Aynsley-Green"), the most
 * frequent, then the longer, then the first in code-point order. A form is
 * kept when none extends it.
 */

/** `chosen` or the most frequent of `names` that ends with it after a space. */
export function fullNameLabel(chosen: string, names: readonly string[], counts: readonly number[]): string {
  const suffix = ` ${chosen}`;
  let best: string | undefined;
  let bestCount = -1;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (name.length <= suffix.length || !name.endsWith(suffix)) continue;
    // A full name of a few words, each capitalised ("Mia Hamm"), not a phrase ("the former Hamm").
    const words = name.split(" ");
    if (words.length > 4 || !words.every((w) => /^[\p{Lu}\p{Lt}]/u.test(w))) continue;
    const n = counts[i]!;
    if (n > bestCount || (n === bestCount && (name.length > best!.length || (name.length === best!.length && name < best!)))) {
      best = name;
      bestCount = n;
    }
  }
  return best ?? chosen;
}
