import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../indexer/steps/extract/metadata.js';
import { extractPeriod } from '../../indexer/steps/extract/period.js';
import { normalizeDocument } from '../../indexer/steps/normalize.js';
import { parseDocument } from '../../indexer/steps/pipeline.js';

const meta = (text: string) => extractMetadata(normalizeDocument(text));

/** A Party document with the header the seeds lack: two columns interleaved by plain-text extraction. */
const PARTY = [
  'ĐẢNG BỘ TỈNH CÀ MAU\t\tĐẢNG CỘNG SẢN VIỆT NAM',
  'HUYỆN ỦY CÁI NƯỚC',
  '*',
  'Số 45-TB/HU\t\tCái Nước, ngày 17 tháng 11 năm 2023',
  '',
  'THÔNG BÁO KẾT LUẬN',
  'của Ban Thường vụ Huyện ủy về công tác quý III/2023',
  '-----',
  '',
  'Ngày 10/11/2023, Ban Thường vụ Huyện ủy họp. Thực hiện Chỉ thị số 10-CT/TU, ngày 15/6/2016 của Ban Thường vụ Tỉnh ủy; Thông báo này thay Thông báo số 45-TB/HU ngày 1/8/2023 (số cũ đã hủy).',
  '',
  'T/M BAN THƯỜNG VỤ',
  'PHÓ BÍ THƯ',
  '',
  'Nguyễn Văn An',
  '',
  'Nơi nhận:',
  '- Ban Thường vụ Tỉnh ủy,',
  '- Các chi, đảng bộ trực thuộc;',
  '- Lưu VPHU.',
].join('\n');

const STATE = [
  'ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'HUYỆN TRÀ CÚ\t\tĐộc lập - Tự do - Hạnh phúc',
  'Số: 99/BC-UBND\t\tTrà Cú, ngày 31 tháng 3 năm 2020',
  '',
  'BÁO CÁO',
  'Tình hình kinh tế - xã hội tháng 3 năm 2020',
  '',
  'Theo Kế hoạch số 12/KH-UBND ngày 2/1/2020 của Ủy ban nhân dân tỉnh, xã Long Hiệp và xã Ngãi Xuyên đã hoàn thành.',
  '',
  'TM. ỦY BAN NHÂN DÂN',
  'CHỦ TỊCH',
  '',
  'Trần Văn Bình',
].join('\n');

describe('a Party document with its header', () => {
  const m = meta(PARTY);
  it('title, type ("Thông báo kết luận" is a thong_bao) and period', () => {
    expect(m.docType).toBe('thong_bao');
    expect(m.title).toBe('Thông báo kết luận của Ban Thường vụ Huyện ủy về công tác quý III/2023');
    expect(m.period).toBe('quý III/2023');
  });
  it('date from the place-date line, not the meeting or a cited document', () => {
    expect(m.date).toBe('2023-11-17');
  });
  it('issuer from the header and the authority line, with level and branch', () => {
    expect([m.issuer, m.issuerLevel, m.issuerBranch]).toEqual(['Ban Thường vụ Huyện ủy Cái Nước', 'huyen', 'dang']);
  });
  it('place from the place-date line and the committee', () => {
    expect([m.district, m.province]).toEqual(['Cái Nước', 'Cà Mau']);
  });
  it('own number, signer and recipients', () => {
    expect(m.ownNumber).toBe('45-TB/HU');
    expect(m.signer).toEqual({ name: 'Nguyễn Văn An', position: 'Phó Bí thư' });
    expect(m.recipients).toEqual(['Ban Thường vụ Tỉnh ủy', 'Các chi, đảng bộ trực thuộc', 'Lưu VPHU']);
  });
  it('its own number is not among its citations', () => {
    expect(parseDocument('x.txt', 'h', PARTY).citations.map((c) => c.key)).toEqual(['10-CT/TU']);
  });
});

describe('a state document', () => {
  const m = meta(STATE);
  it('issuer, level and branch from the header', () => {
    expect([m.issuer, m.issuerLevel, m.issuerBranch]).toEqual(['Ủy ban nhân dân huyện Trà Cú', 'huyen', 'nha_nuoc']);
  });
  it('type, date, place, number, signer', () => {
    expect([m.docType, m.date, m.district, m.province, m.ownNumber, m.period]).toEqual([
      'bao_cao',
      '2020-03-31',
      'Trà Cú',
      'Trà Vinh',
      '99/BC-UBND',
      'tháng 3/2020',
    ]);
    expect(m.signer).toEqual({ name: 'Trần Văn Bình', position: 'Chủ tịch' });
  });
});

