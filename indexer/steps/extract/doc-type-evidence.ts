import { DOC_TYPES, type DocType } from '../../../lib/schema/records.js';
import { findDocNumbers, foldKey } from '../../../lib/vietnamese/index.js';
import { typeFromCode } from './citation-types.js';
import { docTypeFromTypeLine } from './doc-type.js';
import { announcesItself } from './notice-voice.js';

/**
 * The type of a page without a type line in capitals, from what else says it, in this order:
 * 1. a legal database's metadata table ("Loại văn bản | Nghị quyết");
 * 2. a document's header without its type line: the type code of its own number ("Số 311-BC/HU");
 * 3. a page reproducing a document's full text under a short lead ("Nội dung Chỉ thị như sau:",
 *    "… giới thiệu toàn văn Kế hoạch …", "… giới thiệu bài phát biểu …" then "Kính thưa"): that
 *    document's type (a speech is `khac`); a report about a document stays a news report;
 * 4. a capitals heading of a kind outside the type list ("ĐỀ CƯƠNG TUYÊN TRUYỀN …") over its text: `khac`;
 * 5. a portal notice ("Ban Thường vụ Huyện ủy thông báo lịch tiếp công dân …") is a thông báo.
 * Keywords are matched on folded text, so scrambled diacritics ("KẾT LỦẬN") still count.
 */

const asDocType = (t: string | null): DocType | null =>
  t && (DOC_TYPES as readonly string[]).includes(t) ? (t as DocType) : t === 'quy_che' ? 'quy_dinh' : null;

