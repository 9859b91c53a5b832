import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexWith, makeApp, seedsDir, testConfig } from '../helpers/env.js';

let app: FastifyInstance;
beforeAll(async () => {
  const config = testConfig();
  await indexWith(config, seedsDir);
  app = await makeApp(config);
});
afterAll(async () => app?.close());

describe('GET /api/suggest', () => {
  it('prefix-matches the word being typed', async () => {
    const res = await app.inject(`/api/suggest?q=${encodeURIComponent('sốt xu')}`);
    expect(res.statusCode).toBe(200);
    const snippets = res
      .json()
      .hits.map((h: { snippet: string }) => h.snippet)
      .join(' ');
    expect(snippets).toMatch(/<mark>xu(ất)?<\/mark>(ất)? <mark>huyết|<mark>xu(ất)?<\/mark>/);
    expect(snippets).toMatch(/sốt<\/mark> <mark>xu/);
    expect(res.json().facets.district).toHaveProperty('Trà Cú');
  });
  it('requires q and bounds its length', async () => {
    expect((await app.inject('/api/suggest')).statusCode).toBe(400);
    expect((await app.inject(`/api/suggest?q=${'a'.repeat(500)}`)).statusCode).toBe(400);
  });
});
