import type { Random } from './random.js';
import type { District } from './sources.js';

/** The made-up but plausible identity of one generated document. */
export interface DocMeta {
  place: District;
  /** "Huyện ủy", "Quận ủy", "Thị ủy", "Thành ủy". */
  committee: string;
  /** Party issuer code of the committee: HU, QU, TU. */
  code: string;
  date: { d: number; m: number; y: number };
  number: number;
}

export interface PartyType {
  word: string;
  code: string;
}

export const PARTY_TYPES: PartyType[] = [
  { word: 'THÔNG BÁO', code: 'TB' }, { word: 'KẾT LUẬN', code: 'KL' }, { word: 'BÁO CÁO', code: 'BC' },
  { word: 'NGHỊ QUYẾT', code: 'NQ' }, { word: 'CHỈ THỊ', code: 'CT' }, { word: 'KẾ HOẠCH', code: 'KH' },
  { word: 'HƯỚNG DẪN', code: 'HD' }, { word: 'CHƯƠNG TRÌNH', code: 'CTr' }, { word: 'ĐỀ ÁN', code: 'ĐA' },
  { word: 'TỜ TRÌNH', code: 'TTr' }, { word: 'CÔNG VĂN', code: 'CV' },
];

export const RULE_TYPES: PartyType[] = [
  { word: 'QUY ĐỊNH', code: 'QĐi' }, { word: 'QUY CHẾ', code: 'QC' }, { word: 'QUYẾT ĐỊNH', code: 'QĐ' },
];

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Võ', 'Phan', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Lâm'];
const MIDDLES = ['Văn', 'Thị', 'Hữu', 'Minh', 'Quốc', 'Thanh', 'Ngọc', 'Đức', 'Thái', 'Hoàng'];
const GIVEN = ['Phương', 'Hòa', 'Hùng', 'Lan', 'Dũng', 'Tuấn', 'Hải', 'Thủy', 'Khánh', 'Sơn', 'Nam', 'Bình', 'Trung', 'Hạnh', 'Tâm'];

/** Well-known central directives, cited everywhere (so their facet counts are large). */
export const CENTRAL_DIRECTIVES = [
  'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương về tiếp tục đổi mới, sắp xếp tổ chức bộ máy',
  'Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng',
  'Quy định số 114-QĐ/TW ngày 11/7/2023 của Bộ Chính trị về kiểm soát quyền lực',
  'Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về tổ chức đại hội đảng bộ các cấp',
  'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
];

export function committeeOf(place: District): { committee: string; code: string } {
  switch (place.districtType) {
    case 'Quận': return { committee: 'Quận ủy', code: 'QU' };
    case 'Thị xã': return { committee: 'Thị ủy', code: 'TU' };
    case 'Thành phố': return { committee: 'Thành ủy', code: 'TU' };
    default: return { committee: 'Huyện ủy', code: 'HU' };
  }
}

/** A place, a date between 2010 and 2025 (more recent years likelier) and a number. */
export function randomMeta(rng: Random, places: District[]): DocMeta {
  const place = rng.skewed(places, 1.4);
  const y = 2025 - Math.floor(15 * rng.next() ** 1.3);
  const m = rng.int(1, 12);
  const d = rng.int(1, new Date(Date.UTC(y, m, 0)).getUTCDate());
  return { place, ...committeeOf(place), date: { d, m, y }, number: rng.int(1, 480) };
}

export function signerName(rng: Random): string {
  return `${rng.pick(SURNAMES)} ${rng.pick(MIDDLES)} ${rng.pick(GIVEN)}`;
}

/** A provincial directive in this province's numbering: "Chỉ thị số 12-CT/TU ngày 3/4/2019 của Ban Thường vụ Tỉnh ủy". */
export function provincialDirective(rng: Random, subject: string): string {
  const kind = rng.pick([['Chỉ thị', 'CT'], ['Nghị quyết', 'NQ'], ['Kết luận', 'KL'], ['Kế hoạch', 'KH']] as const);
  const n = 1 + Math.floor(60 * rng.next() ** 2);
  const y = 2010 + ((n * 7) % 15);
  return `${kind[0]} số ${String(n).padStart(2, '0')}-${kind[1]}/TU ngày ${(n % 27) + 1}/${(n % 12) + 1}/${y} của Ban Thường vụ Tỉnh ủy về ${subject}`;
}

export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
