import type { DocType } from '../../../lib/schema/records.js';
import { foldKey } from '../../../lib/vietnamese/index.js';

/** Type words as they head a document, longest first so "Thông báo kết luận" wins over "Thông báo". */
const TYPE_WORDS: [string, DocType][] = (
  [
    ['Thông báo kết luận', 'thong_bao'],
    ['Thông báo', 'thong_bao'],
    ['Kết luận', 'ket_luan'],
    ['Báo cáo', 'bao_cao'],
    ['Nghị quyết', 'nghi_quyet'],
    ['Chỉ thị', 'chi_thi'],
    ['Kế hoạch', 'ke_hoach'],
    ['Quy định', 'quy_dinh'],
    ['Quy chế', 'quy_dinh'],
    ['Quyết định', 'quyet_dinh'],
    ['Hướng dẫn', 'huong_dan'],
    ['Chương trình', 'chuong_trinh'],
    ['Đề án', 'de_an'],
    ['Tờ trình', 'to_trinh'],
    ['Công văn', 'cong_van'],
  ] as [string, DocType][]
).map(([w, t]) => [foldKey(w), t]);

const DISPLAY = new Map(
  [
    'Thông báo kết luận',
    'Thông báo',
    'Kết luận',
    'Báo cáo',
    'Nghị quyết',
    'Chỉ thị',
    'Kế hoạch',
    'Quy định',
    'Quy chế',
    'Quyết định',
    'Hướng dẫn',
    'Chương trình',
    'Đề án',
    'Tờ trình',
    'Công văn',
  ].map((w) => [foldKey(w).replace(/ /g, ''), w]),
);

/**
 * The type line as a title starts: its type word in the usual spelling, even where OCR damaged it
 * ("KÉT LUẬN", "K ÉT LUẬN" → "Kết luận"), and the rest of the line in lower case.
 */
export function typeLineTitle(line: string): string {
  const words = line.trim().split(/\s+/);
  const key = foldKey(line)
    .replace(/[^a-z ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const word = TYPE_WORDS.find(([w]) => key === w || key.startsWith(`${w} `))?.[0];
  const rest = (n: number): string => words.slice(n).join(' ').toLocaleLowerCase('vi');
  if (word) return `${DISPLAY.get(word.replace(/ /g, ''))} ${rest(word.split(' ').length)}`.trim();
  const squeezed = DISPLAY.get(key.replace(/ /g, ''));
  if (squeezed) return squeezed;
  const lower = line.trim().toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/**
 * The document type named by a title's type line ("THÔNG BÁO", "KẾT LUẬN" …), or null. A type line
 * whose letters OCR spaced apart ("K ÉT LUẬN", "B Á O C Á O") is read without its spaces.
 */
export function docTypeFromTypeLine(line: string): DocType | null {
  const key = foldKey(line)
    .replace(/[^a-z ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
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
