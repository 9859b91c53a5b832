import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppConfig } from '../../lib/config.js';
import { copyToTemp, indexWith, makeApp, seedsDir, testConfig } from '../helpers/env.js';

let config: AppConfig;
let app: FastifyInstance;

beforeAll(async () => {
  config = testConfig();
  const summary = await indexWith(config, seedsDir);
  expect(summary.indexed).toBe(5);
  expect(summary.failed).toEqual([]);
  app = await makeApp(config);
});

afterAll(async () => {
  await app?.close();
});

const search = async (query: string) => {
  const res = await app.inject({ method: 'GET', url: `/api/search?${query}` });
  return { status: res.statusCode, body: res.json() as any };
};

describe('health', () => {
  it('reports Meilisearch available and the counts', async () => {
    const res = await app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', meilisearch: 'available', indexing: false, documents: 5 });
    expect(res.json().sections).toBeGreaterThan(20);
  });
});

describe('search over the seeds', () => {
  it('finds the dengue sections of the 2023 Trà Cú notice with <mark>', async () => {
    const { status, body } = await search(`q=${encodeURIComponent('sốt xuất huyết')}`);
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThanOrEqual(2);
    for (const hit of body.hits) {
      expect(hit.file).toBe('000_dced245384db6003.txt');
      expect(hit.docType).toBe('thong_bao');
      expect(hit.date).toBe('2023-09-12');
      expect(hit.snippet).toMatch(/<mark>sốt<\/mark>|<mark>sốt xuất huyết<\/mark>/);
    }
    expect(body.hits.map((h: any) => h.heading)).toContain(
      '3.7. Ủy ban nhân dân huyện tập trung triển khai hiện một số nội dung:',
    );
  });

  it('finds the same sections without diacritics', async () => {
    const accented = await search(`q=${encodeURIComponent('sốt xuất huyết')}`);
    const plain = await search('q=sot+xuat+huyet');
    expect(plain.body.total).toBeGreaterThanOrEqual(2);
    expect(plain.body.hits.map((h: any) => h.sectionId).sort()).toEqual(
      expect.arrayContaining(accented.body.hits.map((h: any) => h.sectionId)),
    );
  });

  it('an empty q lists everything, newest first', async () => {
    const { body } = await search('q=&perPage=100');
    expect(body.total).toBeGreaterThan(20);
    const dates = body.hits.map((h: any) => h.date).filter(Boolean);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('paginates', async () => {
    const p1 = await search('q=&perPage=5&page=1');
    const p2 = await search('q=&perPage=5&page=2');
    expect(p2.body.page).toBe(2);
    expect(p2.body.hits).toHaveLength(5);
    expect(p2.body.hits[0].sectionId).not.toBe(p1.body.hits[0].sectionId);
  });

  it('rejects bad parameters with a JSON 400', async () => {
    for (const q of [
      'perPage=0',
      'perPage=101',
      'page=0',
      'sort=x',
      'group=y',
      `q=${'a'.repeat(10000)}`,
      'from=2023-13-01',
    ]) {
      const { status, body } = await search(q);
      expect(status, q).toBe(400);
      expect(body.error).toBe('bad_request');
      expect(typeof body.message).toBe('string');
    }
  });

  it('unknown API paths answer JSON 404', async () => {
    const res = await app.inject('/api/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toBe('not_found');
  });
});

describe('incremental indexing', () => {
  it('skips unchanged files, re-indexes changed ones and removes deleted ones', async () => {
    const cfg = testConfig();
    const dir = copyToTemp(seedsDir);
    const first = await indexWith(cfg, dir);
    expect(first.indexed).toBe(5);
    const second = await indexWith(cfg, dir);
    expect(second).toMatchObject({ indexed: 0, unchanged: 5, removed: 0 });

    fs.appendFileSync(
      path.join(dir, '003_70a260696a3a0871.txt'),
      '\n\nĐoạn bổ sung về phòng chống bệnh dại ở địa phương.',
    );
    fs.rmSync(path.join(dir, '004_e86d279ccd275386.txt'));
    fs.writeFileSync(path.join(dir, 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41])); // UTF-16 BOM, lone surrogate
    fs.writeFileSync(path.join(dir, 'junk.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    const third = await indexWith(cfg, dir);
    expect(third.indexed).toBe(2); // 003 changed, broken.txt decodes to text
    expect(third.removed).toBe(1);
    expect(third.failed.map((f) => f.file)).toEqual(['junk.txt']);
    expect(third.failed[0]!.reason).toMatch(/binary/);

    const app2 = await makeApp(cfg);
    const res = await app2.inject(`/api/search?q=${encodeURIComponent('bệnh dại')}`);
    expect(res.json().hits[0].file).toBe('003_70a260696a3a0871.txt');
    const health = await app2.inject('/api/health');
    expect(health.json().documents).toBe(5);
    await app2.close();
  });
});
