/**
 * news-kg query: compareText
 * ==========================
 *
 * The one ordering of labels in answers: case-insensitive, then by code unit,
 * so that results are the same on every machine whatever its locale.
 */
export function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
