import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexSummary } from '../../indexer/run/run-indexing.js';
import { indexWith, makeApp, testConfig } from '../helpers/env.js';
import { writeMixedCorpus, type MixedFile } from '../helpers/mixed-corpus.js';

let app: FastifyInstance;
let summary: IndexSummary;
let good: MixedFile[];

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-formats-'));
  ({ good } = await writeMixedCorpus(dir));
  const config = testConfig();
  summary = await indexWith(config, dir);
  app = await makeApp(config);
});

afterAll(async () => {
  await app?.close();
});

const search = async (q: string) => {
  const res = await app.inject({
    method: 'GET',
    url: `/api/search?group=document&perPage=50&q=${encodeURIComponent(q)}`,
  });
  expect(res.statusCode).toBe(200);
  return res.json() as { total: number; hits: { file: string; snippet: string }[] };
};

describe('indexing a folder with one file per format and encoding', () => {
  it('indexes every good file and reports each bad one with its reason', () => {
    expect(summary.indexed).toBe(good.length);
    const reasons = Object.fromEntries(summary.failed.map((f) => [f.file, f.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['empty.txt', 'junk.pdf', 'latin1.txt', 'scan.pdf', 'truncated.docx']);
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['junk.pdf']).toMatch(/not a PDF/);
    expect(reasons['truncated.docx']).toMatch(/damaged or truncated/);
    expect(reasons['scan.pdf']).toMatch(/OCR/);
    expect(reasons['latin1.txt']).toMatch(/not valid UTF-8/);
  });

  it('finds a phrase from each format, in that file', async () => {
    for (const { file, phrase } of good) {
      const body = await search(phrase);
      expect(body.total, `${phrase} (${file})`).toBeGreaterThanOrEqual(1);
      expect(body.hits[0]!.file, phrase).toBe(file);
      expect(body.hits[0]!.snippet).toContain('<mark>');
    }
  });

  it('the HTML page is indexed without its menu and footer', async () => {
    expect((await search('Bản quyền thuộc về cổng thông tin')).hits.map((h) => h.file)).not.toContain('news.html');
  });
});
