import { describe, expect, it } from 'vitest';
import { extractCitations, sentenceAround } from '../../indexer/steps/extract/citations.js';
import { normalizeDocument } from '../../indexer/steps/normalize.js';
import type { RawSection } from '../../indexer/steps/types.js';
import { canonicalDocNumber, findDocNumbers, normalizeText } from '../../lib/vietnamese/index.js';

const body = (...texts: string[]): RawSection[] =>
  texts.map((text) => ({ heading: null, path: [], text: normalizeDocument(text), kind: 'body' }));
const keys = (text: string): string[] => findDocNumbers(normalizeText(text)).map((m) => m.key);
const cite = (text: string) => extractCitations(body(text), null);

describe('document numbers in their written variants', () => {
  it.each([
    ['Chỉ thị số 10-CT/TU', '10-CT/TU'],
    ['Chỉ thị số 16/CT-TTg', '16/CT-TTG'],
    ['Nghị quyết số 29/2023/NQ-HĐND', '29/2023/NQ-HĐND'],
    ['spaces around separators 100 - KL/TW', '100-KL/TW'],
    ['spaces around separators 16/CT - TTg', '16/CT-TTG'],
    ['and 2718/ UBND - VX', '2718/UBND-VX'],
    ['Ð for Đ: Quy định 11-QÐi/TW', '11-QĐI/TW'],
    ['Ɖ for Đ: 217-QƉ/TW', '217-QĐ/TW'],
    ['TƯ for TW: Nghị quyết 29-NQ/TƯ', '29-NQ/TW'],
    ['no "số": theo kế hoạch 137-KH/HU của', '137-KH/HU'],
    ['glued word: Kết luận số 01-KL/TWcủa Bộ Chính trị', '1-KL/TW'],
    ['missing hyphen: Quyết định 84 QĐ/TWĐTN', '84-QĐ/TWĐTN'],
    ['type code missing: Nghị quyết số 29/2023/HĐND của', '29/2023/HĐND'],
    ['state document written Party-style: Nghị định số 33-NĐ/CP', '33-NĐ/CP'],
    ['state-style number on a Party document: 12/BC-VPTU', '12/BC-VPTU'],
    ['joint issuers 05-QC/BTCTU-BDVTU', '5-QC/BTCTU-BDVTU'],
    ['slash for hyphen: quyết định 1143/QĐ/TTg', '1143/QĐ-TTG'],
    ['digits split from the code: nghị quyết số 54/2017/QH 14 về', '54/2017/QH14'],
    ['Đ typed as D: quyết định số 34/2018/QD-TTg ngày', '34/2018/QĐ-TTG'],
    ['letter suffix after "số": Công văn số 966 A/CV - UBT ngày', '966A/CV-UBT'],
  ])('%s', (text, key) => {
    expect(keys(text)).toEqual([key]);
  });

  it('canonical keys drop leading zeros, spaces and case, and read look-alikes', () => {
    expect(canonicalDocNumber('011 - QÐi/TƯ')).toBe('11-QĐI/TW');
    expect(canonicalDocNumber('06-ĐA/TU')).toBe('6-ĐA/TU');
    expect(canonicalDocNumber('02/TTr - UBND')).toBe('2/TTR-UBND');
  });

  it.each([
    ['a count of people', 'Phối hợp, hướng dẫn 35.142 người cài đặt'],
    ['a steering committee', 'phát huy tốt vai trò của Ban Chỉ đạo 35 huyện'],
    ['dates', 'ngày 19/10/2022 và ngày 15-6-2016, tháng 8/2023, quý IV/2023'],
    ['a term of office', 'nhiệm kỳ 2020 - 2025 và 2025-2030'],
    ['a phone number', 'số điện thoại đường dây nóng (04.32 818 818) hoặc 0913.123.456'],
    ['a diploma serial', 'số hiệu bằng 0936613/BTPT do sở cấp'],
    ['a licence plate', 'biển số 67 A -0872 và 29 A -79093'],
    ['an address', 'ngụ 414/27 Nguyễn Hữu Cảnh, phường 10'],
    ['a ratio and a scale', 'cụm thi đua 14/15 tỉnh, tỉ lệ 1/500, 24 giờ/7 ngày'],
    ['a technical name', 'mạng 4G/LTE và COVID-19'],
    ['a Party code alone', 'theo Quyết định số 1087-QD 9/TU ngày'],
  ])('no citation from %s', (_what, text) => {
    expect(keys(text)).toEqual([]);
  });
});

