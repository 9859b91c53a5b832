import type { DocType } from '../../lib/schema/records.js';
import { contextYear } from './context-year.js';
import { headerDate, metadataTableDate, ownNumberDate } from './date-sources.js';
import { datelineIso, findDateline } from './dateline.js';
import { pageYear } from './page-date.js';

/**
 * The date a document speaks for, only ever its own, from the first evidence source that gives one:
 * 1. the header's place-date line ("Cà Mau, ngày 17 tháng 11 năm 2023"), in the header, else near
 *    the top of the page (portal noise or a misread title can end the header early);
 * 2. the date written with the document's own number ("Kế hoạch số 54/KH-UBND ngày 12/3/2024 …");
 * 3. a legal database's "Ngày ban hành" field;
 * 4. for a meeting notice, a conclusion or a news report, the event's date in its dateline, its year
 *    written, else from the page's date line, else from what the lead says about the time.
 * A cited document's date ("thực hiện Chỉ thị số 10-CT/TU, ngày 15/6/2016 …") is never taken; a
 * dateline whose year nothing determines leaves the date unknown.
 */

const LEAD_TYPES: DocType[] = ['thong_bao', 'ket_luan', 'tin_bai', 'khac'];

function eventDate(text: string): string | null {
  const lines = text.split('\n');
  const d = findDateline(lines);
  if (!d) return null;
  const year = d.year ?? pageYear(lines, d) ?? contextYear(lines, d);
  return year ? datelineIso(d, year) : null;
}

export function findDocumentDate(text: string, bodyStart: number, docType: DocType, ownNumber: string | null = null): string | null {
  const top = text.slice(0, Math.max(bodyStart, Math.min(text.length, 3000)));
  const written = headerDate(top) ?? ownNumberDate(text, ownNumber) ?? metadataTableDate(text);
  if (written) return written;
  return LEAD_TYPES.includes(docType) ? eventDate(text) : null;
}
