import type { DocumentDetail, DocumentSection } from './api.js';
import { docTypeName, formatDate } from './labels.js';

function lowerFirst(s: string): string {
  return s ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** The subject of a title without its leading type word: "Thông báo ý kiến …" → "ý kiến …". */
export function titleSubject(title: string, docType: string): string {
  const type = docTypeName(docType);
  const t = title.trim();
  return t.toLowerCase().startsWith(type.toLowerCase()) ? t.slice(type.length).trim() : lowerFirst(t);
}

/** "3.7." or a heading line → "mục 3.7"; headings without a number are quoted. */
export function sectionReference(section: DocumentSection): string | null {
  const last = section.path[section.path.length - 1]?.replace(/[.)\s]+$/, '');
  if (last) return `mục ${last}`;
  const heading = section.heading?.trim();
  return heading ? `phần “${heading.length > 80 ? `${heading.slice(0, 79)}…` : heading}”` : null;
}

/**
 * A Vietnamese-style reference: type, number, date, issuer, the subject (trích yếu) in quotes, then
 * the section: "Thông báo số 123-TB/HU ngày 12/9/2023 của Thường trực Huyện ủy Trà Cú “ý kiến kết luận
 * …”, mục 3.7." The issuer is not repeated when the subject names it. Parts the archive does not know
 * are left out rather than guessed.
 */
export function formatCitation(doc: DocumentDetail, section: DocumentSection | null): string {
  const number = doc.ownNumber;
  const subject = titleSubject(doc.title, doc.docType).replace(/[.,;:\s]+$/, '');
  const parts = [docTypeName(doc.docType)];
  if (number) parts.push(`số ${number}`);
  if (doc.date) parts.push(`ngày ${formatDate(doc.date)}`);
  if (doc.issuer && !subject.includes(doc.issuer)) parts.push(`của ${doc.issuer}`);
  if (subject) parts.push(`“${subject}”`);
  let text = parts.join(' ').replace(/\s+/g, ' ');
  const ref = section ? sectionReference(section) : null;
  if (ref) text += `, ${ref}`;
  const place = [doc.district, doc.province].filter((p): p is string => Boolean(p));
  const issuerNamesPlace = place.some((p) => (doc.issuer ?? '').includes(p) || subject.includes(p));
  if (place.length > 0 && !issuerNamesPlace) text += ` (${place.join(', ')})`;
  return `${text}.`;
}
