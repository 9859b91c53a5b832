import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../indexer/steps/extract/metadata.js';
import { normalizeDocument } from '../../indexer/steps/normalize.js';

/**
 * Miss classes of the second round of party-extra pages (e-83 …; see test/fixtures/extract/party-extra-rounds.md),
 * each pinned on a constructed text laid out like those pages (paraphrased; other places, names and dates).
 */
const meta = (text: string) => extractMetadata(normalizeDocument(text));

describe('a document of a kind outside the type list is khac', () => {
  it('a capitals heading "ĐỀ CƯƠNG TUYÊN TRUYỀN …" with the outline under it', () => {
    const text = [
      'ĐỀ CƯƠNG TUYÊN TRUYỀN KỶ NIỆM 60 NĂM THÀNH LẬP HUYỆN MƯỜNG LA',
      'Lượt xem: 27',
      '',
      'I. QUÁ TRÌNH HÌNH THÀNH VÀ PHÁT TRIỂN',
      '',
      'Căn cứ Kế hoạch số 12-KH/HU ngày 02/3/2024 của Ban Thường vụ Huyện ủy về tổ chức các hoạt động kỷ niệm;',
    ].join('\n');
    expect(meta(text).docType).toBe('khac');
  });
  it('a paper "giới thiệu toàn văn bản Đề cương" under a short lead', () => {
    const text = [
      'Đề cương tuyên truyền kỷ niệm 70 năm Ngày truyền thống Đảng bộ tỉnh',
      '',
      'Ban Tuyên giáo Tỉnh ủy vừa ban hành Đề cương tuyên truyền kỷ niệm 70 năm Ngày truyền thống Đảng bộ tỉnh. Báo Lào Cai trân trọng giới thiệu toàn văn bản Đề cương.',
      '',
      'I. NGÀY TRUYỀN THỐNG ĐẢNG BỘ TỈNH',
      '',
      'Những năm đầu thế kỷ XX, phong trào yêu nước trong tỉnh phát triển mạnh …',
    ].join('\n');
    expect(meta(text).docType).toBe('khac');
  });
  it('a report that an outline was issued stays a news report', () => {
    const text = [
      'Ban hành đề cương tuyên truyền về Đại hội Đảng bộ tỉnh',
      '',
      'Ngày 14/5/2024, Ban Tuyên giáo Tỉnh ủy Lào Cai ban hành đề cương tuyên truyền Đại hội Đảng bộ tỉnh lần thứ XVII; các cấp ủy được yêu cầu tổ chức tuyên truyền sâu rộng.',
    ].join('\n');
    expect(meta(text).docType).toBe('tin_bai');
  });
});

describe('a time of day set off by commas after an opening clause is the dateline', () => {
  it('"Hòa chung …, chiều nay 12/2 (tức mùng 3 Tết), tại …" takes the year of the spring it greets', () => {
    const text = [
      'Hòa chung niềm vui mừng Đảng, mừng Xuân và kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2024), đón Xuân Giáp Thìn 2024, chiều nay 12/2 (tức mùng 3 Tết), tại Quảng trường trung tâm, Thị ủy, HĐND, UBND thị xã Nghĩa Lộ tổ chức Hội báo Xuân.',
    ].join('\n');
    expect(meta(text).date).toBe('2024-02-12');
  });
  it('a yearless date deep in a long clause, not set off, is no dateline', () => {
    const text = [
      'Hòa chung niềm vui mừng Đảng, mừng Xuân và kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam, đón Xuân Giáp Thìn 2024, các đơn vị trong thị xã đã lên kế hoạch tổ chức hội báo xuân vào chiều 12/2 tại Quảng trường trung tâm.',
    ].join('\n');
    expect(meta(text).date).toBeNull();
  });
});

