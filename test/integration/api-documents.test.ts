import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../indexer/steps/normalize.js';
import { indexWith, makeApp, seedsDir, testConfig } from '../helpers/env.js';
import { writeFixtures } from '../helpers/api-fixtures.js';

let app: FastifyInstance;
let fixtureId: string;

const FIXTURE_TEXT = `THÔNG BÁO
kết luận của Ban Thường vụ Huyện ủy về phòng, chống dịch bệnh

1. Tình hình dịch bệnh
Các xã triển khai Chỉ thị số 10-CT/TU, ngày 15/6/2016 của Ban Thường vụ Tỉnh ủy.

2. Nhiệm vụ thời gian tới
Tiếp tục phòng, chống dịch sốt xuất huyết theo Kế hoạch số 137-KH/HU.`;

beforeAll(async () => {
  const config = testConfig();
  expect((await indexWith(config, seedsDir)).indexed).toBe(5);
  const [built] = await writeFixtures(config, [
    {
      file: 'zz-fixtures/thong-bao-tra-cu.txt',
      text: FIXTURE_TEXT,
      meta: {
        date: '2023-10-02',
        district: 'Trà Cú',
        province: 'Trà Vinh',
        issuer: 'Ban Thường vụ Huyện ủy Trà Cú',
        ownNumber: '05-TB/HU',
        signer: { name: 'Lâm Thái Hòa', position: 'Chánh Văn phòng' },
        recipients: ['Thường trực Tỉnh ủy', 'Lưu Văn phòng Huyện ủy'],
      },
    },
  ]);
  fixtureId = built!.document.id;
  app = await makeApp(config);
});

afterAll(async () => {
  await app?.close();
});

const get = async (url: string) => {
  const res = await app.inject(url);
  return { status: res.statusCode, body: res.json() as any };
};

describe('GET /api/documents', () => {
  it('lists every document in file order with its summary', async () => {
    const { status, body } = await get('/api/documents?perPage=100');
    expect(status).toBe(200);
    expect(body.total).toBe(6);
    const files = body.documents.map((d: any) => d.file);
    expect(files).toEqual([...files].sort());
    expect(files).toContain('000_dced245384db6003.txt');
    const seed = body.documents.find((d: any) => d.file === '000_dced245384db6003.txt');
    expect(seed).toMatchObject({ docType: 'thong_bao', date: '2023-09-12', district: 'Trà Cú', province: 'Trà Vinh' });
    expect(seed.directives).toContain('10-CT/TU');
    const fixture = body.documents.find((d: any) => d.docId === fixtureId);
    expect(fixture).toEqual({
      docId: fixtureId,
      file: 'zz-fixtures/thong-bao-tra-cu.txt',
      title: expect.stringMatching(/^Thông báo kết luận/),
      docType: 'thong_bao',
      date: '2023-10-02',
      issuer: 'Ban Thường vụ Huyện ủy Trà Cú',
      district: 'Trà Cú',
      province: 'Trà Vinh',
      directives: ['10-CT/TU', '137-KH/HU'],
      sectionCount: expect.any(Number),
    });
  });

  it('pages in the same stable order', async () => {
    const all = (await get('/api/documents?perPage=100')).body.documents.map((d: any) => d.docId);
    const p1 = (await get('/api/documents?perPage=4&page=1')).body;
    const p2 = (await get('/api/documents?perPage=4&page=2')).body;
    expect(p1.documents.map((d: any) => d.docId)).toEqual(all.slice(0, 4));
    expect(p2.documents.map((d: any) => d.docId)).toEqual(all.slice(4));
    expect(p2).toMatchObject({ total: 6, page: 2, perPage: 4 });
    expect((await get('/api/documents?perPage=4&page=3')).body.documents).toEqual([]);
  });

  it('rejects bad paging with a 400 naming the parameter', async () => {
    for (const [q, param] of [
      ['perPage=0', 'perPage'],
      ['perPage=101', 'perPage'],
      ['page=0', 'page'],
      ['page=x', 'page'],
    ] as const) {
      const { status, body } = await get(`/api/documents?${q}`);
      expect(status, q).toBe(400);
      expect(body).toMatchObject({ error: 'bad_request', parameter: param });
      expect(body.message).toContain(param);
    }
  });
});

