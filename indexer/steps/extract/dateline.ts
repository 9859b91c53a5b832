import { findDocNumbers, foldAligned } from '../../../lib/vietnamese/index.js';
import { toIsoDate } from './date.js';
import { isPageDateLine } from './page-date.js';

/**
 * A news report's dateline: "Ngày 30-9, Huyện ủy …", "(QNO) - Ngày 3/4, …", "Sáng 12/9, …", "Chiều ngày
 * 5-10, …", "Sáng nay 15/10, …", "Hôm nay (12-10): …", "Hôm qua (29/9), …", read in the lines before
 * and in the lead paragraph. A date that belongs to a cited document ("thực hiện Kế hoạch số
 * 44/KH-UBND ngày 31/01/2024 …") is skipped, and so is the page's own date line; one followed by "… đã
 * ký ban hành quyết định" dates that document, not the event, and ends the search. Reads folded text
 * (see foldAligned), so scrambled diacritics do not hide it.
 */

export interface Dateline {
  day: number;
  month: number;
  year: number | null;
  /** Index of its line in the text's lines, and its sentence (folded). */
  line: number;
  sentence: string;
}

const LEAD =
  /(?:^|[\s,(–-])(?:(?:ngay|sang|chieu|toi|trua|dem)(?:[ \t]+nay,?)?(?:[ \t]+ngay)?[ \t]+|(?:(?:ngay|sang|chieu|toi|trua|dem|hom)[ \t]+(?:nay|qua)[ \t]*)\([ \t]*)(?:(\d{1,2})[ \t]*[/.-][ \t]*(\d{1,2})(?:[ \t]*[/.-][ \t]*((?:19|20)\d{2}))?(?![\d/])|(\d{1,2})[ \t]+thang[ \t]+(\d{1,2})(?:[ \t]+nam[ \t]+((?:19|20)\d{2}))?(?!\d))/giu;

const ISSUES_DOCUMENT =
  /^[^.;\n]{0,140}?(?<![\p{L}])(?:da|vua|cung)?[ \t]*(?:ky(?:[ \t]+ban[ \t]+hanh)?|ban[ \t]+hanh|co)[ \t]+(?:quyet dinh|quy dinh|nghi quyet|nghi dinh|chi thi|ket luan|ke hoach|thong bao|thong tu|cong van|van ban|to trinh|bao cao|huong dan)/iu;

/** A date introduced as a boundary ("từ ngày 1/1/2019", "đến hết ngày 30/6/2020") or as a document's date ("kết luận ngày …"). */
const NOT_EVENT =
  /(?:tu|(?:tinh[ \t]+)?den(?:[ \t]+het)?|toi|ke tu|truoc|sau|hieu luc|quyet dinh|ket luan|thong bao|cong van|chi thi|nghi quyet|ke hoach|to trinh|van ban|bao cao)[ \t]*$/iu;

/** Nothing before the dateline but a source tag: "", "(QNO) - ", "TTO - ", "Trực tiếp - ". */
const OPENS = /^(?:[^.,;]{0,30}?[-–][ \t]*|[ \t(]*)$/u;
/** A portal's ticker of headlines ("… | … | …") is no paragraph. */
const TICKER = /\|[^|]*\|/u;
/**
 * A lead paragraph that tells its news as just done ("UBND tỉnh … vừa có Thông báo …", "Vừa qua, …")
 * and gives it no date: the report has no event date; a date further down is a detail of it.
 */
const JUST_NOW =
  /(?<![\p{L}])(?:vua[ \t]+qua|vua[ \t]+(?:co|to[ \t]+chuc|ban[ \t]+hanh|ky|phat[ \t]+dong|khai[ \t]+mac|dien[ \t]+ra|hop|tien[ \t]+hanh))(?![\p{L}])/iu;
/** A number with a letter suffix ("Nghị quyết 30a/2008/NQ-CP ngày 28/12/2008") still cites a document. */
const DOC_LIKE = /\d+[a-z]{1,2}\/(?:\d{4}\/)?[A-Z]{1,8}[-–][A-Z]/u;
const CUT_LEAD = /^(?:(?:ngay|sang|chieu|toi|trua)(?:[ \t]+ngay)?)$/iu;
const TOWARDS = /^[\s,(–-]?tớ?i(?![\p{L}])/iu;

function firstSentence(line: string): string {
  return line.match(/^.*?(?:\.(?=\s|$)|$)/)?.[0] ?? line;
}

/** The dateline of one sentence: a date, null for "no event date here", undefined for none. */
function sentenceDate(sentence: string, original: string, line: number): Dateline | null | undefined {
  let limit = 120;
  for (const m of sentence.matchAll(LEAD)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // A time of day set off by commas after an opening clause ("Hòa chung không khí … Xuân 2023, sáng nay 25/1 (tức
    // ngày 4 tết), tại …"): the event's dateline, its year written or not.
    const setOff =
      /^[\s,(–-]?(?:sang|chieu|toi|trua)[ \t]/u.test(m[0]) &&
      /,[ \t]*$/u.test(sentence.slice(0, start + 1)) &&
      /^[ \t]*[,(]/u.test(sentence.slice(end));
    // A full date after a time of day ("…, chiều 3/6/2020, Đảng bộ huyện …") is the event even after a long opening clause.
    if (
      start > limit &&
      !(start <= 320 && (setOff || ((m[3] ?? m[6]) && /^[\s,(–-]?(?:sang|chieu|toi|trua)[ \t]/u.test(m[0]))))
    )
      return undefined;
    // Folding makes "tới" (until) look like "tối" (evening): a written "tới ngày 30/6" is a deadline.
    if (TOWARDS.test(original.slice(start, start + 6))) continue;
    const year = m[3] ?? m[6];
    const before = sentence.slice(Math.max(0, start - 30), start + 1);
    if (findDocNumbers(before).length > 0 || DOC_LIKE.test(before) || NOT_EVENT.test(before)) {
      limit = 600;
      continue;
    }
    if (ISSUES_DOCUMENT.test(sentence.slice(end))) return null;
    // A yearless dateline opens its sentence ("Sáng 12/9 tại …", "(QNO) - Ngày 3/4 …") or is set off by
    // a comma or a bracket ("…, ngày 05-8, Đại hội …"); "Điểm báo ngày 22/9" is a title.
    if (
      !year &&
      !setOff &&
      !/^[ \t]*[,):]/u.test(sentence.slice(end)) &&
      !OPENS.test(sentence.slice(0, start + (/^\p{L}/u.test(m[0]) ? 0 : 1)))
    )
      continue;
    const [day, month] = m[1] ? [m[1], m[2]] : [m[4], m[5]];
    return { day: Number(day), month: Number(month), year: year ? Number(year) : null, line, sentence };
  }
  return undefined;
}

/**
 * The dateline in the lines up to and including the lead paragraph: the search ends with the second
 * line of 120 characters (a ticker of headlines aside), since a long headline, subject line or photo
 * caption can come first.
 */
export function findDateline(lines: string[]): Dateline | null {
  let long = 0;
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    let original = lines[i]!.trim();
    // A hard line break can cut the dateline after its time word: "Sáng ngày" / "7/6/2021, …".
    if (CUT_LEAD.test(foldAligned(original)) && i + 1 < lines.length) original = `${original} ${lines[i + 1]!.trim()}`;
    const line = foldAligned(original);
    if (!line || isPageDateLine(line)) continue;
    const found = sentenceDate(firstSentence(line), original, i);
    if (found !== undefined) return found;
    if (JUST_NOW.test(firstSentence(line)) && /[.!]$/u.test(line) && line.length >= 60) return null;
    if (line.length >= 120 && !TICKER.test(line) && ++long === 2) return null;
  }
  return null;
}

export function datelineIso(d: Dateline, year: number): string | null {
  return toIsoDate(d.day, d.month, year);
}
