import { describe, expect, it } from 'vitest';
import { headerDate, metadataTableDate, ownNumberDate } from '../../indexer/steps/extract/date-sources.js';
import { extractMetadata } from '../../indexer/steps/extract/metadata.js';
import { findOwnNumber } from '../../indexer/steps/extract/own-number.js';
import { normalizeDocument } from '../../indexer/steps/normalize.js';
import { parseDocument } from '../../indexer/steps/pipeline.js';
import { foldAligned } from '../../lib/vietnamese/index.js';

const meta = (text: string) => extractMetadata(normalizeDocument(text));
const cited = (text: string) => parseDocument('t.txt', 'h', text).citations.map((c) => c.key);

/** A state document as legal-database pages give it: cells on their own lines, hard line breaks. */
const RESOLUTION = [
  'HỘI ĐỒNG NHÂN',
  'DÂN',
  'TỈNH THANH HÓA',
  '-------',
  '|',
  'CỘNG HÒA XÃ HỘI',
  'CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  '---------------',
  '|',
  'Số: 616/NQ-HĐND',
  '|',
  'Thanh Hóa, ngày',
  '14 tháng 12 năm 2024',
  '|',
  'NGHỊ QUYẾT',
  'KỲ HỌP THỨ 24, HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA KHÓA XVIII',
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
  'QUYẾT NGHỊ:',
  '1. Thông qua 38 nghị quyết.',
].join('\n');

describe('1. the header place-date line', () => {
  it('split by a hard line break', () => {
    expect(meta(RESOLUTION).date).toBe('2024-12-14');
  });
  it('written without diacritics or with scrambled ones', () => {
    expect(headerDate('UBND TINH HA NAM\nSo: 12/KH-UBND\nHa Nam, ngay 5 thang 3 nam 2024\nKE HOACH')).toBe(
      '2024-03-05',
    );
    expect(headerDate('Số: 12/KH-UBND\nPhủ Lý, ngàỷ 05 tháng 3 nâm 2024\nKẾ HOẠCH')).toBe('2024-03-05');
  });
  it('a place with a full stop or a hyphen, a column after it', () => {
    expect(headerDate('Số: 5/KH-UBND\nTP. Hồ Chí Minh, ngày 02 tháng 01 năm 2021\nKẾ HOẠCH')).toBe('2021-01-02');
    expect(headerDate('Số 7-KH/TU\t\tBà Rịa - Vũng Tàu, ngày 3 tháng 2 năm 2022\t\tĐẢNG CỘNG SẢN VIỆT NAM')).toBe(
      '2022-02-03',
    );
  });
  it('in a header flattened to one line', () => {
    expect(
      headerDate(
        'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN Số: 54/KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Lạng Sơn, ngày 27 tháng 3 năm 2020 KẾ HOẠCH Thực hiện chương trình',
      ),
    ).toBe('2020-03-27');
    expect(headerDate('Hội nghị diễn ra tại Hà Nội, ngày 12 tháng 9 năm 2023 với sự tham dự của đại biểu.')).toBeNull();
  });
  it('in a table cell after escaped line breaks', () => {
    expect(headerDate('\\r\\n Số: 54/KH-UBND \\r\\n | \\r\\n Lạng Sơn, ngày 27 tháng 3 năm 2020 \\r\\n |')).toBe(
      '2020-03-27',
    );
  });
});

describe("2. the date written with the document's own number", () => {
  const PAGE =
    'Nghị Quyết số 22/NQ-TU ngày 08/6/2022 ban hành bởi Tỉnh Ủy Quảng Ninh\n\nNGHỊ QUYẾT\nvề phát triển công nghiệp\n\nThực hiện Chỉ thị số 10-CT/TU, ngày 15/6/2016 của Ban Thường vụ Tỉnh ủy, Tỉnh ủy quyết nghị.';
  it('own number from the page title, its date the document date', () => {
    expect(findOwnNumber(PAGE, 'nghi_quyet')).toBe('22/NQ-TU');
    expect(ownNumberDate(PAGE, '22/NQ-TU')).toBe('2022-06-08');
  });
  it("a cited document's number and date are not the document's", () => {
    expect(ownNumberDate(PAGE, '10-CT/TU')).toBe('2016-06-15');
    expect(ownNumberDate(PAGE, null)).toBeNull();
    expect(ownNumberDate('Kế hoạch số 54/KH-UBND của UBND tỉnh, ngày 12/3/2024 …', '54/KH-UBND')).toBeNull();
  });
  it("'ban hành <type> số N' of the document's own type is its number", () => {
    const lead =
      'Ban Chấp hành Đảng bộ tỉnh vừa ban hành Chương trình hành động số 01-CTr/TU thực hiện Nghị quyết Đại hội.';
    expect(findOwnNumber(lead, 'chuong_trinh')).toBe('01-CTr/TU');
    expect(findOwnNumber(lead, 'tin_bai')).toBeNull();
    expect(findOwnNumber(lead, 'ke_hoach')).toBeNull();
  });
});

