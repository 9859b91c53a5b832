/** Vietnamese names of document types and other labels shown in the UI. */
import type { DocType, FacetName, SortMode, TrendBy, TrendInterval } from '../../../lib/schema/literals.js';

/** Every document type has a name (`satisfies`); any other code is shown as it is. */
export const DOC_TYPE_NAMES: Record<string, string> = {
  thong_bao: 'Thông báo',
  ket_luan: 'Kết luận',
  bao_cao: 'Báo cáo',
  nghi_quyet: 'Nghị quyết',
  chi_thi: 'Chỉ thị',
  ke_hoach: 'Kế hoạch',
  quy_dinh: 'Quy định',
  quyet_dinh: 'Quyết định',
  huong_dan: 'Hướng dẫn',
  chuong_trinh: 'Chương trình',
  de_an: 'Đề án',
  to_trinh: 'Tờ trình',
  cong_van: 'Công văn',
  tin_bai: 'Tin bài',
  khac: 'Khác',
} satisfies Record<DocType, string>;

/** How an extracted value was found (the API's metadataSource), as the reader says it. */
export const SOURCE_NAMES: Record<string, string> = {
  'type-line': 'theo tên loại văn bản',
  header: 'theo phần đầu văn bản',
  'own-number': 'theo số, ký hiệu văn bản',
  'metadata-table': 'theo bảng thuộc tính',
  dateline: 'theo dòng mở đầu tin',
  'dateline+page-date': 'theo dòng mở đầu tin và ngày đăng',
  'dateline+context': 'theo dòng mở đầu tin và năm nêu trong bài',
  text: 'theo nội dung văn bản',
  site: 'theo tên trang, báo',
  reorganised: 'theo địa danh sau sắp xếp năm 2025',
  layout: 'theo bố cục',
  'full-text-lead': 'theo lời dẫn toàn văn',
  'notice-headline': 'theo tiêu đề thông báo',
  correction: 'do người lưu trữ sửa',
};

export function docTypeName(code: string | null | undefined): string {
  if (!code) return 'Văn bản';
  return DOC_TYPE_NAMES[code] ?? code;
}

export const FACET_TITLES = {
  district: 'Huyện',
  province: 'Tỉnh',
  issuer: 'Cơ quan ban hành',
  docType: 'Loại văn bản',
  year: 'Năm',
  directive: 'Văn bản được trích dẫn',
} as const satisfies Record<FacetName, string>;

export const SORT_NAMES = {
  relevance: 'Phù hợp nhất',
  date_desc: 'Mới nhất trước',
  date_asc: 'Cũ nhất trước',
} as const satisfies Record<SortMode, string>;
export const INTERVAL_NAMES = { month: 'Theo tháng', quarter: 'Theo quý', year: 'Theo năm' } as const satisfies Record<
  TrendInterval,
  string
>;
export const TREND_BY_NAMES = { district: 'Theo huyện', province: 'Theo tỉnh' } as const satisfies Record<
  TrendBy,
  string
>;

/** 2023-09-12 → 12/9/2023, the way Vietnamese documents write dates. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Trend periods: 2023-09 → 9/2023, 2023-Q3 → Quý III/2023, 2023 → 2023. */
export function formatPeriod(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${Number(month[2])}/${month[1]}`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `Quý ${ROMAN[Number(quarter[2]) - 1]}/${quarter[1]}`;
  return period;
}

export function formatCount(n: number): string {
  return n.toLocaleString('vi-VN');
}

/**
 * Section splitting also cuts at numbered paragraphs ("2.1. Ủy ban nhân dân huyện chỉ đạo …"),
 * whose "heading" is a whole sentence. Longer than this, a heading line is shown as text.
 */
export const MAX_HEADING_CHARS = 100;

export function isTitleLike(heading: string | null | undefined): heading is string {
  return Boolean(heading && heading.trim().length <= MAX_HEADING_CHARS);
}
