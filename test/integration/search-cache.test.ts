import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyToTemp, indexWith, makeApp, seedsDir, testConfig } from '../helpers/env.js';

const TOKEN = `tok-${crypto.randomBytes(12).toString('hex')}`;
const QUERY = `/api/search?q=${encodeURIComponent('Huyện ủy')}`;

function upload(filename: string, text: string) {
  const boundary = `----vk${crypto.randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    method: 'POST' as const,
    url: '/api/admin/documents',
    payload: Buffer.concat([Buffer.from(head), Buffer.from(text), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${TOKEN}` },
  };
}

const cacheOf = async (app: FastifyInstance) => (await app.inject('/api/health')).json().searchCache;
const withoutTime = ({ tookMs: _t, ...rest }: Record<string, unknown>) => rest;

describe('the search cache', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const corpus = copyToTemp(seedsDir);
    const config = testConfig({ adminToken: TOKEN, corpusDir: corpus });
    await indexWith(config, corpus);
    app = await makeApp(config);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('misses, then answers the same request from the cache, and shows it in /api/health', async () => {
    const before = await cacheOf(app);
    expect(before).toMatchObject({ enabled: true, hits: 0 });
    const first = (await app.inject(QUERY)).json();
    expect(first.total).toBeGreaterThan(0);
    const afterMiss = await cacheOf(app);
    expect(afterMiss.misses).toBeGreaterThan(before.misses);
    expect(afterMiss.entries).toBeGreaterThan(0);
    const second = (await app.inject(QUERY)).json();
    const afterHit = await cacheOf(app);
    expect(afterHit.hits).toBe(afterMiss.hits + 1);
    expect(afterHit.misses).toBe(afterMiss.misses);
    expect(afterHit.hitRate).toBeGreaterThan(0);
    expect(withoutTime(second)).toEqual(withoutTime(first));
  });

  it('answers a page from the counts kept for the first one, with the same total and facets', async () => {
    const first = (await app.inject(`${QUERY}&perPage=2`)).json();
    const second = (await app.inject(`${QUERY}&perPage=2&page=2`)).json();
    expect(first.total).toBeGreaterThan(2);
    expect(second.total).toBe(first.total);
    expect(second.facets).toEqual(first.facets);
    expect(second.hits.map((h: { sectionId: string }) => h.sectionId)).not.toEqual(
      first.hits.map((h: { sectionId: string }) => h.sectionId),
    );
  });

  it('gives a fresh answer, with the new document, once a document is added', async () => {
    const before = (await app.inject(QUERY)).json();
    const text =
      'THÔNG BÁO\nvề trồng sâm Ngọc Linh\n\n1. Tình hình\nBan Thường vụ Huyện ủy giao các xã mở rộng vùng trồng sâm Ngọc Linh dưới tán rừng.';
    const added = await app.inject(upload('Thông báo sâm Ngọc Linh.txt', text));
    expect(added.statusCode).toBe(201);
    const after = (await app.inject(QUERY)).json();
    expect(after.total).toBe(before.total + 1);
    const found = (await app.inject(`/api/search?q=${encodeURIComponent('sâm Ngọc Linh')}`)).json();
    expect(found.hits[0].title).toContain('sâm Ngọc Linh');
  });
});

describe('the search cache switched off (SEARCH_CACHE=off)', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const config = testConfig({ searchCache: false });
    await indexWith(config, seedsDir);
    app = await makeApp(config);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers every request afresh and counts nothing', async () => {
    const first = (await app.inject(QUERY)).json();
    const second = (await app.inject(QUERY)).json();
    expect(second.total).toBe(first.total);
    expect(first.total).toBeGreaterThan(0);
    expect(await cacheOf(app)).toMatchObject({ enabled: false, hits: 0, misses: 0, entries: 0 });
  });
});
