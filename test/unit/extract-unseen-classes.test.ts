import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../indexer/steps/extract/metadata.js';
import { normalizeDocument } from '../../indexer/steps/normalize.js';

/**
 * Miss classes found on real pages the rules were not written on (test/fixtures/extract/party-extra-labels.json),
 * each pinned on a constructed text laid out like those pages (paraphrased; other places and names).
 */
const meta = (text: string) => extractMetadata(normalizeDocument(text));

describe('a notice in its own voice is a thông báo', () => {
  it('an authority announces a schedule "như sau:" inside a long opening sentence', () => {
    const text = [
      'Cổng thông tin điện tử tỉnh nghệ an',
      '',
      'Huyện Nam Đàn',
      '',
      'Lịch tiếp dân của đồng chí Bí thư Huyện uỷ năm 2021',
      '',
      'Thực hiện Quy định số 11-QĐi/TW, ngày 18/02/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp uỷ trong việc tiếp dân; Ban Thường vụ Huyện uỷ thông báo lịch tiếp công dân của đồng chí Bí thư Huyện uỷ năm 2021, như sau:',
      '1- Đồng chí Bí thư Huyện uỷ tiếp dân vào ngày 15 hằng tháng.',
    ].join('\n');
    expect(meta(text).docType).toBe('thong_bao');
  });
  it('a district notice that closes "thông báo để … biết"', () => {
    const text = [
      'Thông báo về việc tạm dừng phiên tiếp công dân định kỳ tháng 8 của Lãnh đạo UBND huyện',
      '',
      'Do mưa lũ kéo dài trên địa bàn, các phiên tiếp công dân định kỳ tháng 8 năm 2022 tại phòng Tiếp công dân huyện tạm dừng.',
      '',
      'Ủy ban nhân dân huyện thông báo để các cơ quan, đơn vị; Ủy ban nhân dân các xã; các tổ chức và công dân biết.',
    ].join('\n');
    expect(meta(text).docType).toBe('thong_bao');
  });
  it('a report about a notice stays a news report', () => {
    const text = [
      'UBND tỉnh Nam Định vừa có Thông báo số 211/TB-UBND về việc đổi ngày tiếp công dân định kỳ tháng 5 năm 2018.',
      '',
      'Thông báo nêu rõ, phiên tiếp công dân của lãnh đạo tỉnh được tổ chức vào ngày 10 hằng tháng, tại Trụ sở Tiếp công dân tỉnh ở trung tâm thành phố.',
      '',
      'UBND tỉnh thông báo để các sở, ngành và công dân biết.',
    ].join('\n');
    expect(meta(text).docType).toBe('tin_bai');
  });
});

describe('a page reproducing a document takes its type and its date', () => {
  it('"Nội dung Chỉ thị như sau:" then the text, whatever its first line', () => {
    const text =
      'CTTĐT - Ngày 9/3, Ban Thường vụ Tỉnh ủy Lạng Sơn đã ban hành Chỉ thị số 21 về tăng cường công tác dân vận.\nNội dung Chỉ thị như sau:\nThời gian qua, các cấp ủy đã quan tâm lãnh đạo công tác dân vận, đạt nhiều kết quả.';
    expect(meta(text).docType).toBe('chi_thi');
  });
  it('"giới thiệu toàn văn nội dung Nghị quyết", the issue date opening the lead', () => {
    const text = [
      'Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch giai đoạn 2021-2025',
      '',
      'LTS: Ngày 20-5-2021, Ban Chấp hành Đảng bộ tỉnh đã ban hành Nghị quyết số 07-NQ/TU về phát triển du lịch giai đoạn 2021-2025. Báo trân trọng giới thiệu toàn văn nội dung Nghị quyết.',
      '',
      'I- Tình hình chung',
      '',
      'Những năm qua, du lịch của tỉnh có bước phát triển.',
    ].join('\n');
    const m = meta(text);
    expect(m.docType).toBe('nghi_quyet');
    expect(m.date).toBe('2021-05-20');
  });
  it('"đăng toàn văn Nghị quyết" then QUYẾT NGHỊ', () => {
    const text =
      'Thứ Sáu, 16/10/2020, 09:10 (GMT+7)\n\nNghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XII\n\nBáo điện tử trân trọng đăng toàn văn Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2020 - 2025.\n\nQUYẾT NGHỊ\n\nI- Tán thành Báo cáo chính trị.';
    expect(meta(text).docType).toBe('nghi_quyet');
  });
  it('"toàn văn Nghị quyết số N, ngày D": the own number and its date', () => {
    const text =
      'Ban biên tập giới thiệu toàn văn Nghị quyết số 12-NQ/TU, ngày 05/7/2022 của Ban Thường vụ Tỉnh ủy về phát triển kinh tế biển.\n\nNGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển kinh tế biển\n\nThực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết như sau:';
    const m = meta(text);
    expect(m.ownNumber).toBe('12-NQ/TU');
    expect(m.date).toBe('2022-07-05');
  });
});

