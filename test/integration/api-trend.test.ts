import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexWith, makeApp, seedsDir, testConfig } from '../helpers/env.js';
import { writeFixtures, type FixtureDoc } from '../helpers/api-fixtures.js';

const ODD = 'Tân "Phú" OR \\ Đông';

/** Reports on diphtheria ("bạch hầu") from several places and dates; one without place, one without date. */
function report(
  file: string,
  date: string | null,
  district: string | null,
  province: string | null,
  paragraphs: string[],
): FixtureDoc {
  const body = paragraphs.map((p, i) => `${i + 1}. ${p}`).join('\n\n');
  return {
    file,
    text: `BÁO CÁO\nvề công tác y tế dự phòng\n\n${body}`,
    meta: { date, district, province, docType: 'bao_cao' },
  };
}

const FIXTURES = [
  report('f1.txt', '2023-02-10', 'Trà Cú', 'Trà Vinh', [
    'Ghi nhận ổ dịch bạch hầu tại xã Long Hiệp.',
    'Tiêm vắc xin phòng bạch hầu cho trẻ em.',
    'Công tác vệ sinh môi trường được duy trì.',
  ]),
  report('f2.txt', '2023-08-20', 'Cái Nước', 'Cà Mau', [
    'Giám sát chặt chẽ bệnh bạch hầu ở trường học.',
    'Tuyên truyền vệ sinh an toàn thực phẩm.',
  ]),
  report('f3.txt', '2024-01-05', 'Châu Thành', 'Trà Vinh', ['Không ghi nhận ca bạch hầu mới.']),
  report('f4.txt', '2023-05-03', ODD, 'Tiền Giang', ['Khoanh vùng ca bạch hầu nghi ngờ.']),
  report('f5.txt', '2023-03-01', null, null, ['Tập huấn phòng chống bạch hầu cho cán bộ y tế.']),
  report('f6.txt', null, 'Trà Cú', 'Trà Vinh', ['Rà soát tiêm chủng bạch hầu.']),
];

let app: FastifyInstance;
let seedApp: FastifyInstance;

beforeAll(async () => {
  const config = testConfig();
  await writeFixtures(config, FIXTURES);
  app = await makeApp(config);
  const seedConfig = testConfig();
  expect((await indexWith(seedConfig, seedsDir)).indexed).toBe(5);
  seedApp = await makeApp(seedConfig);
});

afterAll(async () => {
  await app?.close();
  await seedApp?.close();
});

const get = async (a: FastifyInstance, url: string) => {
  const res = await a.inject(url);
  return { status: res.statusCode, body: res.json() as any };
};
const Q = `q=${encodeURIComponent('bạch hầu')}`;
const enc = encodeURIComponent;

