import net from 'node:net';
import { Writable } from 'node:stream';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../api/app.js';
import { Meilisearch } from 'meilisearch';
import { MeiliStore } from '../../indexer/run/meili-store.js';
import type { AppConfig } from '../../lib/config.js';
import { freePort } from '../../lib/meili/free-port.js';
import { makeApp, testConfig } from '../helpers/env.js';

/** An app whose Meilisearch is a closed port, logging into `lines`. */
async function appWithoutMeili(lines: string[]): Promise<FastifyInstance> {
  const config = testConfig({ meiliUrl: `http://127.0.0.1:${await freePort()}`, adminToken: 'tok' });
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).trim().split('\n'));
      done();
    },
  });
  return buildApp({
    config,
    meiliUrl: config.meiliUrl!,
    meiliMasterKey: 'some-master-key',
    logger: { level: 'info', stream },
  });
}

const READS = [
  '/api/search?q=x',
  '/api/documents',
  '/api/documents/abc',
  '/api/directives',
  '/api/directives/10-CT%2FTU',
  '/api/stats/trend?q=x',
  '/api/export?q=x',
  '/api/export?q=x&format=json',
];

describe('Meilisearch unreachable', () => {
  const lines: string[] = [];
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await appWithoutMeili(lines);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('every read endpoint answers 503 with a clear JSON message, logged with the request id', async () => {
    for (const url of READS) {
      const res = await app.inject({ url, headers: { 'x-request-id': `probe-${url.length}` } });
      expect(res.statusCode, url).toBe(503);
      const body = res.json();
      expect(body.error, url).toBe('search_unavailable');
      expect(body.message, url).toMatch(/Meilisearch/);
      expect(body.requestId).toBe(`probe-${url.length}`);
      expect(res.headers['x-request-id']).toBe(`probe-${url.length}`);
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|some-master-key|at .*\.ts/);
    }
    const logged = lines.map((l) => JSON.parse(l)).filter((l) => l.statusCode === 503);
    expect(logged.length).toBeGreaterThanOrEqual(READS.length);
    expect(logged.every((l) => typeof l.reqId === 'string' && l.reqId.startsWith('probe-'))).toBe(true);
    expect(lines.join('\n')).not.toContain('some-master-key');
  });

  it('health answers 503 unavailable', async () => {
    const res = await app.inject('/api/health');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'unavailable', meilisearch: 'unavailable' });
  });

  it('an app built without an indexer answers every admin change 503 indexing_unavailable, writing nothing', async () => {
    const auth = { authorization: 'Bearer tok' };
    const answers = [
      await app.inject({ method: 'POST', url: '/api/admin/reindex', headers: auth }),
      await app.inject({
        method: 'PUT',
        url: '/api/admin/documents/abc/metadata',
        headers: { ...auth, 'content-type': 'application/json' },
        payload: '{"district":"Trà Cú"}',
      }),
      await app.inject({
        method: 'POST',
        url: '/api/admin/documents',
        headers: { ...auth, 'content-type': 'multipart/form-data; boundary=x' },
        payload: '--x--\r\n',
      }),
    ];
    for (const res of answers) {
      expect(res.statusCode, res.body).toBe(503);
      expect(res.json().error).toBe('indexing_unavailable');
    }
  });
});

