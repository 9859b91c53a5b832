import { findDocNumbers } from '../../../lib/vietnamese/index.js';
import { bodyAfterCua, bodyEndingAt, endsWithPersonName, type Txt } from './bodies.js';
import { parseVietnameseDate } from './date.js';
import { TYPE_WORD_RE } from './citation-types.js';

/**
 * What precedes a cited number: its type word ("Chỉ thị số", "Quyết định buộc thi hành án số"),
 * an issuer written before the number ("Quyết định của Bộ Chính trị số 31-QĐ/TW") and the "X đã ban
 * hành / có / ký <type>" pattern that names the issuer and, with "Ngày D/M/Y, …", the date.
 */

export interface Lead {
  /** The type word as written, e.g. "Chỉ thị"; null when none stands before the number. */
  typeWord: string | null;
  /** The type word lower-cased with modern tones, for the type look-up. */
  typeKey: string | null;
  issuer: string | null;
  date: string | null;
}

const SUBJECT_ISSUES =
  /(?:^|[,;:(]\s*|\n\s*)(?:(?:(?:và|đến|vào|tới)\s+)*ngày\s+([\d/.\-\s]{6,12}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*,\s*)?([^,;:.()\n]{2,110}?)\s+(?:(?:đã|vừa|cũng|mới)\s+)*(?:ký\s+ban\s+hành|ban\s+hành|ký|có)\s+$/du;

/** The clause before `index`: back to the previous sentence or clause end, at most 160 characters. */
function clauseStart(t: Txt, index: number): number {
  const from = Math.max(0, index - 160);
  const window = t.raw.slice(from, index);
  const cut = Math.max(window.lastIndexOf('\n'), window.search(/[.;!?](?=\s)[^.;!?]*$/u));
  return from + (cut >= 0 ? cut + 1 : 0);
}

function issuerOfSubject(t: Txt, from: number, typeStart: number): { issuer: string | null; date: string | null } {
  const m = SUBJECT_ISSUES.exec(t.low.slice(from, typeStart));
  if (!m) return { issuer: null, date: null };
  const [start, end] = m.indices![2]!;
  const body = bodyEndingAt(t, from + start, from + end);
  const person = body ? endsWithPersonName(body.text) : false;
  return { issuer: body && !person ? body.text : null, date: body && m[1] ? parseVietnameseDate(m[1]) : null };
}

export function readLead(t: Txt, numberStart: number): Lead {
  const from = clauseStart(t, numberStart);
  const window = t.low.slice(from, numberStart);
  const matches = [...window.matchAll(TYPE_WORD_RE)];
  const last = matches[matches.length - 1];
  const none: Lead = { typeWord: null, typeKey: null, issuer: null, date: null };
  if (!last) return none;
  const typeStart = from + (last.index ?? 0);
  const typeEnd = typeStart + last[0].length;
  const gap = t.low.slice(typeEnd, numberStart);
  const direct = /^[ \t]*(?:số)?[ \t]*:?[ \t]*$/u.test(gap);
  const viaSo =
    /^[^.;]{1,90}[ \t(]số[ \t]*:?[ \t]*$/u.test(gap) && findDocNumbers(t.raw.slice(typeEnd, numberStart)).length === 0;
  if (!direct && !viaSo) return none;
  const cua = viaSo ? gap.search(/(?<![\p{L}])của[ \t]/u) : -1;
  const before = cua >= 0 ? bodyAfterCua(t, typeEnd + cua) : null;
  const subject = issuerOfSubject(t, from, typeStart);
  return {
    typeWord: t.raw.slice(typeStart, typeEnd),
    typeKey: last[0],
    issuer: before?.text ?? subject.issuer,
    date: subject.date,
  };
}
