/**
 * news-kg corpus stage: publication dates to YYYY-MM-DD
 * =====================================================
 *
 * The publication date anchors relative dates ("on Monday"), so it must be a
 * real calendar day. Only unambiguous written forms are accepted, parsed by
 * hand instead of with `Date.parse`, whose leniency ("1" is 2001) and time
 * zone handling differ between machines:
 *
 *   2017-12-11, 2017-12-11T09:30:00+03:00 (the date as written, no zone shift),
 *   2017/12/11, 26-FEB-1987 15:01:01.79 (Reuters-21578), 11 December 2017,
 *   Mon, 11 Dec 2017 10:00:00 GMT, December 11, 2017, Monday, Dec. 11th 2017.
 *
 * Numeric day/month orders such as 11/12/2017 are refused: US and European
 * readings disagree.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const WEEKDAY = String.raw`(?:[A-Za-z]{3,9}\.?,?\s+)?`;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:$|[T\s])/;
const DAY_MON_YEAR_DASHED = /^(\d{1,2})-([A-Za-z]{3,9})-(\d{4})(?:$|\s)/;
const DAY_MONTH_YEAR = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})${ORDINAL}\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?:$|[\s,])`);
const MONTH_DAY_YEAR = new RegExp(String.raw`^${WEEKDAY}([A-Za-z]{3,9})\.?\s+(\d{1,2})${ORDINAL},?\s+(\d{4})(?:$|[\s,])`);

/** The date as YYYY-MM-DD, or undefined when the value is not a recognisable calendar day. */
export function normalizeDate(value: string): string | undefined {
  const v = value.trim();
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(v)) || (m = SLASHED.exec(v))) return ymd(+m[1]!, +m[2]!, +m[3]!);
  if ((m = DAY_MON_YEAR_DASHED.exec(v)) || (m = DAY_MONTH_YEAR.exec(v))) return ymd(+m[3]!, month(m[2]!), +m[1]!);
  if ((m = MONTH_DAY_YEAR.exec(v))) return ymd(+m[3]!, month(m[1]!), +m[2]!);
  return undefined;
}

function month(name: string): number {
  return MONTHS[name.toLowerCase()] ?? 0;
}

function ymd(year: number, monthNumber: number, day: number): string | undefined {
  if (monthNumber < 1 || monthNumber > 12 || day < 1 || day > daysInMonth(year, monthNumber)) return undefined;
  return `${String(year).padStart(4, "0")}-${String(monthNumber).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function daysInMonth(year: number, monthNumber: number): number {
  if (monthNumber === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(monthNumber) ? 30 : 31;
}
