import type { DocType } from '../../lib/schema/records.js';
import { foldKey } from '../../lib/vietnamese/index.js';

/** Type words as they head a document (folded), longest first so "thong bao ket luan" wins. */
const TYPE_WORDS: [string, DocType][] = [
  ['thong bao ket luan', 'thong_bao'],
  ['thong bao', 'thong_bao'],
  ['ket luan', 'ket_luan'],
  ['bao cao', 'bao_cao'],
  ['nghi quyet', 'nghi_quyet'],
  ['chi thi', 'chi_thi'],
  ['ke hoach', 'ke_hoach'],
  ['quy dinh', 'quy_dinh'],
  ['quy che', 'quy_dinh'],
  ['quyet dinh', 'quyet_dinh'],
  ['huong dan', 'huong_dan'],
  ['chuong trinh', 'chuong_trinh'],
  ['de an', 'de_an'],
  ['to trinh', 'to_trinh'],
  ['cong van', 'cong_van'],
];

/** The document type named by a title's type line ("THÔNG BÁO", "KẾT LUẬN" …), or null. */
export function docTypeFromTypeLine(line: string): DocType | null {
  const key = foldKey(line).replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
  for (const [word, type] of TYPE_WORDS) {
    if (key === word || key.startsWith(`${word} `)) return type;
  }
  return null;
}

/** True when the line is a type line: the type word in capitals, possibly followed by more capitals. */
export function isTypeLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length < 80 && t === t.toUpperCase() && docTypeFromTypeLine(t) !== null;
}
