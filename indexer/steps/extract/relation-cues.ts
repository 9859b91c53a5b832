import type { CitationRelation } from '../../../lib/schema/records.js';
import { foldAligned } from '../../../lib/vietnamese/index.js';
import { TYPE_WORDS } from './citation-types.js';

/**
 * The words that say how a sentence relates its citing document to a cited one ("thực hiện",
 * "thay thế", "căn cứ" …), matched on accent-folded lower-case text so that OCR and unaccented text
 * read the same. Each cue has the relation it signals; `mentions` cues are words that make a
 * citation a plain reference ("quy định tại", "đã ban hành") and so stop an earlier cue.
 */

export interface CueRule {
  relation: CitationRelation;
  re: RegExp;
  /** The cue governs a number only when nothing but type words and article references stand between them. */
  adjacent?: boolean;
  /** "theo <document>": carrying out in working documents (plans, conclusions); in a news report a plain reference. */
  directiveOnly?: boolean;
  /** "(sau đây gọi tắt là …)": the number repeats a citation made before; its relation comes from there. */
  alias?: boolean;
}

export interface Cue {
  relation: CitationRelation;
  start: number;
  end: number;
  rule: CueRule;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const rule = (relation: CitationRelation, source: string, extra: Partial<CueRule> = {}): CueRule => ({
  relation,
  re: new RegExp(`${B}(?:${source})${E}`, 'gu'),
  ...extra,
});

const WORDS = '(?:[\\s,]+[^\\s.;:]+){0,8}?[\\s,]+';
const PARTS = '(?:cum tu|tu|dieu|khoan|diem|phu luc|mau|bieu mau|mot so|noi dung)';

export const CUE_RULES: CueRule[] = [
  rule('reviews', `(?:so ket|tong ket|danh gia)${WORDS}(?:viec\\s+)?(?:thuc hien|trien khai)`),
  rule(
    'reviews',
    'sau\\s+(?:gan\\s+|hon\\s+|tron\\s+)?\\S+\\s+nam\\s+(?:thuc hien|trien khai)(?:\\s+theo\\s+(?:dung\\s+)?tinh than)?',
  ),
  rule('reviews', 'ket qua\\s+(?:[^\\s.;:]+\\s+){0,3}?(?:thuc hien|trien khai)'),
  rule('reviews', 'so ket|tong ket'),
  rule(
    'implements',
    'thuc hien|trien khai|quan triet|hoc tap|cu the hoa|chap hanh|tinh than|(?<!hieu luc\\s)thi hanh(?!\\s+(?:an|ky luat))',
  ),
  rule('implements', '(?<!kem\\s)theo(?:\\s+(?:dung|cac))?', { adjacent: true, directiveOnly: true }),
  rule('guides', 'huong dan\\s+(?:thuc hien|thi hanh|trien khai)'),
  rule('guides', 'huong dan\\s+(?:(?:mot so|cac)\\s+)?(?:dieu|quy dinh|noi dung)'),
  rule('guides', 'nay\\s+(?:huong dan|quy dinh chi tiet)'),
  rule('replaces', `thay the(?!\\s+${PARTS}${E})|(?:de|nham)\\s+thay(?!\\s+(?:doi|the)${E})`),
  rule(
    'replaces',
    'het hieu luc(?:\\s+thi hanh)?,?\\s+(?:ke\\s+)?tu\\s+ngay\\s+(?:\\S+\\s+){1,3}?nay\\s+co\\s+hieu\\s+luc(?:\\s+thi hanh)?',
  ),
  rule('amends', '(?<!luat\\s(?:sua doi,?\\s)?)(?:sua doi|bo sung|dieu chinh)'),
  rule('amends', `thay the\\s+${PARTS}`),
  rule('repeals', 'bai bo|huy bo'),
  rule('basis', 'can cu(?:\\s+vao)?(?:\\s+(?:cac\\s+)?quy dinh(?:\\s+(?:tai|cua))?)?'),
  rule('basis', '(?:xet|xem xet)\\s+(?:to trinh|de nghi|de xuat)'),
  rule('mentions', 'quy dinh\\s+(?:tai|cua)|theo\\s+(?:cac\\s+)?quy dinh(?!\\s*(?:so|\\d))'),
  rule(
    'mentions',
    '(?:duoc|da duoc|bi)\\s+(?:sua doi|bo sung|thay the|bai bo|huy bo)(?:\\s*,\\s*bo sung)?(?:\\s+(?:boi|tai|theo))?',
  ),
  rule('mentions', '(?:ky\\s+)?ban hanh(?!\\s+kem)|cong bo|(?:da|vua|cung)\\s+co|trong do co|vi pham', {
    adjacent: true,
  }),
  rule('mentions', '(?:goi|viet) tat la', { adjacent: true, alias: true }),
];

/** Folded lower-case text with the same offsets as the original. */
export function foldLow(text: string): string {
  return foldAligned(text).toLowerCase();
}

const TYPE_WORDS_FOLDED = TYPE_WORDS.map(([w]) => foldLow(w)).concat(['qui dinh', 'chi thi', 'nghi quyet']);
const TYPE_RE = `(?:${[...new Set(TYPE_WORDS_FOLDED)].sort((a, b) => b.length - a.length).join('|')})`;
/** Words that may stand between a cue and the number it governs: "sửa đổi khoản 2 Điều 32 Nghị định số". */
const BETWEEN_WORD =
  /^(?:dieu|khoan|diem|muc|phan|chuong|noi|dung|quy|dinh|mot|so|cac|nhung|cua|tai|va|thuc|hien|kem|theo|\p{N}+|\p{L})$/u;
const TYPE_AT_END = new RegExp(`(?:${TYPE_RE})?\\s*(?:so\\s*:?)?\\s*$`, 'u');

/** True when only article references, "của" and a type word stand between `from` and `to`. */
export function isAdjacent(low: string, from: number, to: number): boolean {
  const between = low.slice(from, to);
  if (between.length > 70 || /[;:.!?\n()“”"]/u.test(between)) return false;
  const rest = between.replace(TYPE_AT_END, '');
  return rest
    .split(/[\s,]+/u)
    .filter(Boolean)
    .every((w) => BETWEEN_WORD.test(w));
}

/** Every cue in low[from, to), by end, the longest last at equal ends (so the nearest, fullest cue is last). */
export function findCues(low: string, from: number, to: number): Cue[] {
  const part = low.slice(from, to);
  const out: Cue[] = [];
  for (const r of CUE_RULES) {
    for (const m of part.matchAll(r.re))
      out.push({ relation: r.relation, start: from + m.index, end: from + m.index + m[0].length, rule: r });
  }
  return out.sort((a, b) => a.end - b.end || a.end - a.start - (b.end - b.start));
}

const SELF_STATED: CitationRelation[] = ['replaces', 'repeals', 'amends', 'guides'];

/** A cue the citing document states of itself: "Thông tư này hướng dẫn …", "Nghị định này …, thay thế …". */
export function isSelfStated(low: string, cue: Cue): boolean {
  return (
    SELF_STATED.includes(cue.relation) &&
    /(?:nghi dinh|thong tu|quyet dinh|nghi quyet|chi thi|quy dinh|quy che|ke hoach|huong dan|van ban|luat|chuong trinh|ket luan) nay(?![\p{L}])/u.test(
      low.slice(Math.max(0, cue.start - 90), cue.end),
    )
  );
}

export { TYPE_RE };
