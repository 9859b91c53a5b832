/**
 * Access: the search path holds a key that can only search; secrets never reach the logs;
 * the embedded Meilisearch is reachable on loopback only; an overloaded server sheds load.
 */
import os from 'node:os';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../api/app.js';
import { indexerPort } from '../../cli/indexing-port.js';
import { serverLoggerOptions } from '../../lib/logger.js';
import { indexWith, seedsDir, testConfig } from '../helpers/env.js';

const ADMIN_TOKEN = 'admin-token-for-access-test-7f3a';
const lines: string[] = [];
let app: FastifyInstance;

beforeAll(async () => {
  const config = testConfig({ adminToken: ADMIN_TOKEN });
  await indexWith(config, seedsDir);
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).trim().split('\n'));
      done();
    },
  });
  app = await buildApp({
    config,
    meiliUrl: config.meiliUrl!,
    meiliMasterKey: config.meiliMasterKey,
    logger: serverLoggerOptions('trace', stream),
    indexer: indexerPort(config, config.meiliUrl!, config.meiliMasterKey),
  });
});
afterAll(async () => app?.close());

describe('the search path', () => {
  it('uses a key that can search the product indexes and nothing else', async () => {
    const client = await app.meili.searchClient();
    const key = client.config.apiKey;
    expect(key).toBeTruthy();
    expect(key).not.toBe(inject('meiliKey'));
    const sections = client.index(app.meili.names.sections);
    expect((await sections.search('covid')).hits.length).toBeGreaterThan(0);
    await expect(sections.addDocuments([{ id: 'intruder', text: 'x' }])).rejects.toMatchObject({
      cause: { code: 'invalid_api_key' },
    });
    await expect(client.getKeys()).rejects.toMatchObject({ cause: { code: 'invalid_api_key' } });
    await expect(client.index('other-app-sections').search('covid')).rejects.toMatchObject({
      cause: { code: 'invalid_api_key' },
    });
  });
});

describe('logs', () => {
  it('never contain the master key or the admin token, even with trace logging and admin calls', async () => {
    const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
    expect((await app.inject({ method: 'POST', url: '/api/admin/reindex', headers: admin })).statusCode).toBe(202);
    await app.inject({ method: 'POST', url: '/api/admin/reindex', headers: { authorization: 'Bearer wrong' } });
    await app.inject(`/api/search?q=${encodeURIComponent(ADMIN_TOKEN)}`);
    await app.inject('/api/health');
    // What a careless log call would write: a request's headers, a client's configuration.
    app.log.warn(
      {
        req: { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } },
        masterKey: inject('meiliKey'),
        client: { apiKey: inject('meiliKey') },
      },
      'probe',
    );
    // Let the background reindex finish, so its log lines are read too.
    for (let i = 0; i < 100 && app.indexing.running; i++) await new Promise((r) => setTimeout(r, 100));
    const all = lines.join('\n');
    expect(lines.length).toBeGreaterThan(10);
    expect(all).not.toContain(inject('meiliKey'));
    const withToken = lines.filter((l) => l.includes(ADMIN_TOKEN));
    // The only place the token may appear is a user's own query text (searched above on purpose).
    for (const l of withToken) expect(l).not.toMatch(/authorization|bearer/i);
    expect(lines.find((l) => l.includes('"probe"'))).toMatch(/"masterKey":"\[redacted\]".*"apiKey":"\[redacted\]"/);
  });
});

describe('the embedded Meilisearch', () => {
  it('listens on loopback only', async () => {
    const url = new URL(inject('meiliUrl'));
    expect(url.hostname).toBe('127.0.0.1');
    expect((await fetch(`${url.origin}/health`)).status).toBe(200);
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal);
    if (!external) return; // no other interface on this machine: nothing else could reach it
    await expect(
      fetch(`http://${external.address}:${url.port}/health`, { signal: AbortSignal.timeout(3000) }),
    ).rejects.toThrow();
  });
});

describe('back-pressure', () => {
  it('answers 503 "overloaded" while the event loop is stalled, and recovers', async () => {
    const config = testConfig({ maxEventLoopDelayMs: 50 });
    const busy = await buildApp({
      config,
      meiliUrl: config.meiliUrl!,
      meiliMasterKey: config.meiliMasterKey,
      logger: false,
    });
    try {
      await busy.ready();
      let overloaded = null as null | { statusCode: number; body: string; retry: unknown };
      for (let attempt = 0; attempt < 5 && !overloaded; attempt++) {
        const until = Date.now() + 1500;
        while (Date.now() < until) {
          /* stall the event loop, as a CPU-bound overload would */
        }
        await new Promise((r) => setTimeout(r, 5));
        const res = await busy.inject('/api/search?q=covid');
        // This app's archive is not indexed: a request that got past the guard answers 503 not_indexed.
        if (res.statusCode === 503 && res.json().error === 'overloaded')
          overloaded = { statusCode: res.statusCode, body: res.body, retry: res.headers['retry-after'] };
      }
      expect(overloaded).not.toBeNull();
      expect(JSON.parse(overloaded!.body)).toMatchObject({ error: 'overloaded' });
      expect(overloaded!.retry).toBe('5');
      let status = 503;
      for (let i = 0; i < 50 && status === 503; i++) {
        await new Promise((r) => setTimeout(r, 200));
        status = (await busy.inject('/api/health')).statusCode;
      }
      expect(status).toBe(200);
    } finally {
      await busy.close();
    }
  }, 60_000);
});
