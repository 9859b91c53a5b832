/** Dates as written in Vietnamese documents: "12/9/2023", "12-9-2023", "ngày 01 tháng 4 năm 2020". */

const WS = '[\\s]{1,4}';
const NUMERIC = `(\\d{1,2})[ \\t]*[/.-][ \\t]*(\\d{1,2})(?:[ \\t]*[/.-][ \\t]*((?:19|20)\\d{2}))?(?![\\d/])`;
const WORDS = `(\\d{1,2})${WS}tháng${WS}(\\d{1,2})(?:${WS}năm${WS}((?:19|20)\\d{2}))?(?!\\d)`;

/** "ngày 15/6/2016", "ngày 15-6", "ngày 15 tháng 6 năm 2016" at the start of a string (year optional). */
export const DAY_AT_START = new RegExp(`^[ \\t]*ngày${WS}(?:${WORDS}|${NUMERIC})`, 'iu');

export function toIsoDate(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface DayMatch {
  /** YYYY-MM-DD, or null when the year is not written ("ngày 22-4"). */
  iso: string | null;
  length: number;
}

/** A "ngày …" date at the very start of `text`; the length lets callers skip over it. */
export function dayAtStart(text: string): DayMatch | null {
  const m = text.match(DAY_AT_START);
  if (!m) return null;
  const [day, month, year] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  return { iso: year ? toIsoDate(Number(day), Number(month), Number(year)) : null, length: m[0].length };
}

const ANY_DATE = new RegExp(`(?<![\\d/])(?:${WORDS}|${NUMERIC})`, 'iu');

/** Parses the first full date (with its year) in a string, or null. */
export function parseVietnameseDate(text: string): string | null {
  const m = text.match(ANY_DATE);
  if (!m) return null;
  const [day, month, year] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  return year ? toIsoDate(Number(day), Number(month), Number(year)) : null;
}

/**
 * The header's place-date line, alone on its line (or in the right column): "Trà Cú, ngày 12 tháng 9
 * năm 2023", "Cà Mau, ngày 17/11/2023". The place is a name: letters and spaces only.
 */
export const PLACE_DATE_LINE =
  /(?:^|[ \t]{2,}|\t)(\p{Lu}[\p{L} ]{1,30}),[ \t]*ngày[ \t]+(\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+\d{4}|\d{1,2}[ \t]*[/.-][ \t]*\d{1,2}[ \t]*[/.-][ \t]*\d{4})[ \t.]*$/mu;