describe('datelines', () => {
  it('cut by a hard line break after the time word', () => {
    expect(
      meta(
        'Chiều ngày\n14/9/2022, Thường trực HĐND huyện tổ chức phiên họp thường kỳ tháng 9.\nCác đại biểu thảo luận nội dung kỳ họp.',
      ).date,
    ).toBe('2022-09-14');
  });
  it('"Tối nay, 5.6" with a comma, its year from the page time printed after midnight', () => {
    expect(
      meta(
        '00:40 06/06/2023\nTối nay, 5.6, tại thành phố Hà Tiên, Ban Thường vụ Tỉnh ủy Kiên Giang tổ chức lễ kỷ niệm ngày thành lập.',
      ).date,
    ).toBe('2023-06-05');
  });
  it('a lead told as just done gives no event date: a later detail does not date it', () => {
    const text = [
      'UBND tỉnh Bình Phước vừa có Thông báo số 52/TB-UBND về việc đổi ngày họp giao ban tháng 3 năm 2019.',
      '',
      'Theo lịch, cuộc họp giao ban định kỳ của lãnh đạo tỉnh với các sở, ngành diễn ra vào ngày 25 hằng tháng tại hội trường UBND tỉnh, có mời đại diện các huyện.',
      '',
      'Tuy nhiên, ngày 25 tháng 3 năm 2019 trùng với lịch công tác của Trung ương nên được dời sang ngày 27 tháng 3 năm 2019.',
    ].join('\n');
    expect(meta(text).date).toBeNull();
  });
});

describe("a provincial event's venue is not the document's district", () => {
  it('"tại TP X" with the province\'s committee as the actor', () => {
    const m = meta(
      'Ngày 8/12/2022 tại TP Bảo Lộc, Đoàn công tác của Hội Nông dân Việt Nam làm việc với Thường trực Tỉnh ủy Lâm Đồng về công tác hội.',
    );
    expect(m.district).toBeNull();
    expect(m.province).toBe('Lâm Đồng');
  });
  it('a district report keeps its district when the venue is named too', () => {
    const m = meta(
      'Sáng 3/4/2023, Huyện ủy Bảo Lâm tổ chức hội nghị sơ kết tại huyện Bảo Lâm, tỉnh Lâm Đồng.\nĐồng chí Bí thư Huyện ủy chủ trì hội nghị.',
    );
    expect(m.district).toBe('Bảo Lâm');
  });
});

describe('a numbered heading in capitals with scrambled diacritics', () => {
  it('"KẾT LỦẬN 45-KL/TW CỦÀ …", too long for a type line, heads the conclusion itself', () => {
    const text =
      'KẾT LỦẬN 45-KL/TW CỦÀ BAN BÍ THƯ VỀ TỈẾP TỤC THỰC HỈỆN CHỈ THỊ SỐ 20 VỀ CÔNG TÁC BẢÔ VỆ CHÍNH TRỊ NỘỈ BỘ TRÔNG TÌNH HÌNH MỚÍ\nTạĩ phĩên họp ngàỷ 12/4/2023, sãù khỉ nghé báỏ cáọ, Ban Bí thư kết lụận như sau:\n1. Tiếp tục thực hiện.';
    const m = meta(text);
    expect(m.docType).toBe('ket_luan');
    expect(m.date).toBe('2023-04-12');
  });
  it('a headline in capitals that cites a number of another type stays a news report', () => {
    const text =
      'NGHỊ QUYẾT 35-CT/TW ĐƯỢC CÁC CẤP ỦY QUÁN TRIỆT SÂU RỘNG TRONG TOÀN ĐẢNG BỘ TỈNH TRONG NĂM 2024 VÀ CÁC NĂM TIẾP THEO\nSáng 3/5/2024, Tỉnh ủy tổ chức hội nghị quán triệt.';
    expect(meta(text).docType).toBe('tin_bai');
  });
});

