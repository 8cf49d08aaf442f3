/**
 * Year ticks for the timeline
 * ===========================
 *
 * The timeline's handles step over sorted dates (timeline-dates.ts), so a
 * year sits where its first date is in that list, not at a linear position.
 * One tick per year, thinned to every 2nd, 5th, 10th… year when there are
 * more than `maxLabels`.
 */

export interface YearTick {
  year: number;
  /** 0..1 along the timeline. */
  position: number;
}

export function yearTicks(dates: readonly string[], maxLabels = 8): YearTick[] {
  if (dates.length < 2) return [];
  const last = dates.length - 1;
  const first = new Map<number, number>();
  dates.forEach((date, index) => {
    const year = Number(date.slice(0, 4));
    if (Number.isInteger(year) && !first.has(year)) first.set(year, index);
  });
  const years = [...first.keys()].sort((a, b) => a - b);
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => years.filter((y) => y % s === 0 || y === years[0]).length <= maxLabels) ?? 100;
  return years
    .filter((y) => step === 1 || y % step === 0)
    .map((year) => ({ year, position: first.get(year)! / last }));
}
