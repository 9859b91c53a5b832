import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyToTemp, indexWith, makeApp, seedsDir, testConfig } from '../helpers/env.js';
import { writeFixtures } from '../helpers/api-fixtures.js';

let app: FastifyInstance;
let archivedId: string;
let uncitedId: string;

/** Two small documents that cite the seeds' Chỉ thị 10-CT/TU, one with a leading zero and odd spacing. */
const CITING_A = `BÁO CÁO
kết quả thực hiện công tác tuyên truyền quý III năm 2023

1. Kết quả
Các chi bộ tiếp tục quán triệt Chỉ thị số 010 - CT/TU, ngày 15/6/2016 của Ban Thường vụ Tỉnh ủy về việc không uống rượu, bia trong giờ làm việc.

2. Phương hướng
Tăng cường kiểm tra việc thực hiện Quy định số 11-QĐi/TW.`;

const CITING_B = `KẾ HOẠCH
kiểm tra, giám sát năm 2024

1. Nội dung
Kiểm tra việc chấp hành Chỉ thị số 10-CT/TU của Ban Thường vụ Tỉnh ủy tại các cơ quan, đơn vị.`;

beforeAll(async () => {
  const config = testConfig();
  const corpus = copyToTemp(seedsDir);
  fs.mkdirSync(path.join(corpus, 'extra'));
  fs.writeFileSync(path.join(corpus, 'extra', 'bao-cao-tuyen-truyen.txt'), CITING_A);
  fs.writeFileSync(path.join(corpus, 'extra', 'ke-hoach-kiem-tra.txt'), CITING_B);
  const summary = await indexWith(config, corpus);
  expect(summary).toMatchObject({ indexed: 7, failed: [] });
  const built = await writeFixtures(config, [
    {
      file: 'archive/chi-thi-10.txt',
      text: 'CHỈ THỊ\nvề việc không được uống rượu, bia trong giờ làm việc\n\nCán bộ, đảng viên không uống rượu, bia trong giờ làm việc.',
      meta: {
        docType: 'chi_thi',
        ownNumber: '10-CT/TU',
        date: '2016-06-15',
        issuer: 'Ban Thường vụ Tỉnh ủy Trà Vinh',
        province: 'Trà Vinh',
      },
    },
    {
      file: 'archive/nghi-quyet-99.txt',
      text: 'NGHỊ QUYẾT\nvề phát triển kinh tế\n\nPhát triển kinh tế nông nghiệp.',
      meta: { docType: 'nghi_quyet', ownNumber: '99-NQ/HU', date: '2022-01-05' },
    },
  ]);
  archivedId = built[0]!.document.id;
  uncitedId = built[1]!.document.id;
  app = await makeApp(config);
});

afterAll(async () => {
  await app?.close();
});

const get = async (url: string) => {
  const res = await app.inject(url);
  return { status: res.statusCode, body: res.json() as any };
};

