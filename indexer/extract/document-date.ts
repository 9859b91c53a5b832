import type { DocType } from '../../lib/schema/records.js';
import { findDocNumbers } from '../../lib/vietnamese/index.js';
import { parseVietnameseDate, placeDateLine } from './date.js';

/**
 * The date a document speaks for: the header's place-date line; or, for a meeting notice, a
 * conclusion or a news report, the date of the meeting or event in its opening sentence. A date that
 * belongs to a cited document ("ngày 4/1/2017, UBND tỉnh … đã có Tờ trình số …") is never taken,
 * and a date without its year ("Ngày 25/4, …") leaves the date unknown.
 */

const LEAD_TYPES: DocType[] = ['thong_bao', 'ket_luan', 'tin_bai', 'khac'];

const LEAD_DATE = /(?:^|[\s,(])(?:(?:ngày|sáng|chiều|tối|trưa|đêm)(?:[ \t]+ngày)?[ \t]+)(\d{1,2}[ \t]*[/.-][ \t]*\d{1,2}(?:[ \t]*[/.-][ \t]*\d{4})?|\d{1,2}[ \t]+tháng[ \t]+\d{1,2}(?:[ \t]+năm[ \t]+\d{4})?)/iu;

const ISSUES_DOCUMENT = /^[^.;\n]{0,140}?(?<![\p{L}])(?:đã|vừa|cũng)?[ \t]*(?:ký(?:[ \t]+ban[ \t]+hành)?|ban[ \t]+hành|có)[ \t]+(?:quyết định|quy định|nghị quyết|nghị định|chỉ thị|kết luận|kế hoạch|thông báo|thông tư|công văn|văn bản|tờ trình|báo cáo|hướng dẫn)/iu;

/** A date introduced as a boundary ("từ ngày 1/1/2019") or as a document's date ("kết luận ngày …"). */
const NOT_EVENT = /(?:từ|đến|tới|kể từ|trước|sau|hiệu lực|quyết định|kết luận|thông báo|công văn|chỉ thị|nghị quyết|kế hoạch|tờ trình|văn bản|báo cáo)[ \t]*$/iu;

function firstSentence(line: string): string {
  return line.match(/^.*?(?:\.(?=\s|$)|$)/)?.[0] ?? line;
}

/** The event date of an opening sentence: null when absent, yearless or a cited document's date. */
function leadDate(body: string): string | null | undefined {
  const lines = body.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 3);
  for (const line of lines) {
    const sentence = firstSentence(line);
    const m = sentence.match(LEAD_DATE);
    if (!m) continue;
    const at = (m.index ?? 0) + m[0].length;
    if ((m.index ?? 0) > 120 || ISSUES_DOCUMENT.test(sentence.slice(at))) return null;
    const before = sentence.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + 1);
    if (findDocNumbers(before).length > 0 || NOT_EVENT.test(before)) return null;
    return parseVietnameseDate(m[1]!);
  }
  return undefined;
}

export function findDocumentDate(text: string, bodyStart: number, docType: DocType): string | null {
  const header = placeDateLine(text.slice(0, bodyStart));
  if (header) return header;
  if (!LEAD_TYPES.includes(docType)) return null;
  return leadDate(text.slice(bodyStart)) ?? null;
}