describe('what a citation carries', () => {
  it('type word, date, issuer and quoted title', () => {
    const [c] = cite(
      'Chủ động tham mưu kiểm tra việc chấp hành Chỉ thị số 10-CT/TU, ngày 15/6/2016 của Ban Thường vụ Tỉnh ủy “về việc không được uống rượu, bia trong giờ làm việc” và đối với một số lĩnh vực.',
    );
    expect(c).toMatchObject({
      key: '10-CT/TU',
      label: 'Chỉ thị số 10-CT/TU',
      type: 'chi_thi',
      date: '2016-06-15',
      issuer: 'Ban Thường vụ Tỉnh ủy',
      title: '“về việc không được uống rượu, bia trong giờ làm việc”',
    });
  });

  it('a date written in words, and "về …" up to the end of the sentence', () => {
    const [c] = cite(
      'Thực hiện Chỉ thị số 16/CT-TTg ngày 31 tháng 3 năm 2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch Covid-19. Đề nghị các cơ quan thực hiện.',
    );
    expect(c).toMatchObject({
      type: 'chi_thi',
      date: '2020-03-31',
      issuer: 'Thủ tướng Chính phủ',
      title: 'về thực hiện các biện pháp cấp bách phòng, chống dịch Covid-19',
    });
  });

  it('the type word decides over the code: a "Quy định" numbered QĐ is a quy_dinh', () => {
    expect(cite('Căn cứ Quy định số 102-QĐ/TW của Bộ Chính trị về xử lý kỷ luật đảng viên vi phạm.')[0]).toMatchObject({
      type: 'quy_dinh',
      issuer: 'Bộ Chính trị',
      title: 'về xử lý kỷ luật đảng viên vi phạm',
    });
    expect(cite('theo Thông báo kết luận số 575/TBKL-TTr về việc chấp hành')[0]!.type).toBe('thong_bao');
  });

  it('without a type word the code gives the type; a state number without a type code is a công văn', () => {
    expect(cite('thực hiện 45-KH/HU và 5973/UBND-KT.').map((c) => [c.key, c.type])).toEqual([
      ['45-KH/HU', 'ke_hoach'],
      ['5973/UBND-KT', 'cong_van'],
    ]);
  });

  it('the issuer written before the number', () => {
    expect(cite('theo Quyết định của Bộ Chính trị số 31-QĐ/TW ngày 2/3/2021')[0]).toMatchObject({
      issuer: 'Bộ Chính trị',
      date: '2021-03-02',
    });
    expect(cite('Ngày 9/1/2017, Tỉnh uỷ Vĩnh Phúc đã có văn bản số 652-TB/TU về việc đồng ý.')[0]).toMatchObject({
      issuer: 'Tỉnh uỷ Vĩnh Phúc',
      date: '2017-01-09',
      type: 'thong_bao',
    });
  });

  it('a person who signed is not an issuer, but the date he signed on is the date', () => {
    const [c] = cite(
      'Quyết định số 333/QĐ-UBND do ông Trần Văn Dũng, Chủ tịch UBND huyện Thới Bình ký ngày 15/1/2019.',
    );
    expect([c!.issuer, c!.date]).toEqual([null, '2019-01-15']);
    expect(
      cite('Chủ tịch UBND tỉnh Gia Lai Võ Ngọc Thành ký kết luận thanh tra số 2405/KL-UBND về việc san lấp.')[0]!
        .issuer,
    ).toBeNull();
  });

  it('a title stops at the next document of a list and keeps a document it names itself', () => {
    const list = cite(
      'theo Kết luận số 1566/KL-TTCP ngày 17/9/2018 của Thanh tra Chính phủ về kết luận thanh tra việc CPH Cảng Quy Nhơn và Công văn số 8918/VPCP-V.I ngày 17/9/2018 của Văn phòng Chính phủ.',
    );
    expect(list.map((c) => [c.key, c.title])).toEqual([
      ['1566/KL-TTCP', 'về kết luận thanh tra việc CPH Cảng Quy Nhơn'],
      ['8918/VPCP-V.I', null],
    ]);
    expect(
      cite(
        'sơ kết Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW gắn với tuyên dương',
      )[0]!.title,
    ).toBe('về tiếp tục thực hiện Chỉ thị số 05-CT/TW');
  });

  it("the document's own number is its identity, not a citation", () => {
    const sections = body('Thông báo số 45-TB/HU ngày 1/2/2024 thay thế Thông báo số 12-TB/HU.');
    expect(extractCitations(sections, '45-TB/HU').map((c) => c.key)).toEqual(['12-TB/HU']);
  });

  it('the context is the citing sentence, not cut at "TP." abbreviations', () => {
    const text = 'Mở đầu. Bản án số 19/2016/HC-PT của toà Phúc thẩm TAND Tối cao tại TP. HCM đã có hiệu lực. Câu sau.';
    const at = text.indexOf('19/2016');
    expect(sentenceAround(text, at, at + 13)).toBe(
      'Bản án số 19/2016/HC-PT của toà Phúc thẩm TAND Tối cao tại TP. HCM đã có hiệu lực.',
    );
  });

  it('numbers in the recipients list or signature block are not citations', () => {
    const sections: RawSection[] = [
      ...body('Thực hiện Kế hoạch số 150-KH/TU.'),
      { heading: null, path: [], text: '- Lưu 12-TB/HU.', kind: 'recipients' },
    ];
    expect(extractCitations(sections, null).map((c) => c.key)).toEqual(['150-KH/TU']);
  });
});
