import type { DocType } from '../../../lib/schema/records.js';
import { findDocNumbers, foldAligned, type DocNumberMatch } from '../../../lib/vietnamese/index.js';
import { TYPE_WORDS, typeFromCode } from './citation-types.js';

/**
 * The document's own number: its identity, never one of its citations. Four places say it, tried in
 * this order:
 * 1. a header line: "Số: 137-KH/HU", "Số 45-TB/HU", a legal database's "Số hiệu: 18/2025/NQ-HĐND", or a
 *    number standing alone on a line of the header (portal noise can push the header down the page);
 * 2. the title of a page reproducing the document: a type word then the number ("Quyết định
 *    186/QĐ-UBND năm 2018 …", "Nghị Quyết số 22/NQ-TU ngày 08/6/2022 ban hành bởi Tỉnh Ủy …");
 * 3. the page's lead, "… vừa ban hành Chương trình hành động số 01-CTr/TU …", "… giới thiệu toàn văn
 *    Nghị quyết số 10-NQ/TU, ngày 18/8/2021 …", or a source line under the text ("(Nguồn: Thông báo số
 *    81/TB-UBND ngày 08/6/2021)"), when the number's type
 *    is the document's own type.
 * 2 and 3 apply to documents only: a news report's headline cites, it has no number of its own.
 */

const HEAD_LINES = 40;
const NOISE = /^(?:\\[rnt]|[\s|•*])+/u;
const TYPE_WORD = TYPE_WORDS.map(([w]) => w).join('|');
const TITLE_LEAD = new RegExp(`^(?:${TYPE_WORD})(?:[ \\t]+[\\p{L}]+){0,3}?[ \\t]+(?:số[ \\t]*:?[ \\t]*)?(?=\\d)`, 'iu');
const ISSUES = new RegExp(
  `(?:ban[ \\t]+hành|toàn[ \\t]+văn)[ \\t]+(?:${TYPE_WORD})(?:[ \\t]+[\\p{L}]+){0,3}?[ \\t]+số[ \\t]*:?[ \\t]*$`,
  'iu',
);

function lines(text: string, count: number): string[] {
  return text
    .split('\n')
    .slice(0, count)
    .map((l) => l.replace(NOISE, '').trim());
}

/** 1. "Số: …", "Số hiệu: …" or a number alone at the start of a header line. */
function headerNumber(text: string): DocNumberMatch | null {
  for (const line of lines(text, HEAD_LINES)) {
    const m = foldAligned(line).match(/^(?:So(?:[ \t]+hieu)?)[ \t]*[:.|]?[ \t]*/iu) ?? line.match(/^(?=\d)/u);
    if (!m) continue;
    const found = findDocNumbers(line.slice(m[0].length));
    if (found.length > 0 && found[0]!.index <= 2) return found[0]!;
  }
  return null;
}

/** 2. A title line of the first few that opens with a type word and the number. */
function titleNumber(text: string): DocNumberMatch | null {
  for (const line of lines(text, 12)) {
    const m = line.match(TITLE_LEAD);
    if (!m) continue;
    const found = findDocNumbers(line.slice(m[0].length));
    if (found.length > 0 && found[0]!.index === 0) return found[0]!;
  }
  return null;
}

/** 3. "ban hành <type> số N" or "toàn văn <type> số N" in the lead, N of the document's own type. */
function issuedNumber(text: string, docType: DocType): DocNumberMatch | null {
  const lead = text.slice(0, 2000);
  for (const m of findDocNumbers(lead)) {
    if (typeFromCode(m.typeCode, m.form) !== docType) continue;
    if (ISSUES.test(lead.slice(Math.max(0, m.index - 80), m.index))) return m;
  }
  return null;
}

/** 4. A portal's source line under the reproduced text: "(Nguồn: Thông báo số 81/TB-UBND ngày 08/6/2021)". */
function sourceNumber(text: string, docType: DocType): DocNumberMatch | null {
  for (const line of text.split('\n')) {
    const m = line.trim().match(/^\(?[ \t]*Nguồn[ \t]*:[ \t]*/iu);
    if (!m) continue;
    const rest = line.trim().slice(m[0].length);
    const n = findDocNumbers(rest)[0];
    if (n && n.index <= 30 && typeFromCode(n.typeCode, n.form) === docType) return n;
  }
  return null;
}

export function findOwnNumber(text: string, docType: DocType | null = null): string | null {
  const header = headerNumber(text);
  if (header) return header.display;
  if (!docType || docType === 'tin_bai' || docType === 'khac') return null;
  return (titleNumber(text) ?? issuedNumber(text, docType) ?? sourceNumber(text, docType))?.display ?? null;
}
