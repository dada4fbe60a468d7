/**
 * A publication date as a reader wants it: the date itself and how long ago that was.
 * Pure: the clock and the locale are parameters.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The largest unit that fits, up to which the age is counted in it (then the next unit takes over). */
const UNITS: Array<[Intl.RelativeTimeFormatUnit, number, number]> = [
  ['second', SECOND, MINUTE],
  ['minute', MINUTE, HOUR],
  ['hour', HOUR, DAY],
  ['day', DAY, 7 * DAY],
  ['week', 7 * DAY, 30 * DAY],
  ['month', 30 * DAY, 365 * DAY],
  ['year', 365 * DAY, Infinity],
];

export interface DateDescription {
  /** "Nov 21, 2026" in en-US. */
  date: string;
  /** "3 days ago", "yesterday", "in 2 hours" (a clock ahead of ours). */
  age: string;
  /** The instant, for a <time datetime>. */
  iso: string;
}

/** Parses what a page gave as its date; null when it is not a date. */
export function parseDate(value: string | number | undefined): Date | null {
  if (value === undefined || value === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "3 days ago" for a date three days before `now`; rounded down, so 47 hours is "yesterday". */
export function relativeAge(date: Date, now: number, locale?: string): string {
  const elapsed = now - date.getTime();
  const size = Math.abs(elapsed);
  const [unit, length] = UNITS.find(([, , below]) => size < below) ?? UNITS[UNITS.length - 1]!;
  const count = Math.floor(size / length) * Math.sign(elapsed);
  // numeric: 'auto' says "yesterday" and "now" rather than "1 day ago" and "0 seconds ago".
  return relativeFormat(locale).format(-count || 0, unit);
}

export function formatDate(date: Date, locale?: string): string {
  return dateFormat(locale).format(date);
}

/** One formatter per locale: building one costs far more than using it, and a list formats fifty dates. */
function memoByLocale<T>(make: (locale: string | undefined) => T): (locale?: string) => T {
  const made = new Map<string | undefined, T>();
  return (locale) => {
    let formatter = made.get(locale);
    if (!formatter) {
      formatter = make(locale);
      made.set(locale, formatter);
    }
    return formatter;
  };
}
const relativeFormat = memoByLocale((locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
const dateFormat = memoByLocale((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));

/** The date and its age, or null for a missing or invalid date. */
export function describeDate(value: string | number | undefined, now: number, locale?: string): DateDescription | null {
  const date = parseDate(value);
  if (!date) return null;
  return { date: formatDate(date, locale), age: relativeAge(date, now, locale), iso: date.toISOString() };
}