describe('provinces the text gives in other forms', () => {
  it('the abbreviation "(TPHCM)" after a ward, after the reorganisation', () => {
    const m = meta(
      ' date 2025-10-04 Chính trị\n\nNgày 4-10, Đảng ủy phường Bình Thạnh (TPHCM) tổ chức hội nghị quán triệt Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025-2030.',
    );
    expect(m.province).toBe('Hồ Chí Minh');
    expect(m.district).toBeNull();
  });
  it('a province named once, as the actor of the lead', () => {
    const m = meta(
      'Đại hội Đảng bộ tỉnh đầu tiên ở Đông Nam Bộ khai mạc\n\nVOV.VN - Sáng nay (14/10), Đại hội đại biểu Đảng bộ tỉnh Bình Dương lần thứ XI, nhiệm kỳ 2020-2025 chính thức khai mạc với sự tham dự của 350 đại biểu.',
    );
    expect(m.province).toBe('Bình Dương');
  });
  it('a provincial paper speaking in its own text', () => {
    const text =
      'Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số\n\nLTS: Ngày 3-3-2022, Ban Chấp hành Đảng bộ tỉnh đã ban hành Nghị quyết số 09-NQ/TU về chuyển đổi số. Báo Quảng Ninh trân trọng giới thiệu toàn văn nội dung Nghị quyết.\n\nI- Tình hình\n\nThời gian qua, tỉnh đã đạt nhiều kết quả.';
    expect(meta(text).province).toBe('Quảng Ninh');
  });
  it('a meeting of a counted number of provinces belongs to none of them', () => {
    const m = meta(
      'Giao ban công tác dân vận 9 tỉnh khu vực Tây Nguyên\n\nNgày 12/5, tại huyện Đắk Mil, Bí thư Tỉnh ủy Đắk Nông và lãnh đạo Ban Dân vận Trung ương đồng chủ trì hội nghị giao ban công tác dân vận 9 tỉnh.',
    );
    expect(m.province).toBeNull();
    expect(m.district).toBeNull();
  });
});

describe('a page date in a section line', () => {
  it('"Chính trị 28-05-2024" gives the year of "Sáng 28.5"', () => {
    expect(
      meta(
        'Khai mạc kỳ họp HĐND tỉnh\n\nChính trị 06-12-2023\n\nSáng 6.12, HĐND tỉnh khai mạc kỳ họp thứ 15 khoá X, nhiệm kỳ 2021-2026.',
      ).date,
    ).toBe('2023-12-06');
  });
});

describe('more dates a page gives about itself', () => {
  it('a portal notice dated by its source line "(Nguồn: Thông báo số N ngày D)"', () => {
    const text =
      'Thông báo về việc tạm dừng phiên tiếp công dân tháng 9 của Lãnh đạo UBND huyện\n\nDo bão số 5, các phiên tiếp công dân định kỳ tháng 9 năm 2022 tạm dừng.\n\nỦy ban nhân dân huyện thông báo để các cơ quan, đơn vị và công dân biết.\n\n(Nguồn: Thông báo số 112/TB-UBND ngày 26/9/2022)';
    const m = meta(text);
    expect(m.docType).toBe('thong_bao');
    expect(m.date).toBe('2022-09-26');
  });
  it('"ngày đầu tiên của năm mới 2021" gives a yearless dateline its year', () => {
    expect(
      meta(
        'Sáng ngày 01/01, ngày đầu tiên của năm mới 2021, Ban Chấp hành Đảng bộ huyện Can Lộc tổ chức lễ công bố quyết định sáp nhập các xã.',
      ).date,
    ).toBe('2021-01-01');
  });
});

