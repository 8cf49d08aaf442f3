/**
 * news-kg query: partial dates as ranges
 * ======================================
 *
 * Event dates are ISO 8601 with the precision the article gives: "2016",
 * "2015-09", "2017-12-11". Each stands for a range of days ("2016" is
 * 2016-01-01..2016-12-31), and a date is within a window when its range
 * overlaps the window: an event known only as "2016" may have happened in
 * March, so a March 2016 window keeps it. Window bounds may be partial too:
 * `from: "2016"` starts on 2016-01-01, `to: "2016"` ends on 2016-12-31.
 */
import { QueryError } from "../schema/index.js";

export interface DayRange {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD. */
  end: string;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/;

/** The days a partial ISO date covers, or undefined when it is not a calendar date. */
export function dateRange(date: string): DayRange | undefined {
  const m = PARTIAL_DATE.exec(date.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (month === undefined) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day === undefined) return { start: `${m[1]}-${pad(month)}-01`, end: `${m[1]}-${pad(month)}-${pad(last)}` };
  if (day < 1 || day > last) return undefined;
  const iso = `${m[1]}-${pad(month)}-${pad(day)}`;
  return { start: iso, end: iso };
}

/** A window from two optional partial dates; throws a `QueryError` naming a bad bound. */
export function dateWindow(from?: string, to?: string): DayRange {
  const bound = (value: string | undefined, which: "from" | "to"): string => {
    if (value === undefined || value === "") return which === "from" ? "0000-01-01" : "9999-12-31";
    const range = dateRange(value);
    if (!range) {
      throw new QueryError("bad-date", `${which} date "${value}" is not an ISO date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2016 or 2017-12-11)`);
    }
    return which === "from" ? range.start : range.end;
  };
  const window = { start: bound(from, "from"), end: bound(to, "to") };
  if (window.start > window.end) {
    throw new QueryError("bad-date", `the window starts (${from}) after it ends (${to}); swap the dates`);
  }
  return window;
}

/** Whether a partial date's range overlaps the window; undated or malformed dates never do. */
export function dateInWindow(date: string | undefined, window: DayRange): boolean {
  if (date === undefined) return false;
  const range = dateRange(date);
  return range !== undefined && range.start <= window.end && range.end >= window.start;
}