describe('GET /api/documents/:docId', () => {
  it('returns a seed with all its sections in document order', async () => {
    const list = (await get('/api/documents?perPage=100')).body.documents;
    const seed = list.find((d: any) => d.file === '000_dced245384db6003.txt');
    const { status, body } = await get(`/api/documents/${seed.docId}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      docId: seed.docId,
      file: seed.file,
      title: seed.title,
      docType: 'thong_bao',
      date: '2023-09-12',
    });
    expect(body.sections).toHaveLength(seed.sectionCount);
    expect(body.sections.length).toBeGreaterThan(5);
    const text = normalizeDocument(fs.readFileSync(path.join(seedsDir, seed.file), 'utf8'));
    // The splitter moves footnotes (`⁽¹⁾ …` lines) to the section citing them and rejoins the sentence
    // they interrupted: compare without footnote lines and white space.
    const squash = (t: string): string => t.replace(/^\s*(?:⁽[⁰¹²³⁴-⁹]+⁾|[⁰¹²³⁴-⁹]+)\s.*$/gmu, '').replace(/\s+/g, '');
    const flat = squash(text);
    let at = 0;
    for (const s of body.sections) {
      const found = flat.indexOf(squash(s.text), at);
      expect(found, s.sectionId).toBeGreaterThanOrEqual(at);
      at = found + squash(s.text).length;
      expect(Array.isArray(s.path)).toBe(true);
    }
    const covered = body.sections.reduce((n: number, s: any) => n + s.text.length, 0);
    expect(covered / text.length).toBeGreaterThan(0.8);
    const tenCt = body.directives.find((d: any) => d.key === '10-CT/TU');
    expect(tenCt).toMatchObject({ label: 'Chỉ thị số 10-CT/TU', type: 'chi_thi', date: '2016-06-15' });
    const keys = new Set(body.directives.map((d: any) => d.key));
    const citing = body.sections.filter((s: any) => s.directives.includes('10-CT/TU'));
    expect(citing).toHaveLength(1);
    expect(citing[0].text).toContain('10-CT/TU');
    for (const s of body.sections) for (const k of s.directives) expect(keys.has(k)).toBe(true);
  });

  it('returns metadata, signer and recipients', async () => {
    const { status, body } = await get(`/api/documents/${fixtureId}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      district: 'Trà Cú',
      province: 'Trà Vinh',
      ownNumber: '05-TB/HU',
      ownKey: '5-TB/HU',
      signer: { name: 'Lâm Thái Hòa', position: 'Chánh Văn phòng' },
      recipients: ['Thường trực Tỉnh ủy', 'Lưu Văn phòng Huyện ủy'],
    });
    expect(body.sections).toHaveLength(body.sectionCount);
    const numbered = body.sections.filter((s: any) => s.heading !== null);
    expect(numbered.map((s: any) => s.heading)).toEqual(['1. Tình hình dịch bệnh', '2. Nhiệm vụ thời gian tới']);
    expect(numbered.map((s: any) => s.directives)).toEqual([['10-CT/TU'], ['137-KH/HU']]);
    expect(numbered[1].path).toEqual(['2.']);
  });

  it('answers 404 for unknown ids, literally, whatever they contain', async () => {
    for (const id of ['0000000000000000', `${fixtureId}" OR docId != "x`, 'a\\"b', 'x OR y', '" OR ""="']) {
      const { status, body } = await get(`/api/documents/${encodeURIComponent(id)}`);
      expect(status, id).toBe(404);
      expect(body.error).toBe('not_found');
    }
  });
});

/** The marked strings of each section of a document view, white space collapsed as in a snippet. */
const markedTexts = (doc: any): Map<string, string[]> =>
  new Map(
    doc.sections.map((s: any) => [
      s.sectionId,
      s.marks.map(([a, b]: [number, number]) => s.text.slice(a, b).replace(/\s+/g, ' ')),
    ]),
  );

/** The <mark> contents of a search snippet, unescaped. */
const snippetMarks = (snippet: string): string[] =>
  [...snippet.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );

describe('GET /api/documents/:docId?q= (the marks of a query)', () => {
  it('marks the written-out form of an abbreviation: q=SXH marks "sốt xuất huyết"', async () => {
    const { status, body } = await get(`/api/documents/${fixtureId}?q=SXH`);
    expect(status).toBe(200);
    const task = body.sections.find((s: any) => s.heading === '2. Nhiệm vụ thời gian tới');
    expect(task.marks).toHaveLength(1);
    const [[start, end]] = task.marks;
    expect(task.text.slice(start, end)).toBe('sốt xuất huyết');
    const others = body.sections.filter((s: any) => s !== task);
    expect(others.length).toBeGreaterThan(0);
    for (const s of others) expect(s.marks, s.sectionId).toEqual([]);
  });

  it('gives the marks /api/search highlights in the same sections', async () => {
    const search = (await get('/api/search?q=SXH&perPage=100')).body;
    const docIds = [...new Set<string>(search.hits.map((h: any) => h.docId))];
    expect(docIds).toContain(fixtureId);
    expect(docIds.length).toBeGreaterThan(1);
    let compared = 0;
    for (const docId of docIds) {
      const marks = markedTexts((await get(`/api/documents/${docId}?q=SXH`)).body);
      for (const hit of search.hits.filter((h: any) => h.docId === docId)) {
        const inSnippet = snippetMarks(hit.snippet);
        expect(inSnippet.length, hit.sectionId).toBeGreaterThan(0);
        const inDocument = marks.get(hit.sectionId)!.join('\u0000');
        // A snippet is a window of the section: its marks are a run of the section's marks.
        expect(inDocument, hit.sectionId).toContain(inSnippet.join('\u0000'));
        if (docId === fixtureId) expect(marks.get(hit.sectionId), hit.sectionId).toEqual(inSnippet);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(2);
  });

  it('marks a document number asked for, and nothing without a query', async () => {
    const cited = (await get(`/api/documents/${fixtureId}?q=${encodeURIComponent('Chỉ thị 10-CT/TU')}`)).body;
    const marked = [...markedTexts(cited).values()].flat();
    expect(marked).toEqual(['10-CT/TU']);
    const plain = (await get(`/api/documents/${fixtureId}`)).body;
    expect(plain.sections.length).toBeGreaterThan(1);
    for (const s of plain.sections) expect(s.marks).toEqual([]);
  });

  it('rejects an over-long query with a 400 naming it', async () => {
    const { status, body } = await get(`/api/documents/${fixtureId}?q=${'a'.repeat(1001)}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'bad_request', parameter: 'q' });
  });
});

describe('an archive with nothing indexed yet', () => {
  it('lists no documents instead of failing', async () => {
    const empty = await makeApp(testConfig());
    const res = await empty.inject('/api/documents');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 0, documents: [] });
    expect((await empty.inject('/api/documents/abc')).statusCode).toBe(404);
    expect((await empty.inject('/api/directives')).json()).toMatchObject({ total: 0, directives: [] });
    await empty.close();
  });
});