describe('GET /api/stats/trend over fixture reports', () => {
  it('counts matching sections per district and year', async () => {
    const { status, body } = await get(app, `/api/stats/trend?${Q}&by=district&interval=year`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ q: 'bạch hầu', by: 'district', interval: 'year', total: 7, undated: 1 });
    expect(body.periods).toEqual([
      {
        period: '2023',
        from: '2023-01-01',
        to: '2023-12-31',
        total: 5,
        places: { 'Trà Cú': 2, 'Cái Nước': 1, [ODD]: 1 },
        unknown: 1,
      },
      { period: '2024', from: '2024-01-01', to: '2024-12-31', total: 1, places: { 'Châu Thành': 1 }, unknown: 0 },
    ]);
    expect(body.places[0]).toEqual({ name: 'Trà Cú', total: 2 });
    expect(body.places).toHaveLength(4);
  });

  it('counts per province and quarter, empty quarters included', async () => {
    const { body } = await get(app, `/api/stats/trend?${Q}&by=province&interval=quarter`);
    expect(body.periods.map((p: any) => [p.period, p.total, p.places, p.unknown])).toEqual([
      ['2023-Q1', 3, { 'Trà Vinh': 2 }, 1],
      ['2023-Q2', 1, { 'Tiền Giang': 1 }, 0],
      ['2023-Q3', 1, { 'Cà Mau': 1 }, 0],
      ['2023-Q4', 0, {}, 0],
      ['2024-Q1', 1, { 'Trà Vinh': 1 }, 0],
    ]);
  });

  it('counts per month from the first to the last month with a match', async () => {
    const { body } = await get(app, `/api/stats/trend?${Q}&by=province&interval=month`);
    expect(body.periods.map((p: any) => p.period)).toEqual([
      '2023-02',
      '2023-03',
      '2023-04',
      '2023-05',
      '2023-06',
      '2023-07',
      '2023-08',
      '2023-09',
      '2023-10',
      '2023-11',
      '2023-12',
      '2024-01',
    ]);
    const nonEmpty = body.periods.filter((p: any) => p.total > 0).map((p: any) => [p.period, p.total]);
    expect(nonEmpty).toEqual([
      ['2023-02', 2],
      ['2023-03', 1],
      ['2023-05', 1],
      ['2023-08', 1],
      ['2024-01', 1],
    ]);
    expect(body.periods.find((p: any) => p.period === '2023-02')).toMatchObject({
      from: '2023-02-01',
      to: '2023-02-28',
    });
  });

  it('counts the same set as /api/search under two values of one filter', async () => {
    const filters = `district=${enc('Trà Cú')}&district=${enc('Cái Nước')}`;
    const trend = (await get(app, `/api/stats/trend?${Q}&${filters}&by=district&interval=year`)).body;
    const search = (await get(app, `/api/search?${Q}&${filters}`)).body;
    expect(trend.total).toBe(search.total);
    expect(trend.total).toBe(4); // f1 ×2, f2, and the undated f6
    expect(trend.undated).toBe(1);
    expect(trend.periods).toEqual([
      {
        period: '2023',
        from: '2023-01-01',
        to: '2023-12-31',
        total: 3,
        places: { 'Trà Cú': 2, 'Cái Nước': 1 },
        unknown: 0,
      },
    ]);
  });

  it('combines filters and a date range', async () => {
    const url = `${Q}&province=${enc('Trà Vinh')}&from=2023-02-15`;
    const trend = (await get(app, `/api/stats/trend?${url}&by=district&interval=quarter`)).body;
    expect(trend.total).toBe((await get(app, `/api/search?${url}`)).body.total);
    expect(trend.total).toBe(1);
    expect(trend.periods).toEqual([
      { period: '2024-Q1', from: '2024-01-01', to: '2024-03-31', total: 1, places: { 'Châu Thành': 1 }, unknown: 0 },
    ]);
    const clipped = (await get(app, `/api/stats/trend?${Q}&from=2023-02-15&to=2023-06-30&by=province&interval=quarter`))
      .body;
    expect(clipped.periods.map((p: any) => [p.period, p.total])).toEqual([
      ['2023-Q1', 1],
      ['2023-Q2', 1],
    ]);
  });

  it('counts every section for an empty q', async () => {
    const trend = (await get(app, '/api/stats/trend?q=&by=district&interval=year')).body;
    const search = (await get(app, '/api/search?q=')).body;
    expect(trend.total).toBe(search.total);
    expect(trend.total).toBeGreaterThan(7);
    const dated = trend.periods.reduce((n: number, p: any) => n + p.total, 0);
    expect(dated + trend.undated).toBe(trend.total);
  });

  it('reads filter values literally: quotes, OR and backslashes', async () => {
    const exact = (await get(app, `/api/stats/trend?${Q}&district=${enc(ODD)}&by=district&interval=year`)).body;
    expect(exact.total).toBe(1);
    expect(exact.periods[0].places).toEqual({ [ODD]: 1 });
    for (const v of ['Tân "Phú" OR', '" OR district != "', 'Tân \\"Phú\\" OR \\\\ Đông', '\\', '"']) {
      const { status, body } = await get(app, `/api/stats/trend?${Q}&district=${enc(v)}&by=district&interval=year`);
      expect(status, v).toBe(200);
      expect(body.total, v).toBe(0);
      expect(body.periods, v).toEqual([]);
    }
  });

  it('rejects bad parameters naming them', async () => {
    for (const [q, param] of [
      ['by=commune', 'by'],
      ['interval=week', 'interval'],
      ['from=2023-02-30', 'from'],
      ['to=2023', 'to'],
    ] as const) {
      const { status, body } = await get(app, `/api/stats/trend?${q}`);
      expect(status, q).toBe(400);
      expect(body.error).toBe('bad_request');
      expect(body.message).toContain(param);
    }
  });
});

describe('GET /api/stats/trend over the seeds', () => {
  it('gives each period the count /api/search gives for its dates', async () => {
    for (const interval of ['year', 'quarter', 'month']) {
      const trend = (await get(seedApp, `/api/stats/trend?q=&by=province&interval=${interval}`)).body;
      expect(trend.total).toBe((await get(seedApp, '/api/search?q=')).body.total);
      const nonEmpty = trend.periods.filter((p: any) => p.total > 0);
      expect(nonEmpty.length).toBeGreaterThanOrEqual(3);
      for (const p of nonEmpty) {
        const search = (await get(seedApp, `/api/search?q=&from=${p.from}&to=${p.to}`)).body;
        expect(p.total, `${interval} ${p.period}`).toBe(search.total);
        expect(p.unknown + Object.values(p.places as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(p.total);
      }
      expect(nonEmpty.reduce((n: number, p: any) => n + p.total, 0) + trend.undated).toBe(trend.total);
    }
  });

  it('counts per period what /api/search finds after a fallback too (folded accents, most of the words)', async () => {
    for (const q of ['sót xuất huyết', 'Trà Cú phòng chống dịch bệnh tiêu chảy cấp ngoại ngữ']) {
      const whole = (await get(seedApp, `/api/search?q=${enc(q)}`)).body;
      expect(whole.fallback, q).not.toBeNull();
      expect(whole.total, q).toBeGreaterThan(0);
      const trend = (await get(seedApp, `/api/stats/trend?q=${enc(q)}&by=district&interval=year`)).body;
      expect(trend.total, q).toBe(whole.total);
      for (const p of trend.periods.filter((x: any) => x.total > 0)) {
        expect(p.total, `${q} ${p.period}`).toBe(
          (await get(seedApp, `/api/search?q=${enc(q)}&from=${p.from}&to=${p.to}`)).body.total,
        );
      }
    }
  });

  it('finds where and when dengue was discussed', async () => {
    const trend = (await get(seedApp, `/api/stats/trend?q=${enc('sốt xuất huyết')}&by=district&interval=month`)).body;
    const search = (await get(seedApp, `/api/search?q=${enc('sốt xuất huyết')}`)).body;
    expect(trend.total).toBe(search.total);
    expect(trend.total).toBeGreaterThanOrEqual(2);
    expect(trend.periods.find((p: any) => p.period === '2023-09').total).toBe(
      search.hits.filter((h: any) => h.date?.startsWith('2023-09')).length,
    );
  });
});
