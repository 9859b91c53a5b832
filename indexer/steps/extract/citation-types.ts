import { canonicalDocNumber } from '../../../lib/vietnamese/index.js';

/**
 * Type of a cited document: from the type word before its number ("Quy định số 102-QĐ/TW" is a
 * quy_dinh although its code says QĐ), else from the number's type code, else a state number without
 * a type code is a công văn.
 */

/** Type words, longest first so "thông báo kết luận" wins over "kết luận"; null = generic ("văn bản"). */
export const TYPE_WORDS: [string, string | null][] = [
  ['thông báo kết luận', 'thong_bao'],
  ['kết luận thanh tra', 'ket_luan'],
  ['thông tư liên tịch', 'thong_tu_lien_tich'],
  ['nghị quyết', 'nghi_quyet'],
  ['nghị định', 'nghi_dinh'],
  ['quyết định', 'quyet_dinh'],
  ['quy định', 'quy_dinh'],
  ['chỉ thị', 'chi_thi'],
  ['kết luận', 'ket_luan'],
  ['kế hoạch', 'ke_hoach'],
  ['công văn', 'cong_van'],
  ['công điện', 'cong_dien'],
  ['thông tư', 'thong_tu'],
  ['thông tri', 'thong_tri'],
  ['thông báo', 'thong_bao'],
  ['báo cáo', 'bao_cao'],
  ['hướng dẫn', 'huong_dan'],
  ['chương trình', 'chuong_trinh'],
  ['đề án', 'de_an'],
  ['tờ trình', 'to_trinh'],
  ['quy chế', 'quy_che'],
  ['biên bản', 'bien_ban'],
  ['bản án', 'ban_an'],
  ['luật', 'luat'],
  ['giấy phép', 'giay_phep'],
  ['hợp đồng', 'hop_dong'],
  ['lệnh', 'lenh'],
  ['văn bản', null],
];

export const TYPE_WORD_RE = new RegExp(`(?<![\\p{L}])(?:${TYPE_WORDS.map(([w]) => w).join('|')})(?![\\p{L}])`, 'gu');

const BY_CODE: Record<string, string> = {
  NQ: 'nghi_quyet',
  QĐ: 'quyet_dinh',
  QĐI: 'quy_dinh',
  CT: 'chi_thi',
  KL: 'ket_luan',
  QC: 'quy_che',
  HD: 'huong_dan',
  TB: 'thong_bao',
  TBKL: 'thong_bao',
  BC: 'bao_cao',
  KH: 'ke_hoach',
  CTR: 'chuong_trinh',
  ĐA: 'de_an',
  TTR: 'to_trinh',
  CV: 'cong_van',
  BB: 'bien_ban',
  NĐ: 'nghi_dinh',
  CĐ: 'cong_dien',
  CD: 'cong_dien',
  TTLT: 'thong_tu_lien_tich',
};

export function typeFromWord(word: string): string | null {
  return TYPE_WORDS.find(([w]) => w === word)?.[1] ?? null;
}

/** Type from the number itself: its type code (TT is a thông tri in Party form, a thông tư in state form). */
export function typeFromCode(typeCode: string | null, form: 'party' | 'state'): string | null {
  if (!typeCode) return form === 'state' ? 'cong_van' : null;
  const code = canonicalDocNumber(typeCode);
  if (code === 'TT') return form === 'party' ? 'thong_tri' : 'thong_tu';
  return BY_CODE[code] ?? (form === 'state' ? 'cong_van' : null);
}
