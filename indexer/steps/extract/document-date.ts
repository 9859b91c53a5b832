import type { DocType } from '../../../lib/schema/records.js';
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

/** A date and the evidence source that gave it (the document's provenance for its date). */
export interface SourcedDate {
  date: string;
  source: string;
}

function eventDate(text: string): SourcedDate | null {
  const lines = text.split('\n');
  const d = findDateline(lines);
  if (!d) return null;
  const page = d.year ? null : pageYear(lines, d);
  const year = d.year ?? page ?? contextYear(lines, d);
  const date = year ? datelineIso(d, year) : null;
  return date ? { date, source: d.year ? 'dateline' : page ? 'dateline+page-date' : 'dateline+context' } : null;
}

export function findDocumentDate(
  text: string,
  bodyStart: number,
  docType: DocType,
  ownNumber: string | null = null,
): string | null {
  return findSourcedDate(text, bodyStart, docType, ownNumber)?.date ?? null;
}

export function findSourcedDate(
  text: string,
  bodyStart: number,
  docType: DocType,
  ownNumber: string | null = null,
): SourcedDate | null {
  const top = text.slice(0, Math.max(bodyStart, Math.min(text.length, 3000)));
  const sourced = (date: string | null, source: string): SourcedDate | null => (date ? { date, source } : null);
  const written =
    sourced(headerDate(top), 'header') ??
    sourced(ownNumberDate(text, ownNumber), 'own-number') ??
    sourced(metadataTableDate(text), 'metadata-table');
  if (written) return written;
  return LEAD_TYPES.includes(docType) ? eventDate(text) : null;
}