describe('3. a legal database\'s "Ngày ban hành"', () => {
  it('as table cells and as separate lines', () => {
    expect(
      metadataTableDate('Số hiệu | 18/2025/NQ-HĐND | Ngày ban hành | 21/07/2025 | Loại văn bản | Nghị quyết |'),
    ).toBe('2025-07-21');
    expect(metadataTableDate('Số hiệu:\n18/2025/NQ-HĐND\nNgày ban hành:\n21/07/2025\nLoại văn bản:\nNghị quyết')).toBe(
      '2025-07-21',
    );
  });
  it('a "Ngày ký" field', () => {
    expect(metadataTableDate('Số hiệu: 18/2025/NQ-HĐND\nNgày ký: 21/07/2025\nNgười ký: Nguyễn Văn A')).toBe(
      '2025-07-21',
    );
    expect(metadataTableDate('Nghị quyết có hiệu lực kể từ ngày ký 21/07/2025.')).toBeNull();
  });
  it('"Số hiệu" is the own number, not a citation, even below portal noise', () => {
    const page = [
      'Đăng nhập',
      'Quên mật khẩu?',
      'Nghị quyết 04/2011/NQ-HĐND về nội quy kỳ họp',
      '',
      'Số hiệu: 04/2011/NQ-HĐND Loại văn bản: Nghị quyết',
      'Ngày ban hành: 11/08/2011',
      '',
      'NGHỊ QUYẾT',
      'VỀ VIỆC BAN HÀNH NỘI QUY KỲ HỌP',
      '',
      'Căn cứ Nghị quyết số 753/2005/NQ-UBTVQH11 ngày 02 tháng 4 năm 2005 của Ủy ban thường vụ Quốc hội;',
      'Điều 1. Ban hành kèm theo Nghị quyết số 04/2011/NQ-HĐND Nội quy kỳ họp.',
    ].join('\n');
    expect(meta(page).date).toBe('2011-08-11');
    expect(cited(page)).toEqual(['753/2005/NQ-UBTVQH11']);
  });
  it('a header "Số:" pushed below line 15 by portal noise is the own number', () => {
    const noise = Array.from({ length: 16 }, (_, i) => `Mục ${i + 1}`);
    const doc = [
      ...noise,
      'HỘI ĐỒNG NHÂN DÂN',
      'HUYỆN NHÀ BÈ',
      'Số: 49/NQ-HĐND',
      'Nhà Bè, ngày 05 tháng 11 năm 2021',
      '',
      'NGHỊ QUYẾT',
      'VỀ BAN HÀNH NỘI QUY KỲ HỌP',
      '',
      'Điều 1. Nghị quyết số 49/NQ-HĐND có hiệu lực từ ngày ký.',
    ].join('\n');
    expect(cited(doc)).toEqual([]);
  });
});

