import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AppConfig } from '../../lib/config.js';
import { runCli } from '../helpers/cli.js';
import { copyToTemp, indexWith, makeApp, seedsDir, testConfig } from '../helpers/env.js';

/** The seed whose district the text does not determine (a Thường trực Huyện ủy conclusion). */
const FILE = '001_fda1dcde8ea67d8e.txt';
let config: AppConfig;
let app: FastifyInstance;
let docId: string;

const auth = { authorization: 'Bearer tok' };
const put = (body: unknown, headers: Record<string, string> = auth) =>
  app.inject({
    method: 'PUT',
    url: `/api/admin/documents/${docId}/metadata`,
    headers: { ...headers, 'content-type': 'application/json' },
    payload: JSON.stringify(body),
  });
const doc = async () => (await app.inject(`/api/documents/${docId}`)).json();

beforeAll(async () => {
  const corpus = copyToTemp(seedsDir);
  config = testConfig({ corpusDir: corpus, adminToken: 'tok' });
  await indexWith(config, corpus);
  app = await makeApp(config);
  const list = (await app.inject('/api/documents?perPage=100')).json() as {
    documents: { docId: string; file: string }[];
  };
  docId = list.documents.find((d) => d.file === FILE)!.docId;
});

afterAll(async () => {
  await app?.close();
});

describe('corrections from the reader (PUT /api/admin/documents/:docId/metadata)', () => {
  it('refuses without the admin token and refuses invalid values, writing nothing', async () => {
    expect((await put({ district: 'Cầu Ngang' }, {})).statusCode).toBe(401);
    expect((await put({ docType: 'bien_ban_hop' })).statusCode).toBe(400);
    const res = await put({ date: '2020-02-30' });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/date/);
    expect((await put({ district: 'x', extra: 1 })).statusCode).toBe(400);
    expect(fs.existsSync(path.join(config.corpusDir, `${FILE}.meta.json`))).toBe(false);
  });

  it('writes the correction to the sidecar and indexes it before answering', async () => {
    const before = await doc();
    expect(before.district).toBeNull();
    const res = await put({
      district: 'Cầu Ngang',
      province: 'Trà Vinh',
      date: '2020-04-02',
      signer: { name: 'Nguyễn Văn Hùng', position: 'Phó Bí thư' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ docId, corrections: `${FILE}.meta.json`, indexedFiles: 1 });
    const after = await doc();
    expect([after.district, after.province, after.date, after.signer]).toEqual([
      'Cầu Ngang',
      'Trà Vinh',
      '2020-04-02',
      { name: 'Nguyễn Văn Hùng', position: 'Phó Bí thư' },
    ]);
    expect(after.title).toBe(before.title);
    expect(before.metadataSource).toMatchObject({ docType: 'type-line', date: 'dateline' });
    expect(after.metadataSource).toMatchObject({
      docType: 'type-line',
      date: 'correction',
      district: 'correction',
      province: 'correction',
    });
    const hits = (await app.inject(`/api/search?group=document&district=${encodeURIComponent('Cầu Ngang')}`)).json();
    expect(hits.hits.map((h: { docId: string }) => h.docId)).toEqual([docId]);
  });

  it('a later correction keeps the earlier ones', async () => {
    expect((await put({ docType: 'thong_bao' })).statusCode).toBe(200);
    const d = await doc();
    expect([d.docType, d.district, d.date]).toEqual(['thong_bao', 'Cầu Ngang', '2020-04-02']);
    const sidecar = JSON.parse(fs.readFileSync(path.join(config.corpusDir, `${FILE}.meta.json`), 'utf8'));
    expect(sidecar).toMatchObject({
      docType: 'thong_bao',
      district: 'Cầu Ngang',
      province: 'Trà Vinh',
      date: '2020-04-02',
    });
  });

  it('survives `npm run index -- <dir> --reset`', async () => {
    const run = runCli('index-command.ts', [config.corpusDir, '--reset'], {
      MEILI_URL: inject('meiliUrl'),
      MEILI_MASTER_KEY: inject('meiliKey'),
      INDEX_PREFIX: config.indexPrefix,
      DATA_DIR: config.dataDir,
      LOG_LEVEL: 'silent',
    });
    expect(await run.exited, run.output()).toBe(0);
    expect(run.output()).toMatch(/Indexed 5 files/);
    const d = await doc();
    expect([d.docType, d.district, d.province, d.date, d.signer?.name]).toEqual([
      'thong_bao',
      'Cầu Ngang',
      'Trà Vinh',
      '2020-04-02',
      'Nguyễn Văn Hùng',
    ]);
  }, 120_000);
});
