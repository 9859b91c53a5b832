import { foldAligned } from '../../../lib/vietnamese/index.js';
import type { Dateline } from './dateline.js';

/**
 * The year of a yearless dateline from what the report itself says about the time, when the page
 * has no date line. In order:
 * 1. the dateline's sentence: the new year it greets ("ngày đầu tiên của năm mới 2020", "Xuân Canh Tý
 *    2020", "Tết Nguyên đán Bính Ngọ 2026", in December to February), a congress of a term ("Đại hội … nhiệm kỳ 2020 - 2025" meets in the term's
 *    first year; not "từ sau Đại hội …", "Nghị quyết Đại hội …", "giữa nhiệm kỳ"), an anniversary ("kỷ niệm 30 năm … (1994 - 2024)"), or the
 *    quarter, month or year the meeting is of or reviews ("Hội nghị báo cáo viên quý III-2012",
 *    "đánh giá … nhiệm vụ tháng 05 năm 2023"): its year, or the next when the dateline's month comes
 *    before that period (a review of December in January); a whole year's review ("tổng kết công tác
 *    … năm 2024") from October to March, the year's end or the next year's start;
 * 2. the lead's review of the year so far ("6 tháng đầu năm 2020", "nửa đầu năm 2017"), which can only
 *    be reported in that year;
 * 4. (after 3) the anniversary the lead says the event marks, its years written ("kỷ niệm 94 năm … (17/3/1930
 *    - 17/3/2024)");
 * 3. the date of what the meeting passes on ("quán triệt, triển khai … Chỉ thị số 35-CT/TW, ngày
 *    14/6/2024", "… bài phát biểu … tại phiên họp ngày 13/3/2024"), when the dateline's day and month
 *    come after it: such a meeting follows the text it passes on within the year.
 * Nothing else is taken: a span that is no term or anniversary ("Kỷ yếu … (1969 - 2020)"), a bare
 * "quý I", a year the report merely mentions ("trong năm 2018, … đã tiến hành"), a year it plans
 * ("nhiệm vụ năm 2025") or the dates of documents it only mentions do not fix the event's year.
 */

const Y = '((?:19|20)\\d{2})';
const TERM = new RegExp(
  `(?<!(?:sau|nghi[ \\t]+quyet|van[ \\t]+kien)[ \\t]+)Dai[ \\t]+hoi[^.]*?nhiem[ \\t]+ky[ \\t]+${Y}[ \\t]*[-–][ \\t]*${Y}`,
  'iu',
);
const DM = '(?:\\d{1,2}[/.-]\\d{1,2}[/.-])?';
const ANNIVERSARY = new RegExp(
  `ky[ \\t]+niem[ \\t]+(\\d{1,3})[ \\t]+nam[^()]{0,80}\\([ \\t]*${DM}${Y}[ \\t]*[-–][ \\t]*${DM}${Y}[ \\t]*\\)`,
  'iu',
);
const QUARTER = new RegExp(`quy[ \\t]+(I{1,3}|IV)[ \\t]*(?:[-/]|nam)[ \\t]*${Y}`, 'iu');
const REVIEWED = new RegExp(
  `(?:tong[ \\t]+ket|so[ \\t]+ket|danh[ \\t]+gia)[^.;]{0,80}?(?:thang[ \\t]+(\\d{1,2})[ \\t]+)?nam[ \\t]+${Y}(?![ \\t]*[-–][ \\t]*\\d)`,
  'iu',
);
const NEW_YEAR = new RegExp(
  `(?:nam[ \\t]+moi|(?:xuan|tet(?:[ \\t]+nguyen[ \\t]+dan)?)(?:[ \\t]+[A-Za-z]+){0,2})[ \\t]+${Y}(?![\\d])`,
  'iu',
);
const QUARTERS: Record<string, number> = { I: 1, II: 4, III: 7, IV: 10 };
const DISSEMINATED = new RegExp(
  `quan[ \\t]+triet[^.;\\n]{0,300}?(?<![\\d/])(\\d{1,2})[/.-](\\d{1,2})[/.-]${Y}(?![\\d/])`,
  'iu',
);
const YEAR_SO_FAR = new RegExp(`(?:(\\d{1,2})[ \\t]+thang[ \\t]+dau|nua[ \\t]+dau)[ \\t]+nam[ \\t]+${Y}`, 'iu');

/** The year of a period starting in `month` of `year`, for a meeting in month `at` during or after it. */
function periodYear(year: number, month: number, at: number): number {
  return at >= month ? year : year + 1;
}

export function sentenceYear(sentence: string, d: Dateline): number | null {
  // "ngày đầu tiên của năm mới 2020", "Xuân Canh Tý 2020": the new year is at hand in December,
  // under way in January and February.
  const newYear = sentence.match(NEW_YEAR);
  if (newYear && (d.month <= 2 || d.month === 12)) return Number(newYear[1]) - (d.month === 12 ? 1 : 0);
  const term = sentence.match(TERM);
  if (term && !/giua[ \t]+nhiem[ \t]+ky/iu.test(sentence)) return Number(term[1]);
  const anniversary = sentence.match(ANNIVERSARY);
  if (anniversary && Number(anniversary[3]) - Number(anniversary[2]) === Number(anniversary[1]))
    return Number(anniversary[3]);
  const quarter = sentence.match(QUARTER);
  if (quarter) return periodYear(Number(quarter[2]), QUARTERS[quarter[1]!.toUpperCase()]!, d.month);
  const reviewed = sentence.match(REVIEWED);
  if (!reviewed) return null;
  if (reviewed[1]) return periodYear(Number(reviewed[2]), Number(reviewed[1]), d.month);
  // A whole year is reviewed at its end or the start of the next; in between it says nothing.
  return d.month >= 10 ? Number(reviewed[2]) : d.month <= 3 ? Number(reviewed[2]) + 1 : null;
}

export function yearSoFar(lead: string, d: Dateline): number | null {
  const m = lead.match(YEAR_SO_FAR);
  if (!m || (m[1] && Number(m[1]) > d.month)) return null;
  return Number(m[2]);
}

export function disseminatedYear(lead: string, d: Dateline): number | null {
  const m = lead.match(DISSEMINATED);
  if (!m) return null;
  const [day, month] = [Number(m[1]), Number(m[2])];
  return d.month > month || (d.month === month && d.day > day) ? Number(m[3]) : null;
}

/** The lead: the dateline's line and the few paragraphs after it. */
export function contextYear(lines: string[], d: Dateline): number | null {
  const lead = foldAligned(lines.slice(d.line, d.line + 10).join('\n'));
  return sentenceYear(d.sentence, d) ?? yearSoFar(lead, d) ?? disseminatedYear(lead, d) ?? anniversaryYear(lead);
}

/** 4. The anniversary the lead says the event marks ("… thiết thực kỷ niệm 94 năm Ngày thành lập … (17/3/1930 - 17/3/2024)"). */
export function anniversaryYear(lead: string): number | null {
  const m = lead.match(ANNIVERSARY);
  return m && Number(m[3]) - Number(m[2]) === Number(m[1]) ? Number(m[3]) : null;
}