describe('leads without a headline, cut-offs, source tags, anniversaries', () => {
  it('a visiting delegation named in a lead that stands as the title does not make the province', () => {
    const m = meta(
      'Chiều 12-4, đoàn công tác Tỉnh ủy Hà Giang do đồng chí Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh Hà Giang làm trưởng đoàn đã đến trao đổi kinh nghiệm tại tỉnh Bình Dương. Lãnh đạo tỉnh Bình Dương tiếp và làm việc với đoàn.',
    );
    expect(m.province).toBeNull();
  });
  it('"đến hết ngày 30/6/2020" is a cut-off, not an event date', () => {
    expect(
      meta(
        'Thứ năm,  17/06/2021\n\nKết quả đại hội chi bộ cơ sở\n\nDù gặp nhiều khó khăn nhưng đến hết ngày 30/6/2020, đã có 99,8% tổ chức cơ sở đảng tổ chức xong đại hội nhiệm kỳ 2020-2025.',
      ).date,
    ).toBeNull();
  });
  it('a source tag "(Báo X)-" names the paper\'s province', () => {
    expect(
      meta(
        'Đại hội chi bộ: nhiều điểm mới\n21:10 | 20/06/2020\n(Báo Bình Định)- Đến nay, Bình Định đã cơ bản hoàn thành đại hội chi bộ cơ sở nhiệm kỳ 2020 - 2025.',
      ).province,
    ).toBe('Bình Định');
  });
  it('the anniversary the lead says the event marks gives the year', () => {
    const text =
      'Trao giải báo chí về xây dựng Đảng của thành phố\n\nChiều 8/2, Thành ủy Hải Phòng tổ chức Lễ trao giải báo chí về xây dựng Đảng lần thứ V.\n\nLễ trao giải là hoạt động thiết thực kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2025).';
    expect(meta(text).date).toBe('2025-02-08');
  });
});

describe('batch 4 classes', () => {
  it('a date after a number with a letter suffix ("30a/2008/NQ-CP ngày …") is a citation\'s', () => {
    expect(
      meta(
        'Tin tức sự kiện\n\nĐiện Biên là tỉnh miền núi, có 4 huyện nghèo theo Nghị quyết 30a/2008/NQ-CP ngày 28/12/2008 của Chính phủ.',
      ).date,
    ).toBeNull();
  });
  it('"X là tỉnh …" names the province though a city shares its name', () => {
    expect(meta('Tin tức sự kiện\n\nCao Bằng là tỉnh miền núi, có nhiều huyện nghèo.').province).toBe('Cao Bằng');
  });
  it('a full date after a time of day ends a long opening clause', () => {
    const text =
      '(BL-HL) Sau một thời gian chuẩn bị tích cực, nghiêm túc và thực hiện đầy đủ các bước theo hướng dẫn, được sự đồng ý của Ban Thường vụ Tỉnh ủy, chiều 9/6/2020, Đảng bộ huyện Phước Long đã tổ chức phiên trù bị Đại hội đại biểu lần thứ XII.';
    expect(meta(text).date).toBe('2020-06-09');
  });
  it('"Tết Nguyên đán Bính Ngọ 2026" gives a February dateline its year', () => {
    expect(
      meta(
        'Sáng 9/2, Đoàn công tác Trung ương đến thăm, chúc Tết cán bộ, chiến sĩ tại tỉnh Hà Giang nhân dịp Tết Nguyên đán Bính Ngọ 2026.',
      ).date,
    ).toBe('2026-02-09');
  });
  it("a page that is only a document's title takes its type", () => {
    expect(
      meta('Chỉ thị của Chủ tịch Uỷ ban nhân dân tỉnh về việc tăng cường công tác phòng cháy, chữa cháy rừng mùa khô.')
        .docType,
    ).toBe('chi_thi');
  });
});

describe('a person is no place', () => {
  it('"Chủ tịch Hồ Chí Minh" in a headline is the President, not the city', () => {
    const m = meta(
      'Tuyên truyền kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025)\nBan Tuyên giáo Tỉnh ủy Sóc Trăng vừa ban hành Công văn số 88-CV/BTGTU về việc tuyên truyền kỷ niệm.',
    );
    expect(m.province).toBe('Sóc Trăng');
  });
});
