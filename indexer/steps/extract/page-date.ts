import { foldAligned } from '../../../lib/vietnamese/index.js';
import type { Dateline } from './dateline.js';

/**
 * The year of a dateline written without one ("Sáng 12/9, …"). From the page's own date line when
 * there is one: "17:28, Thứ Hai, 30/09/2019 (GMT+7)", "Cập nhật 31/3/2016", "Thứ Năm, 12/09/2019 -
 * 08:15", "Ngày đăng: …", "Thứ Hai, ngày 30 tháng 9 năm 2019", "2019-09-30 17:28", a date alone on its
 * line, a stored copy's "date 2025-07-24" — the year of that date, or the year before when the
 * dateline's day and month come after it. Else from what the dateline's sentence and lead say about
 * the time (see contextYear).
 */

interface PageDate {
  year: number;
  month: number;
  day: number;
  line: number;
}

const PAGE_HINT =
  /\d{1,2}:\d{2}|Thu[ \t]+(?:hai|ba|tu|nam|sau|bay)|chu[ \t]+nhat|cap[ \t]+nhat|ngay[ \t]+(?:dang|xuat[ \t]+ban)|GMT/iu;
/** Day, month, year: "30/09/2019", "30 tháng 9 năm 2019", "30 Tháng 9, 2019"; or ISO "2019-09-30". */
const NUMERIC =
  /(?<![\d/])(\d{1,2})(?:[ \t]*[/.-][ \t]*|[ \t]+thang[ \t]+)(\d{1,2})(?:[ \t]*[/.-][ \t]*|[ \t]+nam[ \t]+|,?[ \t]+)((?:19|20)\d{2})(?![\d/])|(?<![\d-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\d-])/iu;
/** A line that is nothing but a date: "12/08/2020", "(16/09/2019)", or a section label and the date ("Chính trị 28-05-2024"). */
const DATE_ALONE = /^[ \t(]*(?:\p{L}+(?:[ \t]+\p{L}+){0,3}[ \t]+)?\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}[ \t)]*$/u;
const STORED = /^[ \t]*date[ \t]+((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?(?!\d)/iu;

/** A page's date line ("Thứ Hai, ngày 30 tháng 9 năm 2019 08:15"), folded: a publication date, no dateline. */
export function isPageDateLine(line: string): boolean {
  return !STORED.test(line) && pageDateOf(line, 0) !== null;
}

function pageDateOf(line: string, index: number): PageDate | null {
  const stored = line.match(STORED);
  if (stored) {
    const [year, month] = [Number(stored[1]), Number(stored[2])];
    const day = stored[3] ? Number(stored[3]) : new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { year, month, day, line: index };
  }
  if (line.length > 100 || !(PAGE_HINT.test(line) || DATE_ALONE.test(line))) return null;
  const m = line.match(NUMERIC);
  if (!m) return null;
  return m[1]
    ? { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]), line: index }
    : { year: Number(m[4]), month: Number(m[5]), day: Number(m[6]), line: index };
}

/** The page date nearest before the dateline (a site's banner date sits further up), else just after it. */
function pageDate(lines: string[], at: number): PageDate | null {
  for (let i = at; i >= 0; i--) {
    const d = pageDateOf(foldAligned(lines[i]!.trim()), i);
    if (d) return d;
  }
  for (let i = at + 1; i < Math.min(lines.length, at + 6); i++) {
    const d = pageDateOf(foldAligned(lines[i]!.trim()), i);
    if (d) return d;
  }
  return null;
}

export function pageYear(lines: string[], d: Dateline): number | null {
  const page = pageDate(lines, d.line);
  if (!page) return null;
  const after = d.month > page.month || (d.month === page.month && d.day > page.day);
  return after ? page.year - 1 : page.year;
}

/** The page's own date line among its first lines, as ISO (a stored copy's "date 2025-11" as that month's last day), or null. */
export function publishedDate(text: string): string | null {
  const lines = text.split('\n').slice(0, 15);
  for (let i = 0; i < lines.length; i++) {
    const d = pageDateOf(foldAligned(lines[i]!.trim()), i);
    if (d) return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  }
  return null;
}
