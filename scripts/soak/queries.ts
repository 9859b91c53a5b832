/** A mixed list of searches: common and rare terms, with and without accents, filters, grouping, numbers. */
export const SOAK_QUERIES: string[] = [
  'q=sốt+xuất+huyết',
  'q=sot+xuat+huyet',
  'q=nông+thôn+mới',
  'q=xây+dựng+Đảng&group=document',
  'q=chuyển+đổi+số&sort=date_desc',
  'q=10-CT/TU',
  'q=Chỉ+thị+05-CT/TW',
  'q=covid',
  'q=',
  'q=&page=3',
  'q=Ban+Thường+vụ+Huyện+ủy&perPage=50',
  'q=giải+phóng+mặt+bằng',
  'q=kiểm+tra+giám+sát&docType=tin_bai',
  'q=an+ninh+trật+tự&from=2018-01-01&to=2019-12-31',
  'q=phát+triển+kinh+tế+xã+hội&group=document&page=2',
  'q=tham+nhũng',
  'q=đại+hội+đảng+bộ',
  'q=BTV',
  'q=UBND+huyện',
  'q="nông+thôn+mới"',
];

/** Other read endpoints hit now and then. */
export const SOAK_PATHS = [
  '/api/health',
  '/api/documents?perPage=20',
  '/api/directives?perPage=20',
  '/api/stats/trend?q=covid&interval=year',
];