describe('GET /api/directives', () => {
  it('lists every cited number with its count, most cited first', async () => {
    const { status, body } = await get('/api/directives?perPage=100');
    expect(status).toBe(200);
    expect(body.total).toBe(body.directives.length);
    expect(body.total).toBeGreaterThan(15);
    const counts = body.directives.map((d: any) => d.citedBy);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(body.directives.find((d: any) => d.key === '10-CT/TU')).toEqual({
      key: '10-CT/TU',
      label: 'Chỉ thị số 10-CT/TU',
      type: 'chi_thi',
      citedBy: 3,
    });
    expect(body.directives.find((d: any) => d.key === '11-QĐI/TW')).toMatchObject({ type: 'quy_dinh', citedBy: 4 });
    expect(body.directives.map((d: any) => d.key)).not.toContain('99-NQ/HU');
  });

  it('pages', async () => {
    const all = (await get('/api/directives?perPage=100')).body.directives.map((d: any) => d.key);
    const p2 = (await get('/api/directives?perPage=5&page=2')).body;
    expect(p2).toMatchObject({ total: all.length, page: 2, perPage: 5 });
    expect(p2.directives.map((d: any) => d.key)).toEqual(all.slice(5, 10));
  });

  it('finds a number by any spelling, and by the words of its label', async () => {
    for (const q of ['10-CT/TU', '10 - ct/tu', '010-CT/TU']) {
      const { body } = await get(`/api/directives?q=${encodeURIComponent(q)}`);
      expect(
        body.directives.map((d: any) => d.key),
        q,
      ).toContain('10-CT/TU');
      expect(
        body.directives.every((d: any) => d.key.includes('10-CT/TU')),
        q,
      ).toBe(true);
    }
    const folded = (await get(`/api/directives?q=${encodeURIComponent('11-QDi/TW')}`)).body;
    expect(folded.directives.map((d: any) => d.key)).toEqual(['11-QĐI/TW']);
    const words = (await get(`/api/directives?q=${encodeURIComponent('chỉ thị')}`)).body;
    expect(words.total).toBeGreaterThanOrEqual(3);
    expect(words.directives.map((d: any) => d.key)).toContain('10-CT/TU');
    // Besides the chỉ thị, only Kết luận 01-KL/TW, whose title is "về tiếp tục thực hiện Chỉ thị số 05-CT/TW".
    expect(words.directives.filter((d: any) => d.type !== 'chi_thi').map((d: any) => d.key)).toEqual(['1-KL/TW']);
  });

  it('reads quotes, OR and backslashes in q literally', async () => {
    for (const q of ['10-CT/TU" OR key != "x', '"', '\\', 'a\\"b', 'x OR y', "' OR 1=1 --"]) {
      const { status, body } = await get(`/api/directives?q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
      expect(body.total, q).toBe(0);
    }
  });

  it('rejects bad parameters', async () => {
    const { status, body } = await get('/api/directives?perPage=1000');
    expect(status).toBe(400);
    expect(body.parameter).toBe('perPage');
  });
});

describe('GET /api/directives/:key', () => {
  it('lists the sections citing it across documents, with the citing sentence', async () => {
    const { status, body } = await get(`/api/directives/${encodeURIComponent('10-CT/TU')}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ key: '10-CT/TU', label: 'Chỉ thị số 10-CT/TU', type: 'chi_thi', date: '2016-06-15' });
    expect(body.citedByTotal).toBe(3);
    expect(body.citedBy).toHaveLength(3);
    const docs = new Set(body.citedBy.map((c: any) => c.docId));
    expect(docs.size).toBe(3);
    const list = (await get('/api/documents?perPage=100')).body.documents;
    const byFile = (f: string) => list.find((d: any) => d.file === f).docId;
    for (const f of ['000_dced245384db6003.txt', 'extra/bao-cao-tuyen-truyen.txt', 'extra/ke-hoach-kiem-tra.txt'])
      expect(docs.has(byFile(f)), f).toBe(true);
    const a = body.citedBy.find((c: any) => c.docId === byFile('extra/bao-cao-tuyen-truyen.txt'));
    expect(a.context).toMatch(/^Các chi bộ tiếp tục quán triệt Chỉ thị số 010 - CT\/TU, ngày 15\/6\/2016/);
    expect(a.title).toMatch(/^Báo cáo kết quả thực hiện công tác tuyên truyền/);
    expect(Object.keys(a).sort()).toEqual([
      'context',
      'date',
      'district',
      'docId',
      'province',
      'relation',
      'sectionId',
      'title',
    ]);
    expect(a.relation).toBe('implements');
    const detail = (await get(`/api/documents/${a.docId}`)).body;
    expect(detail.sections.find((s: any) => s.sectionId === a.sectionId).directives).toContain('10-CT/TU');
  });

  it('accepts any spelling of the key, encoded or not', async () => {
    for (const raw of ['10 - ct/tu', '010-CT/TU', '10-CT/TU']) {
      const { status, body } = await get(`/api/directives/${encodeURIComponent(raw)}`);
      expect(status, raw).toBe(200);
      expect(body.key).toBe('10-CT/TU');
      expect(body.citedBy).toHaveLength(3);
    }
    expect((await get('/api/directives/10-CT/TU')).body.key).toBe('10-CT/TU');
    expect((await get(`/api/directives/${encodeURIComponent('11-QĐi/TƯ')}`)).body.key).toBe('11-QĐI/TW');
  });

  it('links the archived document whose own number is the key', async () => {
    const { body } = await get(`/api/directives/${encodeURIComponent('10-CT/TU')}`);
    expect(body.document).toEqual({
      docId: archivedId,
      file: 'archive/chi-thi-10.txt',
      title: expect.stringMatching(/^Chỉ thị về việc không được uống rượu/),
    });
    expect(body.issuer).toBe('Ban Thường vụ Tỉnh ủy Trà Vinh');
    expect(body.number).toBe('10-CT/TU');
    const cited = (await get(`/api/directives/${encodeURIComponent('11-QĐI/TW')}`)).body;
    expect(cited.document).toBeNull();
  });

  it('answers for an archived document nobody cites', async () => {
    const { status, body } = await get(`/api/directives/${encodeURIComponent('99-NQ/HU')}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      key: '99-NQ/HU',
      type: 'nghi_quyet',
      label: 'Nghị quyết số 99-NQ/HU',
      date: '2022-01-05',
      citedBy: [],
      citedByTotal: 0,
    });
    expect(body.document.docId).toBe(uncitedId);
  });

  it('answers 404 for unknown keys, literally, whatever they contain', async () => {
    for (const raw of ['999-XX/YY', '10-CT/TU" OR key != "x', '10-CT/TU\\', '" OR ""="', 'a OR b']) {
      const { status, body } = await get(`/api/directives/${encodeURIComponent(raw)}`);
      expect(status, raw).toBe(404);
      expect(body.error).toBe('not_found');
    }
  });
});
