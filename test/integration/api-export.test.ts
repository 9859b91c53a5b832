import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../api/export/format.js';
import { makeApp, testConfig } from '../helpers/env.js';
import { manySections, writeFixtures } from '../helpers/api-fixtures.js';

const ODD = 'Tân "Phú" OR \\ Đông';
const BIG = 1234;
let app: FastifyInstance;

beforeAll(async () => {
  const config = testConfig();
  await writeFixtures(config, [
    manySections(
      'lon/bao-cao-lon.txt',
      BIG,
      (i) => `Đoạn ${i}: kiểm tra chuyên đề, "ghi chú" số ${i}; dòng một\ndòng hai.`,
      { date: '2022-06-01', district: 'Trà Cú', province: 'Trà Vinh', docType: 'bao_cao' },
    ),
    {
      file: 'nho/thong-bao.txt',
      text: 'THÔNG BÁO\nvề kiểm tra\n\n1. Nội dung\nKiểm tra chuyên đề về phòng chống dịch.\n\n=SUM(A1)\n- Tiếp tục theo dõi.',
      meta: {
        title: 'Thông báo "đặc biệt", số 1; thử',
        date: '2023-01-02',
        district: ODD,
        province: 'Tiền Giang',
        docType: 'thong_bao',
      },
    },
    {
      file: 'nho/ke-hoach.txt',
      text: 'KẾ HOẠCH\nvề kiểm tra\n\n1. Nội dung\nKiểm tra chuyên đề năm 2024.',
      meta: { date: '2024-03-04', district: 'Cái Nước', province: 'Cà Mau', docType: 'ke_hoach' },
    },
  ]);
  app = await makeApp(config);
});

afterAll(async () => {
  await app?.close();
});

const enc = encodeURIComponent;
const csv = async (query: string) => {
  const res = await app.inject(`/api/export?${query}&format=csv`);
  const rows = parse(res.body.replace(/^\uFEFF/, ''), { relax_column_count: false }) as string[][];
  return { res, header: rows[0], rows: rows.slice(1) };
};
const json = async (query: string) => {
  const res = await app.inject(`/api/export?${query}&format=json`);
  return { res, body: res.json() as any };
};

describe('GET /api/export', () => {
  it('streams every hit as CSV with a BOM, a header and a file name, beyond 1000 rows', async () => {
    const { res, header, rows } = await csv('q=');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="vankien-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(header).toEqual([...CSV_COLUMNS]);
    const total = (await app.inject('/api/search?q=')).json().total;
    expect(total).toBeGreaterThan(BIG);
    expect(rows).toHaveLength(total);
    expect(res.headers['x-total-count']).toBe(String(total));
    expect(res.headers['x-export-truncated']).toBe('false');
    expect(new Set(rows.map((r) => r[1])).size).toBe(total);
  });

  it('exports the same rows as JSON, in the order /api/search pages them', async () => {
    const { res, body } = await json('q=');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/filename="vankien-\d{4}-\d{2}-\d{2}\.json"/);
    expect(body.hits.length).toBe(body.total);
    expect(body.truncated).toBe(false);
    const { rows } = await csv('q=');
    expect(body.hits.map((h: any) => h.sectionId)).toEqual(rows.map((r) => r[1]));
    const page11 = (await app.inject('/api/search?q=&perPage=100&page=11')).json();
    expect(page11.hits).toHaveLength(100);
    expect(page11.hits[0]).not.toHaveProperty('text'); // the whole text is for the export only
    expect(body.hits.slice(1000, 1100).map((h: any) => h.sectionId)).toEqual(page11.hits.map((h: any) => h.sectionId));
  });

  it('quotes cells so a CSV parser reads back exactly the JSON values', async () => {
    const q = `q=${enc('kiểm tra chuyên đề')}&sort=date_desc`;
    const { rows } = await csv(q);
    const { body } = await json(q);
    expect(rows.length).toBe(body.total);
    expect(rows.length).toBeGreaterThan(1000);
    rows.forEach((r, i) => {
      const h = body.hits[i];
      expect(r.slice(0, 9)).toEqual([
        h.docId,
        h.sectionId,
        h.file,
        h.title,
        h.docType,
        h.date ?? '',
        h.issuer ?? '',
        h.district ?? '',
        h.province ?? '',
      ]);
      expect(r[11]).toBe(h.directives.join('; '));
      expect(r[12]).toBe(
        h.snippet
          .replace(/<\/?mark>/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      );
      expect(r[13]).toBe(h.text);
    });
    // The whole section, not the snippet's window: every line of it, as indexed.
    const first = rows.find((r) => r[2] === 'lon/bao-cao-lon.txt' && /^Đoạn \d+:/.test(r[13]!))!;
    expect(first[13]).toMatch(/^Đoạn (\d+): kiểm tra chuyên đề, "ghi chú" số \1; dòng một\ndòng hai\.$/);
    const notice = rows.find((r) => r[2] === 'nho/thong-bao.txt')!;
    expect(notice[13]).toContain('Tiếp tục theo dõi.');
    const special = rows.find((r) => r[2] === 'nho/thong-bao.txt')!;
    expect(special[3]).toBe('Thông báo "đặc biệt", số 1; thử');
    expect(special[7]).toBe(ODD);
    expect(rows.some((r) => r[12]!.includes('"ghi chú" số'))).toBe(true);
  });

  it('applies the search filters: two values of one filter, two filters, a date range, grouping', async () => {
    const two = await csv(`q=&district=${enc('Cái Nước')}&district=${enc(ODD)}`);
    expect(new Set(two.rows.map((r) => r[7]))).toEqual(new Set(['Cái Nước', ODD]));
    expect(two.rows.length).toBe(
      (await app.inject(`/api/search?q=&district=${enc('Cái Nước')}&district=${enc(ODD)}`)).json().total,
    );
    const both = await csv(`q=&province=${enc('Trà Vinh')}&docType=bao_cao&to=2022-12-31`);
    expect(both.rows).toHaveLength(BIG);
    const none = await csv(`q=&province=${enc('Trà Vinh')}&docType=ke_hoach`);
    expect(none.res.statusCode).toBe(200);
    expect(none.rows).toEqual([]);
    const grouped = await json('q=&group=document');
    expect(grouped.body.total).toBe(3);
    expect(new Set(grouped.body.hits.map((h: any) => h.docId)).size).toBe(3);
    const named = await csv(`q=${enc('sốt xuất huyết')}`);
    expect(named.res.headers['content-disposition']).toMatch(
      /filename="vankien-sot-xuat-huyet-\d{4}-\d{2}-\d{2}\.csv"/,
    );
  });

  it('reads filter values literally: quotes, OR and backslashes', async () => {
    const exact = await csv(`q=&district=${enc(ODD)}`);
    expect(exact.rows.length).toBeGreaterThan(0);
    expect(exact.rows.every((r) => r[7] === ODD)).toBe(true);
    for (const v of ['Tân "Phú" OR', '" OR district != "', '\\', '"', `${ODD}\\`]) {
      const { res, rows } = await csv(`q=&district=${enc(v)}`);
      expect(res.statusCode, v).toBe(200);
      expect(rows, v).toEqual([]);
      const j = await json(`q=&issuer=${enc(v)}`);
      expect(j.body.hits, v).toEqual([]);
    }
  });

  it('rejects bad parameters naming them', async () => {
    for (const [q, param] of [
      ['format=xml', 'format'],
      ['sort=x', 'sort'],
      ['from=2023-02-30', 'from'],
    ] as const) {
      const res = await app.inject(`/api/export?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().message).toContain(param);
    }
  });
});