describe('4. a dateline with the page date', () => {
  it('the year of the page date line', () => {
    expect(
      meta(
        'Huyện ủy Krông Pắc thông tin tình hình\n\n17:28, Thứ Hai, 30/09/2019 (GMT+7)\n\nNgày 30-9, Huyện ủy Krông Pắc tổ chức hội nghị.',
      ).date,
    ).toBe('2019-09-30');
    expect(
      meta('Hội nghị Ban Chấp hành\n\nCập nhật 4/4/2016\n\n(QNO) - Ngày 3/4, Ban Thường vụ Tỉnh ủy họp.').date,
    ).toBe('2016-04-03');
    expect(
      meta(' date 2025-07-24 Xây dựng Đảng\nĐại hội Đảng bộ xã\n\nChiều ngày 24/7, Đảng bộ xã tổ chức Đại hội.').date,
    ).toBe('2025-07-24');
  });
  it('page dates in words or ISO form; "hôm qua (…)"', () => {
    expect(
      meta('Hội nghị\n\nThứ Hai, ngày 30 tháng 9 năm 2019\n\nHôm qua (29/9), Huyện ủy tổ chức hội nghị.').date,
    ).toBe('2019-09-29');
    expect(meta('Hội nghị\n\n2019-09-30 17:28\n\nSáng nay (30/9), Huyện ủy tổ chức hội nghị.').date).toBe('2019-09-30');
  });
  it('the year before when the dateline comes after the page date', () => {
    expect(
      meta('Tổng kết công tác\n\nThứ Năm, 05/01/2020 - 08:15\n\nSáng 28/12, Huyện ủy tổ chức hội nghị.').date,
    ).toBe('2019-12-28');
  });
  it('a date alone on its line is the page date; "tới ngày" is a deadline, not "tối"', () => {
    expect(meta('Hội nghị\n\n12/08/2020\n\nChiều 12-8, Đại hội tiến hành phiên trù bị.').date).toBe('2020-08-12');
    expect(meta('Hội nghị\n\n12/08/2020\n\nTới ngày 30/6, các chi bộ hoàn thành đại hội.').date).toBeNull();
    expect(meta('Hội nghị\n\n12/08/2020\n\nTối ngày 11/8, các chi bộ hoàn thành đại hội.').date).toBe('2020-08-11');
  });
  it("the page date nearest the dateline, not the site's banner", () => {
    expect(
      meta(
        'Thứ tư 11/02/2026 23:43\nHotline: 024.355.63.010\n\nKhai mạc Đại hội\n\n15/10/2020 10:44\nSáng nay 15/10, Đại hội khai mạc.',
      ).date,
    ).toBe('2020-10-15');
  });
  it('scrambled diacritics in the dateline', () => {
    expect(meta('Tin hoạt động\n\nTạĩ phĩên họp ngàỷ 28/2/2025, Ban Thường vụ Huyện ủy cho ý kiến.').date).toBe(
      '2025-02-28',
    );
  });
  it("a cited document's date is skipped for the event's", () => {
    expect(
      meta(
        'Dâng hương\n\nThực hiện Kế hoạch số 44/KH-UBND ngày 31/01/2024 của UBND huyện về việc dâng hương, sáng ngày 7/02/2024 các đồng chí lãnh đạo huyện đã đến thắp hương.',
      ).date,
    ).toBe('2024-02-07');
    expect(
      meta('Tin tức\n\nThực hiện Chỉ thị số 10-CT/TU, ngày 15/6/2016 của Ban Thường vụ Tỉnh ủy, các chi bộ sinh hoạt.')
        .date,
    ).toBeNull();
  });
  it("a portal's ticker of headlines and a long headline come before the lead", () => {
    const ticker =
      'Thống nhất cao trong công cuộc xây dựng nhà nước pháp quyền   |    Thi đua lập thành tích chào mừng Đại hội Đảng bộ tỉnh   |    Quy trình chỉ định nhân sự cấp ủy cấp xã   |';
    const headline =
      'Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy về công tác chuẩn bị Đại hội đại biểu Đảng bộ huyện lần thứ XXVII, nhiệm kỳ 2025 - 2030';
    expect(
      meta(
        `${ticker}\n\n${headline}\n\nNgày 5/3/2025, đoàn công tác của Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy về công tác chuẩn bị đại hội.`,
      ).date,
    ).toBe('2025-03-05');
  });
  it('a digest title is no dateline, a dateline is followed by its subject', () => {
    expect(
      meta(
        'Điểm báo ngày 22/9\n22/09/2022 15:15\nQuảng Ninh phát triển công nghiệp chế biến, chế tạo theo Nghị quyết của Tỉnh ủy.',
      ).date,
    ).toBeNull();
    expect(
      meta('Điểm báo\n22/09/2022 15:15\nSáng 22/9 tại Hạ Long, Tỉnh ủy Quảng Ninh họp bàn phát triển công nghiệp.')
        .date,
    ).toBe('2022-09-22');
    expect(
      meta('Điểm báo\n22/09/2022 15:15\nQNO - Ngày 21/9 Tỉnh ủy Quảng Ninh họp bàn phát triển công nghiệp.').date,
    ).toBe('2022-09-21');
    expect(
      meta(
        'Điểm báo\n22/09/2022 15:15\nSáng 22/9, Tỉnh ủy Quảng Ninh họp bàn phát triển công nghiệp chế biến, chế tạo.',
      ).date,
    ).toBe('2022-09-22');
  });
});

