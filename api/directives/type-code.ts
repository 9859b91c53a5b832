import { findDocNumbers } from '../../lib/vietnamese/index.js';

/** Type codes of document numbers (see shared/vietnamese-documents.md) → type and its Vietnamese name. */
const CODES: Record<string, [type: string, name: string]> = {
  NQ: ['nghi_quyet', 'Nghị quyết'],
  QĐ: ['quyet_dinh', 'Quyết định'],
  QĐI: ['quy_dinh', 'Quy định'],
  CT: ['chi_thi', 'Chỉ thị'],
  KL: ['ket_luan', 'Kết luận'],
  QC: ['quy_che', 'Quy chế'],
  HD: ['huong_dan', 'Hướng dẫn'],
  TB: ['thong_bao', 'Thông báo'],
  BC: ['bao_cao', 'Báo cáo'],
  KH: ['ke_hoach', 'Kế hoạch'],
  CTR: ['chuong_trinh', 'Chương trình'],
  ĐA: ['de_an', 'Đề án'],
  TTR: ['to_trinh', 'Tờ trình'],
  CV: ['cong_van', 'Công văn'],
  NĐ: ['nghi_dinh', 'Nghị định'],
  CĐ: ['cong_dien', 'Công điện'],
  BB: ['bien_ban', 'Biên bản'],
  TTLT: ['thong_tu_lien_tich', 'Thông tư liên tịch'],
};

/** "TT" is a thông tri in the Party form (12-TT/TW) and a thông tư in the state form (01/2023/TT-BYT). */
const TT_BY_FORM = { party: ['thong_tri', 'Thông tri'], state: ['thong_tu', 'Thông tư'] } as const;

/** The document type a canonical key's type code names, or null when the key has none we know. */
export function typeFromKey(key: string): { type: string; name: string } | null {
  const m = findDocNumbers(key)[0];
  const code = m?.typeCode?.toUpperCase();
  if (!m || !code) return null;
  const hit = code === 'TT' ? TT_BY_FORM[m.form] : CODES[code];
  return hit ? { type: hit[0], name: hit[1] } : null;
}

const numberOf = (label: string): string => label.slice(label.lastIndexOf(' ') + 1);

/**
 * A label that names the type: of the cited labels that do ("Chỉ thị số 10-CT/TU"), the one written
 * like the key, else the most frequent; without one, the type name built from the key's code.
 */
export function directiveLabel(key: string, labels: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  const ranked = [...counts].sort(
    ([a, na], [b, nb]) =>
      Number(/\s/.test(b)) - Number(/\s/.test(a)) || // a bare number carries no spaces
      Number(numberOf(b) === key) - Number(numberOf(a) === key) ||
      nb - na ||
      a.localeCompare(b),
  );
  const best = ranked[0]?.[0] ?? '';
  if (/\s/.test(best)) return best;
  const t = typeFromKey(key);
  return t ? `${t.name} số ${best || key}` : best || key;
}
