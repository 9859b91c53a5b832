import type { DocType } from '../../lib/schema/records.js';
import { foldKey } from '../../lib/vietnamese/index.js';

/** Type words as they head a document, longest first so "Thông báo kết luận" wins over "Thông báo". */
const TYPE_WORDS: [string, DocType][] = ([
  ['Thông báo kết luận', 'thong_bao'], ['Thông báo', 'thong_bao'], ['Kết luận', 'ket_luan'], ['Báo cáo', 'bao_cao'],
  ['Nghị quyết', 'nghi_quyet'], ['Chỉ thị', 'chi_thi'], ['Kế hoạch', 'ke_hoach'], ['Quy định', 'quy_dinh'],
  ['Quy chế', 'quy_dinh'], ['Quyết định', 'quyet_dinh'], ['Hướng dẫn', 'huong_dan'], ['Chương trình', 'chuong_trinh'],
  ['Đề án', 'de_an'], ['Tờ trình', 'to_trinh'], ['Công văn', 'cong_van'],
] as [string, DocType][]).map(([w, t]) => [foldKey(w), t]);

const DISPLAY = new Map([
  'Thông báo kết luận', 'Thông báo', 'Kết luận', 'Báo cáo', 'Nghị quyết', 'Chỉ thị', 'Kế hoạch', 'Quy định', 'Quy chế',
  'Quyết định', 'Hướng dẫn', 'Chương trình', 'Đề án', 'Tờ trình', 'Công văn',
].map((w) => [foldKey(w).replace(/ /g, ''), w]));

/** A type line damaged by OCR ("K ÉT LUẬN") in its usual spelling ("Kết luận"); null when not damaged. */
export function repairedTypeWords(line: string): string | null {
  const key = foldKey(line).replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!/\b[a-z]\b/.test(key) || TYPE_WORDS.some(([w]) => key === w || key.startsWith(`${w} `))) return null;
  return DISPLAY.get(key.replace(/ /g, '')) ?? null;
}

/**
 * The document type named by a title's type line ("THÔNG BÁO", "KẾT LUẬN" …), or null. A type line
 * whose letters OCR spaced apart ("K ÉT LUẬN", "B Á O C Á O") is read without its spaces.
 */
export function docTypeFromTypeLine(line: string): DocType | null {
  const key = foldKey(line).replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
  for (const [word, type] of TYPE_WORDS) {
    if (key === word || key.startsWith(`${word} `)) return type;
  }
  const squeezed = key.replace(/ /g, '');
  if (key.length > 40 || !/\b[a-z]\b/.test(key)) return null;
  return TYPE_WORDS.find(([word]) => squeezed === word.replace(/ /g, ''))?.[1] ?? null;
}

/** True when the line is a type line: the type word in capitals, possibly followed by more capitals. */
export function isTypeLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length < 80 && t === t.toUpperCase() && docTypeFromTypeLine(t) !== null;
}
