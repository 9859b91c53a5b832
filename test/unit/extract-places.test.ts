import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../indexer/steps/extract/metadata.js';
import { normalizeDocument } from '../../indexer/steps/normalize.js';
import { gazetteer, placeKey } from '../../lib/gazetteer/load.js';

const places = (text: string) => {
  const m = extractMetadata(normalizeDocument(text));
  return [m.district, m.province];
};

describe('gazetteer', () => {
  it('holds the 63 provinces and 696 districts of 2025-03 and their communes', () => {
    const g = gazetteer();
    expect(g.provinces.size).toBe(63);
    expect([...g.districts.values()].filter((d) => !d.code.includes('-')).length).toBe(696);
    expect(g.communesByKey.get(placeKey('Ngãi Xuyên'))?.map((c) => g.districts.get(c)!.name)).toEqual(['Trà Cú']);
  });
  it('folds tone placement but keeps accents: Hoà Bình = Hòa Bình, Trà Cú ≠ Tra Cu', () => {
    expect(placeKey('Hoà Bình')).toBe(placeKey('Hòa Bình'));
    expect(placeKey('Trà Cú')).not.toBe(placeKey('Tra Cu'));
    expect(gazetteer().districtsByKey.get(placeKey('Châu Thành'))).toHaveLength(10);
  });
});

describe('district and province', () => {
  it('a name hiding in a longer name is not matched: Hàm Thuận Nam is not Thuận Nam', () => {
    expect(places('Tin\n\nNgày 1/2/2023, Huyện ủy Hàm Thuận Nam họp với huyện Hàm Thuận Nam.')).toEqual([
      'Hàm Thuận Nam',
      'Bình Thuận',
    ]);
    expect(places('Tin\n\nNgày 1/2/2023, Huyện ủy Thuận Nam họp.')).toEqual(['Thuận Nam', 'Ninh Thuận']);
  });
  it('a name ten provinces share stays unknown until the text names the province', () => {
    expect(places('Tin\n\nNgày 1/2/2023, Huyện ủy Châu Thành họp.')).toEqual([null, null]);
    expect(places('Tin\n\nNgày 1/2/2023, Huyện ủy Châu Thành, tỉnh Trà Vinh họp.')).toEqual(['Châu Thành', 'Trà Vinh']);
  });
  it('communes that belong to one district determine it', () => {
    expect(
      places(
        'THÔNG BÁO\nkết luận của Thường trực Huyện ủy\n\nCòn 03 xã chưa đạt (Ngãi Xuyên, Hàm Tân và Kim Sơn); xã Long Hiệp.',
      ),
    ).toEqual(['Trà Cú', 'Trà Vinh']);
  });
  it('a district name found in one province only gives the province', () => {
    expect(places('Tin\n\nNgày 1/2/2023, đoàn công tác làm việc với huyện Cái Nước.')).toEqual(['Cái Nước', 'Cà Mau']);
  });
  it('a provincial subject is not given a district mentioned in passing', () => {
    expect(
      places(
        'Cà Mau chi 39,3 tỷ đồng xây nhà nghỉ\n\nUBND tỉnh Cà Mau phê duyệt dự án tại phường 5, TP. Cà Mau, theo đề nghị của tỉnh Cà Mau.',
      ),
    ).toEqual([null, 'Cà Mau']);
  });
  it("a cited document's issuer does not place the document", () => {
    expect(
      places('Tin\n\nTheo quy định số 825-QĐ/TU ngày 4-12-2017 của Tỉnh uỷ Gia Lai, ông A không đạt chuẩn.'),
    ).toEqual([null, null]);
  });
  it('a former province is recorded with its name of the time', () => {
    expect(
      places('Tin\n\nNgày 5/7/2019, Thanh tra tỉnh Thừa Thiên - Huế kết luận về UBND huyện Phú Lộc, huyện Phú Lộc.'),
    ).toEqual(['Phú Lộc', 'Thừa Thiên Huế']);
  });
  it('no place named, no place recorded', () => {
    expect(
      places(
        'KẾT LUẬN\nCỦA THƯỜNG TRỰC HUYỆN ỦY\n\nNgày 01 tháng 4 năm 2020, Thường trực Huyện ủy họp với UBND huyện và Tỉnh ủy.',
      ),
    ).toEqual([null, null]);
  });
});

