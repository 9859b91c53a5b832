import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../indexer/extract/metadata.js';
import { normalizeDocument } from '../../indexer/normalize.js';
import { gazetteer, placeKey } from '../../indexer/gazetteer/load.js';

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
    expect(places('Tin\n\nNgày 1/2/2023, Huyện ủy Hàm Thuận Nam họp với huyện Hàm Thuận Nam.')).toEqual(['Hàm Thuận Nam', 'Bình Thuận']);
    expect(places('Tin\n\nNgày 1/2/2023, Huyện ủy Thuận Nam họp.')).toEqual(['Thuận Nam', 'Ninh Thuận']);
  });
  it('a name ten provinces share stays unknown until the text names the province', () => {
    expect(places('Tin\n\nNgày 1/2/2023, Huyện ủy Châu Thành họp.')).toEqual([null, null]);
    expect(places('Tin\n\nNgày 1/2/2023, Huyện ủy Châu Thành, tỉnh Trà Vinh họp.')).toEqual(['Châu Thành', 'Trà Vinh']);
  });
  it('communes that belong to one district determine it', () => {
    expect(places('THÔNG BÁO\nkết luận của Thường trực Huyện ủy\n\nCòn 03 xã chưa đạt (Ngãi Xuyên, Hàm Tân và Kim Sơn); xã Long Hiệp.')).toEqual(['Trà Cú', 'Trà Vinh']);
  });
  it('a district name found in one province only gives the province', () => {
    expect(places('Tin\n\nNgày 1/2/2023, đoàn công tác làm việc với huyện Cái Nước.')).toEqual(['Cái Nước', 'Cà Mau']);
  });
  it('a provincial subject is not given a district mentioned in passing', () => {
    expect(places('Cà Mau chi 39,3 tỷ đồng xây nhà nghỉ\n\nUBND tỉnh Cà Mau phê duyệt dự án tại phường 5, TP. Cà Mau, theo đề nghị của tỉnh Cà Mau.')).toEqual([null, 'Cà Mau']);
  });
  it('a cited document\'s issuer does not place the document', () => {
    expect(places('Tin\n\nTheo quy định số 825-QĐ/TU ngày 4-12-2017 của Tỉnh uỷ Gia Lai, ông A không đạt chuẩn.')).toEqual([null, null]);
  });
  it('a former province is recorded with its name of the time', () => {
    expect(places('Tin\n\nNgày 5/7/2019, Thanh tra tỉnh Thừa Thiên - Huế kết luận về UBND huyện Phú Lộc, huyện Phú Lộc.')).toEqual(['Phú Lộc', 'Thừa Thiên Huế']);
  });
  it('no place named, no place recorded', () => {
    expect(places('KẾT LUẬN\nCỦA THƯỜNG TRỰC HUYỆN ỦY\n\nNgày 01 tháng 4 năm 2020, Thường trực Huyện ủy họp với UBND huyện và Tỉnh ủy.')).toEqual([null, null]);
  });
});