describe('a text that names many provinces belongs to none of them', () => {
  it('a lead listing the provinces a national decision sets up, no headline', () => {
    const text = [
      'Theo đó, tại Quyết định số 401-QĐ/TW, Bộ Chính trị quyết định thành lập Đảng bộ tỉnh Tuyên Quang trên cơ sở hợp nhất 2 đảng bộ tỉnh: Tuyên Quang và Hà Giang. Đảng bộ tỉnh Tuyên Quang gồm các tổ chức đảng của 2 đảng bộ tỉnh trước hợp nhất.',
      '',
      'Tại Quyết định số 402-QĐ/TW, Bộ Chính trị quyết định thành lập Đảng bộ tỉnh Lào Cai trên cơ sở hợp nhất 2 đảng bộ tỉnh: Lào Cai và Yên Bái.',
      '',
      'Bộ Chính trị cũng quyết định thành lập đảng bộ các tỉnh mới, gồm: tỉnh Phú Thọ, tỉnh Bắc Ninh, tỉnh Hưng Yên, tỉnh Ninh Bình, tỉnh Quảng Trị, tỉnh Gia Lai, tỉnh Khánh Hòa, tỉnh Lâm Đồng.',
    ].join('\n');
    expect(meta(text).province).toBeNull();
  });
  it('a provincial report naming its province often and its neighbours once keeps its province', () => {
    const text = [
      'Tuyên Quang đẩy mạnh liên kết vùng phát triển du lịch',
      '',
      'Sáng 9/5/2024, UBND tỉnh Tuyên Quang tổ chức hội nghị liên kết du lịch với các tỉnh Hà Giang, Yên Bái, Phú Thọ và Thái Nguyên. Tỉnh Tuyên Quang giới thiệu các tuyến du lịch mới; du khách đến Tuyên Quang tăng mạnh. Lãnh đạo tỉnh Tuyên Quang cảm ơn các tỉnh bạn.',
    ].join('\n');
    expect(meta(text).province).toBe('Tuyên Quang');
  });
});

describe('a page published after the reorganisation has no district', () => {
  it('no event date, the stored page date 2025-10 and communes of a former district', () => {
    const text = [
      ' date 2025-10-21 Bí thư Tỉnh ủy tiếp công dân định kỳ tháng 10',
      '',
      'Ban Nội chính Tỉnh ủy vừa ban hành Thông báo về buổi tiếp công dân định kỳ của đồng chí Bí thư Tỉnh ủy.',
      '',
      'Tại buổi tiếp, đồng chí Bí thư Tỉnh ủy sẽ làm việc với ông Nguyễn Văn Bình, trú tại xã Cẩm Khê, tỉnh Phú Thọ, về việc công nhận người có công. Đại diện Đảng ủy, UBND xã Tiên Lương cũng tham dự.',
    ].join('\n');
    const m = meta(text);
    expect(m.district).toBeNull();
    expect(m.province).toBe('Phú Thọ');
  });
});

describe('the capital and a source line name the province', () => {
  it('"xã … của Thủ đô Hà Nội"', () => {
    const text =
      'Xã ven đô sẵn sàng vận hành bộ máy mới\n\nĐến nay, xã ven đô lớn nhất của Thủ đô Hà Nội đã sẵn sàng đưa bộ máy mới đi vào hoạt động, bảo đảm thông suốt.';
    expect(meta(text).province).toBe('Hà Nội');
  });
  it('an aggregator\'s foot line "Nguồn Lào Cai: https://…"', () => {
    const text =
      'Kiểm tra vận hành chính quyền hai cấp\nSáng 2/7, Chủ tịch UBND tỉnh và lãnh đạo một số sở, ngành đã kiểm tra hoạt động của chính quyền hai cấp ở hai xã vùng cao.\nNguồn Lào Cai: https://baolaocai.vn/kiem-tra-van-hanh-chinh-quyen-hai-cap-post1.html';
    expect(meta(text).province).toBe('Lào Cai');
  });
  it('a reporter\'s credit "Theo Hà Nam" is no source line', () => {
    const text =
      'Kiểm tra vận hành chính quyền hai cấp\nSáng 2/7, Chủ tịch UBND tỉnh và lãnh đạo một số sở, ngành đã kiểm tra hoạt động của chính quyền hai cấp ở hai xã vùng cao.\nTheo Hà Nam';
    expect(meta(text).province).toBeNull();
  });
});
