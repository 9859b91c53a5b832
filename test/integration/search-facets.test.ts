import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp, testConfig } from '../helpers/env.js';
import { indexSections, type TestSection } from '../helpers/search-records.js';

/* The /api/search contract around the query: filters, facets, grouping, order, pagination. */
const base = { text: 'Công tác phòng chống dịch bệnh trên địa bàn được tăng cường.' };
const sections: TestSection[] = [
  {
    ...base,
    id: 'a1',
    docId: 'A',
    district: 'Trà Cú',
    province: 'Trà Vinh',
    docType: 'thong_bao',
    issuer: 'Huyện ủy Trà Cú',
    date: '2023-09-12',
    directives: ['10-CT/TU'],
  },
  {
    ...base,
    id: 'a2',
    docId: 'A',
    district: 'Trà Cú',
    province: 'Trà Vinh',
    docType: 'thong_bao',
    issuer: 'Huyện ủy Trà Cú',
    date: '2023-09-12',
  },
  {
    ...base,
    id: 'b1',
    docId: 'B',
    district: 'Cái Nước',
    province: 'Cà Mau',
    docType: 'tin_bai',
    issuer: null,
    date: '2023-11-17',
  },
  {
    ...base,
    id: 'c1',
    docId: 'C',
    district: 'Thuận Nam',
    province: 'Ninh Thuận',
    docType: 'ket_luan',
    issuer: 'Huyện ủy Thuận Nam',
    date: '2022-04-07',
    directives: ['10-CT/TU'],
  },
  {
    ...base,
    id: 'd1',
    docId: 'D',
    district: 'Trà Cú',
    province: 'Trà Vinh',
    docType: 'ket_luan',
    issuer: 'Huyện ủy Trà Cú',
    date: '2020-04-01',
  },
  { ...base, id: 'q1', docId: 'Q', district: 'Quận "Một" \\ OR', province: 'X', docType: 'khac', date: '2021-01-01' },
  { id: 'x1', docId: 'X', text: 'Nội dung khác hẳn, không liên quan.', district: 'Trà Cú', date: '2019-01-01' },
];

let app: FastifyInstance;
let big: FastifyInstance;

beforeAll(async () => {
  const config = testConfig();
  await indexSections(config, sections);
  app = await makeApp(config);
  // More sections than Meilisearch's default 1000-hit cap, to page beyond it.
  const bigConfig = testConfig();
  await indexSections(
    bigConfig,
    Array.from({ length: 1100 }, (_, i) => ({
      id: `s${i}`,
      docId: `doc${Math.floor(i / 2)}`,
      text: `Báo cáo số ${i} về công tác xây dựng Đảng.`,
      date: `2023-01-${String((i % 28) + 1).padStart(2, '0')}`,
    })),
  );
  big = await makeApp(bigConfig);
});

afterAll(async () => {
  await app?.close();
  await big?.close();
});

