import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexSummary } from '../../indexer/run/run-indexing.js';
import { copyToTemp, indexWith, makeApp, seedsDir, testConfig } from '../helpers/env.js';

const TOKEN = `tok-${crypto.randomBytes(12).toString('hex')}`;
const auth = { authorization: `Bearer ${TOKEN}` };

function multipart(filename: string, content: Buffer | string, field = 'file') {
  const boundary = `----vk${crypto.randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from(content), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

async function waitIdle(app: FastifyInstance): Promise<any> {
  for (let i = 0; i < 600; i++) {
    const health = (await app.inject('/api/health')).json();
    if (!health.indexing) return health;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('indexing did not finish');
}

describe('admin endpoints without ADMIN_TOKEN configured', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await makeApp(testConfig({ adminToken: undefined }));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refuse every request with a JSON 401', async () => {
    for (const headers of [{}, { authorization: 'Bearer ' }, { authorization: 'Bearer anything' }, auth]) {
      for (const url of ['/api/admin/reindex', '/api/admin/documents']) {
        const res = await app.inject({ method: 'POST', url, headers });
        expect(res.statusCode, url).toBe(401);
        expect(res.json()).toMatchObject({ error: 'unauthorized', message: expect.stringContaining('ADMIN_TOKEN') });
      }
    }
  });
});

describe('admin endpoints with ADMIN_TOKEN', () => {
  let app: FastifyInstance;
  let corpus: string;
  beforeAll(async () => {
    corpus = copyToTemp(seedsDir);
    const config = testConfig({ adminToken: TOKEN, corpusDir: corpus });
    await indexWith(config, corpus);
    app = await makeApp(config);
  });
  afterAll(async () => {
    await waitIdle(app);
    await app?.close();
  });

  it('refuse a missing or wrong token', async () => {
    for (const authorization of [
      undefined,
      `Bearer ${TOKEN}x`,
      `Bearer ${TOKEN.slice(0, -1)}`,
      `Basic ${TOKEN}`,
      TOKEN,
    ]) {
      for (const url of ['/api/admin/reindex', '/api/admin/documents']) {
        const res = await app.inject({ method: 'POST', url, headers: authorization ? { authorization } : {} });
        expect(res.statusCode, `${url} ${authorization}`).toBe(401);
        expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
        expect(res.json().error).toBe('unauthorized');
      }
    }
  });

  it('re-index in the background, shown in /api/health', async () => {
    fs.appendFileSync(
      path.join(corpus, '003_70a260696a3a0871.txt'),
      '\n\nĐoạn bổ sung về phòng chống bệnh than ở địa phương.',
    );
    const res = await app.inject({ method: 'POST', url: '/api/admin/reindex', headers: auth });
    expect(res.statusCode).toBe(202);
    expect(res.json().status).toBe('started');
    const health = await waitIdle(app);
    expect(health).toMatchObject({ indexing: false, documents: 5 });
    expect(health.lastIndexing).toMatchObject({ indexed: 1, unchanged: 4, removed: 0 });
    const found = (await app.inject(`/api/search?q=${encodeURIComponent('bệnh than')}`)).json();
    expect(found.hits[0].file).toBe('003_70a260696a3a0871.txt');
  });

  it('answer 409 while an indexing run is in progress', async () => {
    let release!: () => void;
    const held = app.indexing.track(
      () =>
        new Promise<IndexSummary>((resolve) => {
          release = () =>
            resolve({ total: 0, indexed: 0, unchanged: 0, removed: 0, failed: [], sections: 0, durationMs: 0 });
        }),
    );
    expect((await app.inject('/api/health')).json().indexing).toBe(true);
    const reindex = await app.inject({ method: 'POST', url: '/api/admin/reindex', headers: auth });
    expect(reindex.statusCode).toBe(409);
    expect(reindex.json().error).toBe('conflict');
    const upload = await app.inject({
      method: 'POST',
      url: '/api/admin/documents',
      ...withAuth(multipart('a.txt', 'Nội dung')),
    });
    expect(upload.statusCode).toBe(409);
    expect(fs.existsSync(path.join(corpus, 'uploads', 'a.txt'))).toBe(false);
    release();
    await held;
    expect((await app.inject('/api/health')).json().indexing).toBe(false);
  });

  const withAuth = (m: ReturnType<typeof multipart>) => ({ payload: m.payload, headers: { ...m.headers, ...auth } });

  it('upload a document: saved under uploads/ with a safe name, indexed before the answer', async () => {
    const text =
      'THÔNG BÁO\nvề phòng, chống bệnh dại\n\n1. Tình hình\nXã Long Hiệp ghi nhận hai ca chó dại cắn người trong tháng.';
    const res = await app.inject({
      method: 'POST',
      url: '/api/admin/documents',
      ...withAuth(multipart('Thông báo bệnh dại.txt', text)),
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ file: 'uploads/Thông báo bệnh dại.txt', bytes: Buffer.byteLength(text) });
    expect(body.indexing.indexed).toBe(1);
    expect(fs.readFileSync(path.join(corpus, 'uploads', 'Thông báo bệnh dại.txt'), 'utf8')).toBe(text);
    const doc = (await app.inject(`/api/documents/${body.docId}`)).json();
    expect(doc.file).toBe('uploads/Thông báo bệnh dại.txt');
    const hits = (await app.inject(`/api/search?q=${encodeURIComponent('chó dại cắn người')}`)).json().hits;
    expect(hits.map((h: any) => h.docId)).toContain(body.docId);

    const again = await app.inject({
      method: 'POST',
      url: '/api/admin/documents',
      ...withAuth(multipart('Thông báo bệnh dại.txt', `${text}\nThêm.`)),
    });
    expect(again.statusCode).toBe(201);
    expect(again.json().file).toBe('uploads/Thông báo bệnh dại-2.txt');
    expect(fs.readFileSync(path.join(corpus, 'uploads', 'Thông báo bệnh dại.txt'), 'utf8')).toBe(text);
  });

  it('never writes outside uploads/', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/admin/documents',
      ...withAuth(multipart('../../../escape.txt', 'Văn bản thử nghiệm về thoát thư mục.')),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().file).toBe('uploads/escape.txt');
    expect(fs.existsSync(path.join(corpus, '..', 'escape.txt'))).toBe(false);
    expect(fs.existsSync(path.join(corpus, 'uploads', 'escape.txt'))).toBe(true);
  });

  it('refuse unsupported, oversized, missing and unreadable files, leaving nothing behind', async () => {
    const before = fs.readdirSync(path.join(corpus, 'uploads')).sort();
    const exe = await app.inject({
      method: 'POST',
      url: '/api/admin/documents',
      ...withAuth(multipart('virus.exe', 'MZ')),
    });
    expect(exe.statusCode).toBe(415);
    expect(exe.json().message).toContain('.txt');
    const noExt = await app.inject({
      method: 'POST',
      url: '/api/admin/documents',
      ...withAuth(multipart('README', 'x')),
    });
    expect(noExt.statusCode).toBe(415);
    const big = await app.inject({
      method: 'POST',
      url: '/api/admin/documents',
      ...withAuth(multipart('lon.txt', Buffer.alloc(21 * 1024 * 1024, 'a'))),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toBe('payload_too_large');
    const binary = await app.inject({
      method: 'POST',
      url: '/api/admin/documents',
      ...withAuth(multipart('rac.txt', Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]))),
    });
    expect(binary.statusCode).toBe(422);
    expect(binary.json().message).toMatch(/binary/);
    const notMultipart = await app.inject({
      method: 'POST',
      url: '/api/admin/documents',
      headers: auth,
      payload: { file: 'x' },
    });
    expect(notMultipart.statusCode).toBe(400);
    expect(notMultipart.json().parameter).toBe('file');
    expect(fs.readdirSync(path.join(corpus, 'uploads')).sort()).toEqual(before);
    const health = await waitIdle(app);
    expect(health.documents).toBe(8);
  });
});