describe('error answers', () => {
  const lines: string[] = [];
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await appWithoutMeili(lines);
    app.get('/api/test-boom', async () => {
      throw new Error('secret internal detail /srv/data');
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('500 hides internals from the client and logs them with the request id', async () => {
    const res = await app.inject({ url: '/api/test-boom', headers: { 'x-request-id': 'boom-1' } });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: 'internal_error', message: 'Lỗi máy chủ nội bộ.', requestId: 'boom-1' });
    const entry = lines.map((l) => JSON.parse(l)).find((l) => l.reqId === 'boom-1' && l.level === 50);
    expect(entry.err.message).toBe('secret internal detail /srv/data');
  });

  it('400 names the failing parameter and is logged too', async () => {
    const res = await app.inject({ url: '/api/documents?perPage=abc', headers: { 'x-request-id': 'bad-1' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'bad_request', parameter: 'perPage', requestId: 'bad-1' });
    expect(
      lines
        .map((l) => JSON.parse(l))
        .some((l) => l.reqId === 'bad-1' && l.statusCode === 400 && l.parameter === 'perPage'),
    ).toBe(true);
  });

  it('404 for unknown API paths', async () => {
    const res = await app.inject('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toBe('not_found');
  });
});

describe('an archive not indexed yet', () => {
  it('answers 503 "not_indexed" with a clear message on every search path, never 500', async () => {
    const app = await makeApp(testConfig());
    try {
      for (const url of [
        '/api/search?q=covid',
        '/api/search?q=',
        '/api/stats/trend?q=x',
        '/api/export?q=x&format=json',
        '/api/suggest?q=co',
      ]) {
        const res = await app.inject(url);
        expect(res.statusCode, url).toBe(503);
        expect(res.json(), url).toMatchObject({
          error: 'not_indexed',
          message: expect.stringMatching(/chưa được lập chỉ mục/),
        });
      }
      expect((await app.inject('/api/documents')).json().total).toBe(0);
    } finally {
      await app.close();
    }
  });

  it.each([
    [
      'created but not yet configured',
      async (c: AppConfig) => {
        const client = new Meilisearch({ host: c.meiliUrl!, apiKey: c.meiliMasterKey });
        for (const kind of ['sections', 'documents', 'citations'])
          await client.createIndex(`${c.indexPrefix}-${kind}`, { primaryKey: 'id' }).waitTask();
      },
    ],
    [
      'configured but holding no section yet',
      (c: AppConfig) => MeiliStore.connect(c.meiliUrl!, c.meiliMasterKey, c.indexPrefix).ensureIndexes(),
    ],
  ])('the same while the first run has its indexes %s', async (_state, setUp) => {
    // npm start serves during its first indexing run; in these windows Meilisearch refuses facets,
    // filters and attributesToSearchOn, which used to reach the user as a 500.
    const config = testConfig();
    await setUp(config);
    const app = await makeApp(config);
    try {
      for (const url of [
        '/api/search?q=s%E1%BB%91t%20xu%E1%BA%A5t%20huy%E1%BA%BFt',
        '/api/search?q=covid',
        '/api/search?q=',
        '/api/stats/trend?q=x',
        '/api/suggest?q=co',
      ]) {
        const res = await app.inject(url);
        expect(res.statusCode, `${url} ${res.body}`).toBe(503);
        expect(res.json(), url).toMatchObject({ error: 'not_indexed' });
      }
    } finally {
      await app.close();
    }
  });
});

describe('OpenAPI', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await makeApp(testConfig());
  });
  afterAll(async () => {
    await app?.close();
  });

  it('/openapi.json validates as OpenAPI 3 and describes every endpoint', async () => {
    const res = await app.inject('/openapi.json');
    expect(res.statusCode).toBe(200);
    const spec = res.json();
    const validator = new Validator();
    const result = await validator.validate(spec);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toMatch(/^3\./);
    const broken = await new Validator().validate({ ...spec, paths: { '/x': { get: { responses: 'none' } } } });
    expect(broken.valid).toBe(false); // the validator does reject a wrong document
    const paths = Object.keys(spec.paths).sort();
    expect(paths).toEqual([
      '/api/admin/documents',
      '/api/admin/documents/{docId}/metadata',
      '/api/admin/reindex',
      '/api/directives',
      '/api/directives/{key}',
      '/api/documents',
      '/api/documents/{docId}',
      '/api/documents/{docId}/file',
      '/api/export',
      '/api/health',
      '/api/search',
      '/api/stats/trend',
      '/api/suggest',
    ]);
    const searchParams = spec.paths['/api/search'].get.parameters.map((p: any) => p.name);
    expect(searchParams).toEqual(
      expect.arrayContaining(['q', 'page', 'perPage', 'group', 'sort', 'district', 'from', 'to', 'ocr']),
    );
    const trendParams = spec.paths['/api/stats/trend'].get.parameters.map((p: any) => p.name);
    expect(trendParams).toEqual(expect.arrayContaining(['q', 'by', 'interval', 'district', 'province']));
    expect(spec.paths['/api/admin/reindex'].post.security).toEqual([{ adminToken: [] }]);
  });

  it('serves a human-readable docs page', async () => {
    const res = await app.inject('/api/docs');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('swagger-ui');
    const js = await app.inject('/api/docs/static/swagger-ui-bundle.js');
    expect(js.statusCode).toBe(200);
  });
});

describe('requests Node itself refuses', () => {
  const lines: string[] = [];
  let app: FastifyInstance;
  let base: string;
  beforeAll(async () => {
    app = await appWithoutMeili(lines);
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a URL of 10,000 Vietnamese characters gets the contract JSON error (431), not a bare answer', async () => {
    const q = 'phòng, chống dịch sốt xuất huyết '.repeat(300).slice(0, 10_000);
    const res = await fetch(`${base}/api/search?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(431);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body).toEqual({ error: 'request_too_large', message: expect.stringMatching(/quá dài.*1000 ký tự/) });
    // The server goes on answering.
    expect((await fetch(`${base}/api/search?q=${encodeURIComponent(q.slice(0, 1200))}`)).status).toBe(400);
  });

  it('a malformed request line gets a JSON 400', async () => {
    const { port } = new URL(base);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () =>
        socket.write('GET /api/search?q=x HTTP/9 bad\r\n\r\n'),
      );
      let data = '';
      socket.on('data', (chunk) => {
        data += String(chunk);
      });
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ error: 'bad_request' });
  });
});