/** Folded lines of the page's opening, scraper escapes ("\r\n" written out) read as line breaks. */
function openingLines(text: string, chars: number): string[] {
  return text
    .slice(0, chars)
    .replace(/\\r\\n|\\n/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function fromTable(text: string): DocType | null {
  for (const line of text.slice(0, 6000).split('\n')) {
    const m = foldKey(line).match(/(?:^|\|)[ \t]*loai van ban[ \t]*[|:][ \t]*([a-z ]{4,30})/u);
    if (m) return docTypeFromTypeLine(m[1]!);
  }
  return null;
}

const OFFICIAL_HEAD = /^(?:dang cong san viet nam|cong hoa xa hoi chu nghia)|^so[ \t]*:?[ \t]*\d/u;

function fromOwnNumber(lines: string[]): DocType | null {
  const head = lines.slice(0, 25);
  if (!head.some((l) => OFFICIAL_HEAD.test(foldKey(l).replace(/\|/g, ' ').trim()))) return null;
  for (const line of head) {
    const m = line.replace(/^[\s|•*]+/u, '').match(/^Số(?:[ \t]+hiệu)?[ \t]*[:.]?[ \t]*/iu);
    if (!m) continue;
    const n = findDocNumbers(line.replace(/^[\s|•*]+/u, '').slice(m[0].length))[0];
    if (n && n.index <= 2) return asDocType(typeFromCode(n.typeCode, n.form));
  }
  return null;
}

/**
 * A heading in capitals that is a type word and the document's number ("KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH
 * TRỊ …", diacritics scrambled or not) heads the reproduced document itself when the number's type code
 * is that type.
 */
function fromNumberedHeading(lines: string[]): DocType | null {
  for (const line of lines.slice(0, 3)) {
    if (line !== line.toUpperCase()) continue;
    const type = docTypeFromTypeLine(line.split(/\s+/).slice(0, 3).join(' '));
    const n = findDocNumbers(line)[0];
    if (type && n && n.index <= 25 && asDocType(typeFromCode(n.typeCode, n.form)) === type) return type;
  }
  return null;
}

/**
 * A page that is nothing but a document's title ("Chỉ thị của Chủ tịch Uỷ ban nhân dân tỉnh về việc …"): a
 * portal's print view of the document, so its type. A report's headline comes with a report under it.
 */
function fromTitleOnly(lines: string[]): DocType | null {
  if (lines.length !== 1 || lines[0]!.length > 400) return null;
  const m = foldKey(lines[0]!).match(new RegExp(`^(${TYPE_KEYS})[ \\t]+(?:cua|ve|so)[ \\t]`, 'u'));
  return m ? docTypeFromTypeLine(m[1]!) : null;
}

/** Kinds of document outside the type list (`khac`): an outline for propaganda, a speech, an appeal, a letter. */
const OTHER_KINDS = '(?:de cuong|dien van|loi keu goi|thu (?:chuc mung|gui|khen|cam on|keu goi))(?![a-z])';
const TYPE_KEYS =
  'thong bao ket luan|thong bao|ket luan|bao cao|nghi quyet|chi thi|ke hoach|quy dinh|quy che|quyet dinh|huong dan|chuong trinh|de an|to trinh|cong van';
const LEAD = new RegExp(
  `(?:noi dung|toan van)[ \\t]+(?:cua[ \\t]+)?(${TYPE_KEYS})(?![a-z])[^.:!\\n]{0,200}:[ \\t]*$`,
  'mu',
);
const GIVES = new RegExp(
  `(?:gioi thieu[ \\t]+(?:toan van[ \\t]+(?:ban[ \\t]+)?)?|(?:dang|dang tai|cong bo)[ \\t]+toan van[ \\t]+(?:ban[ \\t]+)?)(?:noi dung[ \\t]+)?(?:(${TYPE_KEYS})(?![a-z])|(?:bai[ \\t]+)?(?:phat bieu|dien van)|${OTHER_KINDS})`,
  'u',
);
/** The reproduced document starts: a heading, a first article, a salutation, or a "Thực hiện/Căn cứ" opening. */
const BODY_START = /^(?:i[.\-]|1\.|dieu 1|phan (?:thu )?(?:i|nhat)|kinh thua|thua |thuc hien|can cu|quyet nghi)/u;
/** "Nội dung Chỉ thị như sau:" announces the text itself: whatever its first line, the text follows. */
const AS_FOLLOWS = /nhu sau[ \t]*:[ \t]*$/u;

function fromLead(lines: string[]): DocType | null {
  const folded = lines.map(foldKey);
  for (let i = 0; i < Math.min(folded.length, 8); i++) {
    const lead = LEAD.exec(folded[i]!);
    const gives = lead ? null : GIVES.exec(folded[i]!);
    if (!lead && !gives) continue;
    if (!(lead && AS_FOLLOWS.test(folded[i]!)) && !folded.slice(i + 1, i + 6).some((l) => BODY_START.test(l))) continue;
    const word = lead?.[1] ?? gives?.[1];
    return word ? docTypeFromTypeLine(word) : 'khac';
  }
  return null;
}

/**
 * A heading in capitals that names a kind of document outside the type list ("ĐỀ CƯƠNG TUYÊN TRUYỀN …",
 * "DIỄN VĂN …", "LỜI KÊU GỌI …") with the document's text under it: that document, `khac`.
 */
function fromOtherKindHeading(lines: string[]): DocType | null {
  const at = lines
    .slice(0, 3)
    .findIndex((l) => l === l.toUpperCase() && new RegExp(`^${OTHER_KINDS}`, 'u').test(foldKey(l)));
  return at >= 0 &&
    lines
      .slice(at + 1, at + 6)
      .map(foldKey)
      .some((l) => BODY_START.test(l))
    ? 'khac'
    : null;
}

const NOTICE =
  /^(?:ban thuong vu|thuong truc|van phong|uy ban nhan dan|ubnd|huyen uy|tinh uy|thanh uy|quan uy|thi uy|dang uy)(?:[ \t]+[^ \t]+){0,4}?[ \t]+thong bao[ \t]+(?:lich|ve viec|viec|danh sach|ket qua tuyen|tuyen dung)(?![a-z])/u;

/**
 * The type for a page whose title block has no type line: `found` is what the title gave (`khac`
 * for a document, `tin_bai` for a news report), kept when nothing else says the type.
 */
export function typeWithoutTypeLine(text: string, found: DocType, headline: string): { type: DocType; source: string } {
  const lines = openingLines(text, 4000);
  const table = fromTable(text);
  if (table) return { type: table, source: 'metadata-table' };
  const own = fromOwnNumber(lines);
  if (own) return { type: own, source: 'own-number' };
  if (found !== 'tin_bai') return { type: found, source: 'layout' };
  const lead = fromLead(lines);
  if (lead) return { type: lead, source: 'full-text-lead' };
  const only = fromTitleOnly(lines);
  if (only) return { type: only, source: 'title-only' };
  const heading = fromNumberedHeading(lines);
  if (heading) return { type: heading, source: 'numbered-heading' };
  const kind = fromOtherKindHeading(lines);
  if (kind) return { type: kind, source: 'other-kind-heading' };
  if (NOTICE.test(foldKey(headline))) return { type: 'thong_bao', source: 'notice-headline' };
  return announcesItself(text) ? { type: 'thong_bao', source: 'notice-voice' } : { type: found, source: 'layout' };
}