type Body = {
  total: number;
  hits: { sectionId: string; docId: string; date: string | null }[];
  facets: Record<string, Record<string, number>>;
};
async function get(target: FastifyInstance, query: string): Promise<Body> {
  const res = await target.inject({ url: `/api/search?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Body;
}
const enc = encodeURIComponent;
const ids = (b: Body): string[] => b.hits.map((h) => h.sectionId).sort();

describe('filters', () => {
  it('ORs the values of one filter and ANDs different filters', async () => {
    const q = `q=${enc('dịch bệnh')}`;
    expect(ids(await get(app, `${q}&district=${enc('Cái Nước')}&district=${enc('Thuận Nam')}`))).toEqual(['b1', 'c1']);
    expect(ids(await get(app, `${q}&district=${enc('Trà Cú')}&docType=ket_luan`))).toEqual(['d1']);
  });

  it('from/to are inclusive', async () => {
    expect(ids(await get(app, `q=${enc('dịch bệnh')}&from=2022-04-07&to=2023-09-12`))).toEqual(['a1', 'a2', 'c1']);
  });

  it('a directive filter, and a document number in q, match the citation field', async () => {
    expect(ids(await get(app, `q=&directive=${enc('10-CT/TU')}`))).toEqual(['a1', 'c1']);
    expect(ids(await get(app, `q=${enc('10-CT/TU')}&district=${enc('Thuận Nam')}`))).toEqual(['c1']);
  });

  it.each([
    ['a value with quotes and OR', 'Trà Cú" OR district = "Cái Nước'],
    ['a lone backslash', '\\'],
    ['a trailing backslash', 'Trà Cú\\'],
    ['a lone quote', '"'],
    ['the word OR', 'OR'],
    ['a filter expression', 'Trà Cú" OR docType EXISTS OR district = "x'],
  ])('%s means itself: no error, no other documents', async (_name, value) => {
    const body = await get(app, `q=&district=${enc(value)}`);
    expect(body.total).toBe(0);
  });

  it('a value holding quotes, a backslash and OR finds the document that has exactly it', async () => {
    expect(ids(await get(app, `q=&district=${enc('Quận "Một" \\ OR')}`))).toEqual(['q1']);
  });
});

describe('facets', () => {
  it('count what matches, by district, province, docType, issuer, year and directive', async () => {
    const { facets } = await get(app, `q=${enc('dịch bệnh')}`);
    expect(facets.district).toMatchObject({ 'Trà Cú': 3, 'Cái Nước': 1, 'Thuận Nam': 1 });
    expect(facets.province!['Trà Vinh']).toBe(3);
    expect(facets.docType).toMatchObject({ thong_bao: 2, ket_luan: 2, tin_bai: 1 });
    expect(facets.issuer!['Huyện ủy Trà Cú']).toBe(3);
    expect(facets.year).toMatchObject({ 2023: 3, 2022: 1, 2020: 1 });
    expect(facets.directive!['10-CT/TU']).toBe(2);
  });

  it('are disjunctive: a selected district still shows the other districts, the other facets follow it', async () => {
    const { facets, total } = await get(app, `q=${enc('dịch bệnh')}&district=${enc('Trà Cú')}`);
    expect(total).toBe(3);
    expect(facets.district).toMatchObject({ 'Trà Cú': 3, 'Cái Nước': 1, 'Thuận Nam': 1 });
    expect(facets.docType).toEqual({ thong_bao: 2, ket_luan: 1 });
    const byYear = await get(app, `q=${enc('dịch bệnh')}&from=2023-01-01&to=2023-12-31`);
    expect(byYear.total).toBe(3);
    expect(byYear.facets.year).toMatchObject({ 2023: 3, 2022: 1, 2020: 1 });
  });
});

describe('grouping, order and pages', () => {
  it('group=document gives one hit per document and counts documents', async () => {
    const body = await get(app, `q=${enc('dịch bệnh')}&group=document`);
    expect(body.total).toBe(5);
    expect(new Set(body.hits.map((h) => h.docId)).size).toBe(body.hits.length);
    expect(body.facets.district!['Trà Cú']).toBe(2);
  });

  it('sorts by date both ways, and an empty q lists everything newest first', async () => {
    const asc = (await get(app, `q=${enc('dịch bệnh')}&sort=date_asc`)).hits.map((h) => h.date);
    expect(asc).toEqual([...asc].sort());
    const all = await get(app, 'q=&perPage=100');
    expect(all.total).toBe(sections.length);
    const dates = all.hits.map((h) => h.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('pages beyond the 1000-hit default of Meilisearch', async () => {
    const p10 = await get(big, `q=${enc('xây dựng Đảng')}&perPage=100&page=10`);
    const p11 = await get(big, `q=${enc('xây dựng Đảng')}&perPage=100&page=11`);
    expect(p11.total).toBe(1100);
    expect(p11.hits).toHaveLength(100);
    expect(new Set([...ids(p10), ...ids(p11)]).size).toBe(200);
    const docs = await get(big, `q=${enc('xây dựng Đảng')}&group=document&perPage=100&page=6`);
    expect(docs.total).toBe(550);
    expect(docs.hits).toHaveLength(50);
  });
});
