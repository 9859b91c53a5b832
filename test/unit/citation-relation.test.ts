import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../indexer/steps/extract/citations.js';
import { normalizeDocument } from '../../indexer/steps/normalize.js';
import type { RawSection } from '../../indexer/steps/types.js';

/** The relation of every citation of a text, as the indexer extracts them: "KEY relation". */
function relations(text: string, doc: { title?: string; docType?: string } = {}): string[] {
  const sections: RawSection[] = [{ heading: null, path: [], text: normalizeDocument(text), kind: 'body' }];
  const found = extractCitations(sections, null, { title: doc.title ?? null, docType: doc.docType ?? 'bao_cao' });
  return [...new Set(found.map((c) => `${c.key} ${c.relation}`))];
}

describe('the relation a citing sentence states', () => {
  it.each([
    [
      'implements',
      'Thực hiện Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị, Ban Thường vụ Huyện ủy ban hành kế hoạch như sau:',
      '35-CT/TW',
    ],
    ['implements', 'Các chi bộ tổ chức quán triệt, triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị.', '57-NQ/TW'],
    ['reviews', 'Tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.', '5-CT/TW'],
    ['reviews', 'Sau 2 năm thực hiện Nghị quyết số 01-NQ/TU, tốc độ tăng trưởng đạt 19%.', '1-NQ/TU'],
    ['replaces', 'Quy định này thay thế Quyết định số 67-QĐ/TW ngày 4/7/2007 của Bộ Chính trị.', '67-QĐ/TW'],
    [
      'replaces',
      'Nghị định số 80/2001/NĐ-CP ngày 05/11/2001 của Chính phủ hết hiệu lực kể từ ngày Nghị định này có hiệu lực.',
      '80/2001/NĐ-CP',
    ],
    [
      'amends',
      'Sửa đổi, bổ sung khoản 2 Điều 32 Nghị định số 43/2018/NĐ-CP ngày 12 tháng 3 năm 2018 của Chính phủ như sau:',
      '43/2018/NĐ-CP',
    ],
    [
      'repeals',
      'Bãi bỏ Thông tư số 25/2010/TT-BGTVT ngày 31 tháng 8 năm 2010 của Bộ trưởng Bộ Giao thông vận tải.',
      '25/2010/TT-BGTVT',
    ],
    [
      'guides',
      'Thông tư này hướng dẫn thi hành Nghị định số 108/2015/NĐ-CP ngày 28 tháng 10 năm 2015 của Chính phủ.',
      '108/2015/NĐ-CP',
    ],
    [
      'basis',
      'Căn cứ Quy định số 102-QĐ/TW ngày 15/12/2017 của Bộ Chính trị về xử lý kỷ luật đảng viên vi phạm;',
      '102-QĐ/TW',
    ],
    [
      'mentions',
      'Theo quy định tại Điều 2 Nghị định số 53/2015/NĐ-CP, bà không còn là đối tượng nghỉ hưu ở tuổi cao hơn.',
      '53/2015/NĐ-CP',
    ],
    [
      'mentions',
      'Ngày 7/11/1948, Ban Thường vụ đã ban hành Chỉ thị số 35-CT/TW về việc thành lập Liên chi.',
      '35-CT/TW',
    ],
  ])('%s: %s', (relation, text, key) => {
    expect(relations(text)).toContain(`${key} ${relation}`);
  });

  it('reads unaccented and OCR-damaged text the same way', () => {
    expect(relations('Thuc hien Chi thi so 05-CT/TW cua Bo Chinh tri, cac chi bo trien khai ke hoach.')).toEqual([
      '5-CT/TW implements',
    ]);
    expect(relations('Căn cú Quyết định số 2163/QĐ-UBND ngày 29/11/2012 của UBND tỉnh;')).toEqual([
      '2163/QĐ-UBND basis',
    ]);
    expect(relations('CĂN CỨ Quyết định số 2163/QĐ-UBND ngày 29/11/2012 của UBND tỉnh;')).toEqual([
      '2163/QĐ-UBND basis',
    ]);
    expect(relations('Bai bỏ Quyết định số 770/TTg ngày 20 tháng 12 năm 1994 của Thủ tướng Chính phủ.')).toEqual([
      '770/TTG repeals',
    ]);
  });

  it('gives each document of a sentence its own role', () => {
    const text =
      'Theo đó, thực hiện Kết luận số 1566/KL-TTCP ngày 17/9/2018 của Thanh tra Chính phủ về việc cổ phần hóa, ' +
      'Bộ Giao thông vận tải hủy bỏ Văn bản số 6327/BGTVT-QLDN ngày 20/5/2015 về việc thoái vốn.';
    expect(relations(text)).toEqual(['1566/KL-TTCP implements', '6327/BGTVT-QLDN repeals']);
  });

  it("shares a list's relation, and a document named in another's title is only mentioned", () => {
    const text =
      'Các cấp hội tiếp tục quán triệt Chỉ thị số 56-CT/TW của Bộ Chính trị, Kết luận số 19-KL/TW ngày 23/5/2012 ' +
      'của Ban Bí thư về tổng kết 10 năm thực hiện Chỉ thị số 08-CT/TW và Thông báo số 50-TB/TW của Ban Bí thư.';
    expect(relations(text)).toEqual([
      '56-CT/TW implements',
      '19-KL/TW implements',
      '8-CT/TW mentions',
      '50-TB/TW implements',
    ]);
  });

  it('carrying out what carries out a document carries it out too', () => {
    const text =
      'Tham mưu sơ kết 03 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.';
    expect(relations(text)).toEqual(['1-KL/TW reviews', '5-CT/TW reviews']);
  });

  it('"thay thế" is from the citing document to the cited one; replacing a part amends', () => {
    expect(relations('Chỉ thị này thay thế Chỉ thị số 05-CT/TU ngày 10/3/2015 của Ban Thường vụ Tỉnh ủy.')).toEqual([
      '5-CT/TU replaces',
    ]);
    expect(
      relations('Thay thế Phụ lục II ban hành kèm theo Thông tư số 12/2020/TT-BYT bằng Phụ lục tại Thông tư này.'),
    ).toEqual(['12/2020/TT-BYT amends']);
    expect(relations('Chỉ đạo thực hiện Thông báo số 40/TB-UBND về việc thay thế cây xanh đô thị.')).toEqual([
      '40/TB-UBND implements',
    ]);
  });

  it('items of a list take the relation of its lead-in', () => {
    const text =
      'Bãi bỏ các văn bản sau: 1. Quyết định số 30/2008/QĐ-BGTVT ngày 22 tháng 12 năm 2008 của Bộ trưởng. ' +
      '2. Thông tư số 70/2011/TT-BGTVT ngày 30 tháng 12 năm 2011 của Bộ trưởng.';
    expect(relations(text)).toEqual(['30/2008/QĐ-BGTVT repeals', '70/2011/TT-BGTVT repeals']);
    const semicolons = 'Thực hiện tốt Nghị quyết số 03-NQ/HU của Huyện ủy; Nghị quyết số 02-NQ/ĐU của Đảng ủy xã.';
    expect(relations(semicolons)).toEqual(['3-NQ/HU implements', '2-NQ/ĐU implements']);
  });

  it("falls back on the citing document's title when the sentence says nothing", () => {
    const title = 'Kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị';
    expect(relations('Nghị quyết số 57-NQ/TW đề ra mục tiêu đến năm 2030.', { title, docType: 'ke_hoach' })).toEqual([
      '57-NQ/TW implements',
    ]);
    expect(relations('Nghị quyết số 57-NQ/TW đề ra mục tiêu đến năm 2030.', { docType: 'ke_hoach' })).toEqual([
      '57-NQ/TW mentions',
    ]);
  });

  it('"theo <document>" carries it out in a working document but only refers in a news report', () => {
    const text = 'Tổ chức đối thoại với đại biểu theo Kế hoạch số 150-KH/TU ngày 17/01/2023 của Ban Thường vụ Tỉnh ủy.';
    expect(relations(text, { docType: 'bao_cao' })).toEqual(['150-KH/TU implements']);
    expect(relations(text, { docType: 'tin_bai' })).toEqual(['150-KH/TU mentions']);
  });
});
