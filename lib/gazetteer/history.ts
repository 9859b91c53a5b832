/**
 * Former names and common variants. Documents are recorded with the names they had on their date
 * (the gazetteer is the state of 2025-03): Thừa Thiên Huế became the centrally-run city Huế on
 * 2025-01-01, and several districts were merged into others before that.
 */

export interface ProvinceAlias {
  code: string;
  name: string;
  display: string;
  until: string | null;
}
export interface DistrictAlias {
  provinceCode: string;
  name: string;
  type: 'Quận' | 'Huyện' | 'Thị xã' | 'Thành phố';
  display: string;
  until: string;
}

export const PROVINCE_ALIASES: ProvinceAlias[] = [
  { code: '46', name: 'Thừa Thiên Huế', display: 'Thừa Thiên Huế', until: '2025-01-01' },
  { code: '46', name: 'Thừa Thiên - Huế', display: 'Thừa Thiên Huế', until: '2025-01-01' },
  { code: '79', name: 'TP HCM', display: 'Hồ Chí Minh', until: null },
  { code: '79', name: 'TPHCM', display: 'Hồ Chí Minh', until: null },
  { code: '79', name: 'HCM', display: 'Hồ Chí Minh', until: null },
  { code: '79', name: 'Sài Gòn', display: 'Hồ Chí Minh', until: null },
  { code: '77', name: 'BR - VT', display: 'Bà Rịa - Vũng Tàu', until: null },
  { code: '77', name: 'BRVT', display: 'Bà Rịa - Vũng Tàu', until: null },
  { code: '66', name: 'Đăk Lăk', display: 'Đắk Lắk', until: null },
  { code: '66', name: 'Đắc Lắc', display: 'Đắk Lắk', until: null },
  { code: '67', name: 'Đăk Nông', display: 'Đắk Nông', until: null },
];

export const DISTRICT_ALIASES: DistrictAlias[] = [
  { provinceCode: '46', name: 'Huế', type: 'Thành phố', display: 'Huế', until: '2025-01-01' },
  { provinceCode: '22', name: 'Hoành Bồ', type: 'Huyện', display: 'Hoành Bồ', until: '2019-08-01' },
  { provinceCode: '17', name: 'Kỳ Sơn', type: 'Huyện', display: 'Kỳ Sơn', until: '2019-12-17' },
];

/** The district level ended on this date, and 63 provinces became 34 (Nghị quyết 202/2025/QH15). */
export const REORGANISED = '2025-07-01';

/** Province code → the code of the province it became part of on REORGANISED (the 11 unchanged are absent). */
export const MERGED_INTO: Record<string, string> = {
  '02': '08',
  '15': '10',
  '06': '19',
  '26': '25',
  '17': '25',
  '24': '27',
  '34': '33',
  '30': '31',
  '35': '37',
  '36': '37',
  '44': '45',
  '49': '48',
  '62': '51',
  '52': '64',
  '58': '56',
  '67': '68',
  '60': '68',
  '54': '66',
  '74': '79',
  '77': '79',
  '70': '75',
  '80': '72',
  '94': '92',
  '93': '92',
  '83': '86',
  '84': '86',
  '82': '87',
  '95': '96',
  '91': '89',
};
