/**
 * Partial ISO dates as ranges
 * ===========================
 *
 * Event dates may be partial ("2016", "2015-09"). For the timeline a partial
 * date is the range of days it covers: "2015-09" runs from 2015-09-01 to
 * 2015-09-30. Comparing the ends of those ranges as strings is enough, since
 * ISO dates sort as text.
 */

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

export function dateStart(date: string | undefined): string | null {
  const m = date ? ISO.exec(date) : null;
  if (!m) return null;
  return `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}`;
}

export function dateEnd(date: string | undefined): string | null {
  const m = date ? ISO.exec(date) : null;
  if (!m) return null;
  if (m[3]) return `${m[1]}-${m[2]}-${m[3]}`;
  if (m[2]) {
    const days = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return `${m[1]}-${m[2]}-${String(days).padStart(2, "0")}`;
  }
  return `${m[1]}-12-31`;
}

/** Whether a (partial) date overlaps the inclusive range [from, to]; open ends are null. */
export function dateInRange(date: string | undefined, from: string | null, to: string | null): boolean {
  const start = dateStart(date);
  const end = dateEnd(date);
  if (start === null || end === null) return true;
  return (from === null || end >= from) && (to === null || start <= to);
}