describe('5. a yearless dateline and what the lead says about the time', () => {
  it("a term's congress meets in the term's first year", () => {
    expect(
      meta(
        'Đại hội xã Đồng Yên\nTGDV - Ngày 11/8, Đảng bộ xã Đồng Yên tổ chức Đại hội Đại biểu lần thứ I, nhiệm kỳ 2025-2030.',
      ).date,
    ).toBe('2025-08-11');
    expect(
      meta(
        'Sơ kết\n\nSáng ngày 2/8, Đảng ủy xã tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết đại hội Đảng bộ xã lần thứ XII, nhiệm kỳ 2020 – 2025.',
      ).date,
    ).toBeNull();
    expect(
      meta(
        'Học tập\n\nChiều 2/10, Ban Chấp hành Đảng bộ xã học tập Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – 2030.',
      ).date,
    ).toBeNull();
    expect(
      meta(
        'Làm việc\n\nSáng 14-4, đồng chí Bí thư nghe báo cáo từ sau Đại hội Đảng bộ tỉnh lần thứ X, nhiệm kỳ 2015-2020 đến nay.',
      ).date,
    ).toBeNull();
  });
  it('the period reviewed, the year so far, an anniversary, a quarter', () => {
    expect(
      meta(
        'Phụ nữ huyện\n\nNgày 30/12, Hội tổ chức hội nghị tổng kết công tác hội năm 2024, triển khai nhiệm vụ năm 2025.',
      ).date,
    ).toBe('2024-12-30');
    expect(
      meta(
        'Hội nghị\n\nNgày 22/6, Huyện ủy Chư Prông tiến hành Hội nghị Ban Chấp hành lần thứ 21.\n\n6 tháng đầu năm 2020, kinh tế phát triển.',
      ).date,
    ).toBe('2020-06-22');
    expect(
      meta('Kỷ niệm\n\nTối 9/8, huyện Châu Đức tổ chức Lễ kỷ niệm 30 năm Ngày thành lập (1994 - 2024).').date,
    ).toBe('2024-08-09');
    expect(
      meta('Báo cáo viên\n\nSáng 19-9, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị báo cáo viên quý III-2012.').date,
    ).toBe('2012-09-19');
  });
  it('a meeting passing on a dated text is of that year when it comes after it', () => {
    expect(
      meta(
        'Quán triệt Chỉ thị\nNgày 4/10, Huyện ủy Điện Biên tổ chức Hội nghị.\nTại hội nghị, các đại biểu được quán triệt các điểm mới của Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị.',
      ).date,
    ).toBe('2024-10-04');
  });
  it('nothing that does not fix the year: a plenum of a term, a span of years, a year merely mentioned', () => {
    expect(
      meta(
        'Hội nghị\n\nNgày 15/4, Ban Chấp hành Đảng bộ huyện tổ chức Hội nghị lần thứ V, khóa VI, nhiệm kỳ 2020-2025.',
      ).date,
    ).toBeNull();
    expect(
      meta('Hội nghị\n\nNgày 15/4, Đảng bộ huyện tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2020-2025.').date,
    ).toBe('2020-04-15');
    expect(
      meta(
        'Phát hành sách\n\nNgày 15/11, Ban Thường vụ Huyện uỷ Lắk công bố sách “Kỷ yếu các kỳ Đại hội” (1969 - 2020).',
      ).date,
    ).toBeNull();
    expect(
      meta('Giám sát\n\nNgày 27/5, tin từ Thành uỷ, Uỷ ban Kiểm tra trong năm 2018 đã tiến hành giám sát.').date,
    ).toBeNull();
    expect(meta('Giám sát\n\nNgày 27/5, Uỷ ban Kiểm tra Thành uỷ sơ kết công tác giám sát năm 2018.').date).toBeNull();
    expect(meta('Giám sát\n\nNgày 12/1, Uỷ ban Kiểm tra Thành uỷ tổng kết công tác giám sát năm 2018.').date).toBe(
      '2019-01-12',
    );
    expect(meta('Giám sát\n\nNgày 5/1, Uỷ ban Kiểm tra đánh giá kết quả công tác tháng 12 năm 2018.').date).toBe(
      '2019-01-05',
    );
    expect(
      meta('Báo cáo viên\n\nSáng 8-1, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị báo cáo viên quý IV năm 2012.').date,
    ).toBe('2013-01-08');
  });
});

describe('foldAligned', () => {
  it('folds each character in place', () => {
    const s = 'Tạĩ phĩên họp ngàỷ Đồng';
    expect(foldAligned(s)).toBe('Tai phien hop ngay Dong');
    expect(foldAligned(s)).toHaveLength(s.length);
  });
});