describe('places on real pages from anywhere', () => {
  it('spelling variants: Đăk/Đắk and any apostrophe (R’lấp, H’leo) name the same place', () => {
    expect(places('Tin\n\nNgày 2/3/2021, Huyện ủy Đăk R’lấp họp với huyện Đăk R’lấp.')).toEqual([
      "Đắk R'Lấp",
      'Đắk Nông',
    ]);
    expect(places('Tin\n\nNgày 2/3/2021, Huyện ủy Ea H‘leo họp.')).toEqual(["Ea H'leo", 'Đắk Lắk']);
  });
  it("the header's issuing body and a place-date line broken over lines give the province", () => {
    const header =
      'ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\nSố: 07/KH-UBND\n|\nLạng Sơn, ngày 13\ntháng 01 năm 2020\n|\n';
    expect(
      places(
        `${header}KẾ HOẠCH\nphòng, chống hạn hán\nThực hiện Chỉ thị số 8008/CT-TCTL của Bộ trưởng, UBND tỉnh ban hành Kế hoạch.`,
      ),
    ).toEqual([null, 'Lạng Sơn']);
  });
  it("the site's name, even in lower case, gives the province when the text does not name one", () => {
    expect(
      places(
        'Cổng thông tin điện tử tỉnh thanh hóa\n\nHội nghị Ban Chấp hành Đảng bộ tỉnh\n\nNgày 3/4/2023, Tỉnh ủy tổ chức hội nghị.',
      ),
    ).toEqual([null, 'Thanh Hóa']);
    expect(
      places('Báo Nam Định\n\nHội nghị Ban Thường vụ Tỉnh ủy\n\nNgày 3/4/2023, Tỉnh ủy tổ chức hội nghị.'),
    ).toEqual([null, 'Nam Định']);
  });
  it("furniture before the headline is skipped: the headline's district counts", () => {
    expect(
      places(
        'news\n\nKhai mạc Đại hội Đảng bộ huyện Hải Hậu\n\n(05:12, 18/06/2020)\n\nSáng 18/6/2020, đại hội khai mạc; dự có Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Chủ tịch UBND tỉnh và Ban Thường vụ Tỉnh ủy.',
      ),
    ).toEqual(['Hải Hậu', 'Nam Định']);
  });
  it('a name the next words call a district, an abbreviated committee, a province in brackets', () => {
    expect(
      places('Dấu ấn một nhiệm kỳ\n\nHải Hậu, huyện đồng bằng ven biển của tỉnh Nam Định, có 31 xã. Huyện ủy chỉ đạo.'),
    ).toEqual(['Hải Hậu', 'Nam Định']);
    expect(
      places(
        'Làm việc với huyện\n\nNgày 5/9/2019, Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy (BTVHU) Vĩnh Thuận; BTVHU Vĩnh Thuận báo cáo.',
      ),
    ).toEqual(['Vĩnh Thuận', 'Kiên Giang']);
    expect(
      places(
        'Phiên trù bị Đại hội Đảng bộ huyện Phú Tân\n\nChiều 12-8, Đại hội đại biểu Đảng bộ huyện Phú Tân (An Giang) tiến hành phiên trù bị, có Văn phòng Tỉnh ủy dự.',
      ),
    ).toEqual(['Phú Tân', 'An Giang']);
    expect(places('Tin\n\nNgày 1/2/2023, Công ty Quốc Cường Gia Lai mua đất ở huyện Phú Tân.')).toEqual([null, null]);
  });
  it('bare province names in the text count: "trụ cột của Quảng Ninh"', () => {
    expect(
      places(
        'Điểm báo ngày 22/9\n\nQuảng Ninh xác định 3 đột phá. Tốc độ tăng trưởng của Quảng Ninh đạt 19%, trụ cột của Quảng Ninh.',
      ),
    ).toEqual([null, 'Quảng Ninh']);
  });
  it('several districts or provinces together: none of them is the place', () => {
    expect(
      places(
        'Cụm thi đua số 6 giao ban\n\nCụm thi đua gồm Huyện ủy Ea H’leo, Krông Pắc, Krông Búk và Thị ủy Buôn Hồ. Huyện ủy Ea H’leo đăng cai; Huyện ủy Ea H’leo báo cáo; Tỉnh ủy khen.',
      ),
    ).toEqual([null, 'Đắk Lắk']);
    expect(
      places(
        'Sáng 10/12, tại Nghệ An, Ban Thường vụ Tỉnh ủy 3 tỉnh Nghệ An, Thanh Hóa, Hà Tĩnh phối hợp tổ chức hội nghị. Bí thư Tỉnh ủy Nghệ An chủ trì.',
      ),
    ).toEqual([null, null]);
  });
  it('one commune alone does not place an old document', () => {
    expect(
      places(
        'BTV Huyện ủy duyệt đại hội Đảng bộ xã Thịnh Sơn\n\nSáng ngày 11/3/2015, BTV huyện ủy duyệt nội dung Đại hội Đảng bộ xã Thịnh Sơn.',
      ),
    ).toEqual([null, null]);
  });
  it('after the 2025 reorganisation: no district, and the province is one the text names, as merged', () => {
    const congress =
      'Đại hội Đảng bộ xã Sao Vàng lần thứ I, nhiệm kỳ 2025 – 2030\n\nXã Sao Vàng được thành lập trên cơ sở sáp nhập các xã Xuân Phú, Thọ Lâm và thị trấn Sao Vàng.';
    expect(places(`${congress} Xã phấn đấu là trung tâm phía Tây của Tỉnh Thanh Hoá.`)).toEqual([null, 'Thanh Hóa']);
    expect(places(congress)).toEqual([null, null]);
    expect(
      places(
        'Đại hội Đảng bộ xã Đồng Yên lần thứ I, nhiệm kỳ 2025-2030\n\nNgày 11/8/2025, dự có lãnh đạo tỉnh Hà Giang cũ; Tỉnh ủy chỉ đạo.',
      ),
    ).toEqual([null, 'Tuyên Quang']);
  });
});
