import { canonicalDocNumber, findDocNumbers, foldAligned } from '../../../lib/vietnamese/index.js';
import { toIsoDate } from './date.js';

/**
 * Evidence for a document's own date that the document states about itself. Each source reads the
 * accent-folded text (see foldAligned), so "ngàỷ", "ngay 5 thang 3 nam 2024" and "Ngày ban hành"
 * match alike; each returns an ISO date or null.
 */

const S = '[ \\t\\n]{1,4}';
/** A word in any case, for patterns that need the case of the rest (`\p{Lu}` under the i flag is any letter). */
const ci = (word: string): string => word.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
/** A full date in folded text: "12/9/2023", "12-9-2023", "12 thang 9 nam 2023" (line breaks allowed). */
export const FULL_DATE = `(?:(\\d{1,2})${S}${ci('thang')}${S}(\\d{1,2})${S}${ci('nam')}${S}((?:19|20)\\d{2})|(\\d{1,2})[ \\t]*[/.-][ \\t]*(\\d{1,2})[ \\t]*[/.-][ \\t]*((?:19|20)\\d{2}))(?![\\d/])`;

export function isoFromMatch(m: RegExpMatchArray, at: number): string | null {
  const [d, mo, y] = m[at] ? [m[at], m[at + 1], m[at + 2]] : [m[at + 3], m[at + 4], m[at + 5]];
  return d && mo && y ? toIsoDate(Number(d), Number(mo), Number(y)) : null;
}

/** A weekday is no place: "Thứ Hai, ngày 30 tháng 9 năm 2019" is a page's date line. */
const WEEKDAY = `${ci('thu')}[ \\t]+(?:${['hai', 'ba', 'tu', 'nam', 'sau', 'bay'].map(ci).join('|')})[ \\t]*,|${ci('chu')}[ \\t]+${ci('nhat')}[ \\t]*,`;
const PLACE_DATE = new RegExp(
  `(?:^|[ \\t]{2,}|\\||\\\\n|${ci('hanh')}[ \\t]+${ci('phuc')}[ \\t]*[-–]*|-{3,})[ \\t]*(?!${WEEKDAY})\\p{Lu}[\\p{L} .'’-]{1,30},[ \\t]*${ci('ngay')}${S}${FULL_DATE}[ \\t.]*(?=$|\\||\\\\r|[ \\t]{2,}|[ \\t]+\\p{Lu}{2})`,
  'mu',
);

/**
 * The header's place-date line, "Trà Cú, ngày 12 tháng 9 năm 2023", "TP. Hồ Chí Minh, ngày …", "Bà Rịa -
 * Vũng Tàu, ngày …", alone on its line, in a table cell or a column, or in a header flattened to one
 * line ("… Độc lập - Tự do - Hạnh phúc Lạng Sơn, ngày 27 tháng 3 năm 2020 KẾ HOẠCH …"); hard line
 * breaks may split it ("Thanh Hóa, ngày\n14 tháng 12 năm 2024").
 */
export function headerDate(head: string): string | null {
  const m = foldAligned(head).match(PLACE_DATE);
  return m ? isoFromMatch(m, 1) : null;
}

/**
 * "Ngày ban hành: 26/01/2018" of a legal database's table, as "a | b" cells or on the next line; a
 * field "Ngày ký: …" (the signing date is the issuing date) at a line or cell start.
 */
const ISSUED_ON = new RegExp(
  `(?:Ngay${S}ban${S}hanh|(?:^|\\|)[ \\t]*Ngay${S}ky)[ \\t]*[:|]?[ \\t\\n|]*${FULL_DATE}`,
  'imu',
);

export function metadataTableDate(text: string): string | null {
  const m = foldAligned(text.slice(0, 6000)).match(ISSUED_ON);
  return m ? isoFromMatch(m, 1) : null;
}

/** The date written right after the document's own number: "Kế hoạch số 54/KH-UBND ngày 12/3/2024 …". */
const AFTER_NUMBER = new RegExp(`^[ \\t]*,?[ \\t]*(?:ban hanh[ \\t]+)?ngay${S}${FULL_DATE}`, 'iu');

/**
 * A lead that dates the issuing of the document it reproduces: "Ngày 23/8/2017, Tỉnh ủy … đã ban hành
 * Chương trình số 27-CTr/TU …" (the date opens the sentence that issues the own number).
 */
const ISSUED_BEFORE = new RegExp(
  `(?:^|[.\\n])[ \\t]*(?:[^.\\n]{0,20}?[-–:][ \\t]*)?Ngay${S}${FULL_DATE}[ \\t]*,[^.\\n]{0,160}?ban${S}hanh[ \\t]+[A-Za-z ]{0,30}?so[ \\t]*:?[ \\t]*$`,
  'iu',
);

export function ownNumberDate(text: string, ownNumber: string | null): string | null {
  if (!ownNumber) return null;
  const key = canonicalDocNumber(ownNumber);
  const head = text.slice(0, 6000);
  for (const m of findDocNumbers(head)) {
    if (m.key !== key) continue;
    const after = foldAligned(head.slice(m.index + m.raw.length, m.index + m.raw.length + 60)).match(AFTER_NUMBER);
    const before = after ? null : foldAligned(head.slice(Math.max(0, m.index - 260), m.index)).match(ISSUED_BEFORE);
    const iso = after ? isoFromMatch(after, 1) : before ? isoFromMatch(before, 1) : null;
    if (iso) return iso;
  }
  return null;
}