describe('news reports', () => {
  it('headline, meeting date, issuer opening the headline', () => {
    const m = meta(
      'Huyện ủy Thuận Nam triển khai nhiệm vụ quý II/2022\n\nNgày 07/4/2022, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị.\n\nPhan Thủy',
    );
    expect([m.docType, m.title, m.date, m.issuer, m.period, m.signer]).toEqual([
      'tin_bai',
      'Huyện ủy Thuận Nam triển khai nhiệm vụ quý II/2022',
      '2022-04-07',
      'Huyện ủy Thuận Nam',
      'quý II/2022',
      null,
    ]);
    expect([m.district, m.province]).toEqual(['Thuận Nam', 'Ninh Thuận']);
  });
  it('a date without its year leaves the date unknown', () => {
    expect(meta('Kỷ luật chủ tịch xã\n\nNgày 25/4, Huyện ủy Đầm Dơi quyết định kỷ luật.').date).toBeNull();
  });
  it("a cited document's date is never the report's date", () => {
    expect(
      meta('Tin tức\n\nNgày 4/1/2017, UBND tỉnh Vĩnh Phúc đã có Tờ trình số 02/TTr-UBND gửi Ban Thường vụ.').date,
    ).toBeNull();
    expect(meta('Tin tức\n\nVi phạm quy định số 102-QĐ/TW, ngày 15/11/2017 của Bộ Chính trị.').date).toBeNull();
  });
  it('an association or a person is not an issuer', () => {
    expect(meta('Hội Luật gia tỉnh Hà Giang: Tiếp tục củng cố\n\nNội dung.').issuer).toBeNull();
    expect(meta('Chủ tịch UBND tỉnh Nguyễn Văn A yêu cầu\n\nNội dung.').issuer).toBeNull();
  });
  it('NFD input gives the same metadata as NFC', () => {
    const text =
      'Huyện ủy Cái Nước làm việc với Đoàn công tác\n\nNgày 17/11/2023, Đoàn công tác làm việc tại xã Trần Thới.';
    expect(meta(text.normalize('NFD'))).toEqual(meta(text));
  });
});

describe('OCR damage in the type line', () => {
  it('reads a type line whose letters were spaced apart', () => {
    const m = meta(
      'K ÉT LUẬN\ncủa Ban Thường vụ Huyện ủy về công tác tháng 5/2021\n\nNgày 3/6/2021, Ban Thường vụ họp.',
    );
    expect([m.docType, m.title, m.date]).toEqual([
      'ket_luan',
      'Kết luận của Ban Thường vụ Huyện ủy về công tác tháng 5/2021',
      '2021-06-03',
    ]);
  });
});

describe('periods', () => {
  it.each([
    ['Báo cáo sơ kết công tác tháng 8, chương trình tháng 9 năm 2023', 'tháng 8/2023'],
    ['Báo cáo tình hình quý 4 năm 2022', 'quý IV/2022'],
    ['Báo cáo 6 tháng đầu năm 2019', '6 tháng đầu năm 2019'],
    ['Báo cáo tổng kết năm 2023', 'năm 2023'],
    ['Chính sách có hiệu lực từ tháng 2/2019', null],
    ['Kế hoạch nhiệm kỳ 2020 - 2025', null],
    ['Bị phạt 6 tháng tù', null],
  ])('%s → %s', (title, period) => {
    expect(extractPeriod(title, '2023-05-01')).toBe(period);
  });
});

describe('document type of real pages', () => {
  const type = (text: string) => meta(text).docType;
  it('a page reproducing a document under a short lead takes its type, scrambled diacritics too; a report about one stays a news report', () => {
    expect(
      type(
        'Ban hành Chỉ thị về đại hội\nNgày 3/4/2024, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 35-CT/TU về đại hội. Nội dung Chỉ thị nêu rõ nhiều yêu cầu.',
      ),
    ).toBe('tin_bai');
    expect(
      type(
        'Chương trình hành động của Ban Thường vụ Tỉnh ủy\nBan Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động. Nội dung chương trình hành động như sau:\nThực hiện Nghị quyết số 57-NQ/TW, Ban Thường vụ Tỉnh ủy ban hành như sau:\nI. MỤC ĐÍCH, YÊU CẦU',
      ),
    ).toBe('chuong_trinh');
    expect(type('Kết luận của Ban Thường vụ\nNội dung KẾT LỦẬN như sau:\n1. Đánh giá chung')).toBe('ket_luan');
    expect(
      type(
        'Phát biểu của Bí thư Tỉnh ủy\nSáng 18/10, đại hội khai mạc. Báo Yên Bái xin trân trọng giới thiệu bài phát biểu của đồng chí Bí thư Tỉnh ủy!\nKính thưa các đồng chí,',
      ),
    ).toBe('khac');
  });
  it("a legal database's metadata table and a header's own number say the type", () => {
    expect(
      type(
        'Nghị quyết 29/2023 về phí\nSố hiệu | 29/2023/NQ-HĐND\nLoại văn bản | Nghị quyết\nNơi ban hành | Tỉnh Hậu Giang',
      ),
    ).toBe('nghi_quyet');
    expect(
      type(
        'ĐẢNG BỘ TỈNH NAM ĐỊNH\nHUYỆN UỶ HẢI HẬU\n*\nSố 311-BC/HU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHải Hậu, ngày 03 tháng 6 năm 2020\n\n“PHÁT HUY TRUYỀN THỐNG”\n(Báo cáo chính trị của Ban Chấp hành)',
      ),
    ).toBe('bao_cao');
  });
  it('a portal notice is a thông báo, not a news report', () => {
    expect(
      type(
        'Ban Thường vụ Huyện uỷ thông báo lịch tiếp công dân tháng 5/2024\nBí thư Huyện ủy tiếp công dân vào ngày 15/5/2024 tại trụ sở.',
      ),
    ).toBe('thong_bao');
  });
});
