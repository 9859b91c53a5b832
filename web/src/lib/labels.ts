/** Vietnamese names of document types and other labels shown in the UI. */
export const DOC_TYPE_NAMES: Record<string, string> = {
  thong_bao: 'Thông báo', ket_luan: 'Kết luận', bao_cao: 'Báo cáo', nghi_quyet: 'Nghị quyết', chi_thi: 'Chỉ thị',
  ke_hoach: 'Kế hoạch', quy_dinh: 'Quy định', quyet_dinh: 'Quyết định', huong_dan: 'Hướng dẫn',
  chuong_trinh: 'Chương trình', de_an: 'Đề án', to_trinh: 'Tờ trình', cong_van: 'Công văn', tin_bai: 'Tin bài', khac: 'Khác',
};

/** 2023-09-12 → 12/9/2023, the way Vietnamese documents write dates. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
}
