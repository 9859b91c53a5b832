import { foldKey } from '../../../../lib/vietnamese/index.js';
import { MERGED_INTO, REORGANISED } from '../../../../lib/gazetteer/history.js';
import type { Gazetteer } from '../../../../lib/gazetteer/types.js';
import type { PlaceMention } from './mentions.js';

/**
 * Documents after the 2025 reorganisation (REORGANISED): no district level, 34 provinces. Without a
 * date, a text still tells it: a commune's first congress of the 2025-2030 term ("Đại hội Đảng bộ xã
 * lần thứ I, nhiệm kỳ 2025 - 2030"), or a commune "thành lập trên cơ sở sáp nhập" in 2025.
 */
export function afterReorganisation(text: string, date: string | null): boolean {
  if (date) return date >= REORGANISED;
  const f = foldKey(text);
  return (
    /(?:xa|phuong|dac khu)[^.\n]{0,80}lan thu i\b[^.\n]{0,20}nhiem ky 2025 ?[-–] ?2030/u.test(f) ||
    (/(?:thanh lap|hinh thanh) tren co so (?:sap nhap|hop nhat|sap xep)/u.test(f) &&
      /nhiem ky 2025 ?[-–] ?2030/u.test(f))
  );
}

/**
 * The province of a reorganised document: only a province the text names ("tỉnh Tuyên Quang",
 * "Tỉnh ủy Thanh Hóa", the header, the site), as it was after the merger. Former districts and
 * communes ("sáp nhập xã A, xã B và thị trấn C") name what the place was, not the province now.
 */
export function reorganisedProvince(named: PlaceMention[], g: Gazetteer): string | null {
  const scores = new Map<string, number>();
  for (const m of named) {
    if (m.kind !== 'province' || m.via === 'bare') continue;
    for (const code of new Set(m.names.map((n) => MERGED_INTO[n.place.code] ?? n.place.code)))
      scores.set(code, (scores.get(code) ?? 0) + 1);
  }
  const sorted = [...scores].sort((a, b) => b[1] - a[1]);
  if (sorted.length === 0 || (sorted[1] && sorted[0]![1] < 2 * sorted[1][1])) return null;
  return g.provinces.has(sorted[0]![0]) ? sorted[0]![0] : null;
}
