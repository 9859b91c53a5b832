import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexWith, makeApp, seedsDir, testConfig } from '../helpers/env.js';

let app: FastifyInstance;
let everything: number;

beforeAll(async () => {
  const config = testConfig();
  await indexWith(config, seedsDir);
  app = await makeApp(config);
  everything = (await app.inject('/api/search?q=')).json().total;
  expect(everything).toBeGreaterThan(20);
});
afterAll(async () => app?.close());

const get = (path: string, query: Record<string, string | string[] | undefined>) => {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) for (const one of [v].flat()) qs.append(k, one);
  return app.inject(`${path}?${qs.toString()}`);
};

const nasty = [
  'a'.repeat(10_000),
  '\u0000\u0001\u0007',
  '\uD800',
  '\uDC00x',
  '\u202Eabc\u202C',
  '\u200F\u200E',
  '" OR district = "Trà Cú',
  "' OR 1=1 --",
  'x\\',
  '\\"',
  'TO',
  'district IN ["a"]',
  '*',
  '%00',
  '<script>alert(1)</script>',
  'NOT',
  '(',
  ')',
  '[',
  ']',
  '""',
  '\n\r\t',
];

describe('hostile queries', () => {
  it('never answers 5xx, and filter values are taken literally', async () => {
    for (const v of nasty) {
      for (const path of ['/api/search', '/api/export', '/api/stats/trend']) {
        for (const query of [{ q: v }, { district: v }, { issuer: v }, { directive: v }, { docType: v }]) {
          const res = await get(path, { ...query, ...(path === '/api/export' ? { format: 'json' } : {}) });
          expect(res.statusCode, `${path} ${JSON.stringify(query).slice(0, 80)}`).toBeLessThan(500);
          if (res.statusCode === 200 && path === '/api/search' && !('q' in query)) expect(res.json().total).toBe(0);
        }
      }
    }
  });

  it('rejects out-of-range paging with 400 and survives 1000 repeated filters', async () => {
    for (const query of [
      { page: '1000000000' },
      { perPage: '0' },
      { perPage: '-1' },
      { page: 'abc' },
      { perPage: '1e3' },
    ]) {
      const res = await get('/api/search', query);
      expect(res.statusCode, JSON.stringify(query)).toBe(400);
      expect(res.json().error).toBe('bad_request');
    }
    const many = await get('/api/search', { district: Array.from({ length: 1000 }, (_, i) => `Huyện ${i}`) });
    expect([200, 400]).toContain(many.statusCode);
    if (many.statusCode === 200) expect(many.json().total).toBe(0);
  });

  it('holds for random parameter sets (property-based)', async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(...nasty.filter((n) => n.length < 100)),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
    );
    const params = fc.record(
      {
        q: fc.option(value, { nil: undefined }),
        page: fc.option(fc.oneof(fc.integer({ min: -5, max: 2_000_000_000 }).map(String), value), { nil: undefined }),
        perPage: fc.option(fc.oneof(fc.integer({ min: -5, max: 500 }).map(String), value), { nil: undefined }),
        group: fc.option(fc.oneof(fc.constantFrom('section', 'document'), value), { nil: undefined }),
        sort: fc.option(fc.oneof(fc.constantFrom('relevance', 'date_desc', 'date_asc'), value), { nil: undefined }),
        district: fc.option(fc.array(value, { maxLength: 4 }), { nil: undefined }),
        from: fc.option(
          fc.oneof(
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
            value,
          ),
          { nil: undefined },
        ),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(params, async (p) => {
        const query: Record<string, string | string[]> = {};
        for (const [k, v] of Object.entries(p)) if (v !== undefined) query[k] = v as string | string[];
        const res = await get('/api/search', query);
        expect(res.statusCode).toBeLessThan(500);
        const body = res.json();
        if (res.statusCode >= 400) {
          expect(typeof body.error).toBe('string');
          expect(typeof body.message).toBe('string');
        } else {
          expect(body.total).toBeGreaterThanOrEqual(0);
          expect(body.total).toBeLessThanOrEqual(everything);
          if (p.district && p.district.length > 0) expect(body.total).toBe(0);
        }
      }),
      { numRuns: 150, seed: 20261122 },
    );
  });
});
