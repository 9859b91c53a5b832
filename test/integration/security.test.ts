import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexWith, makeApp, seedsDir, testConfig } from '../helpers/env.js';

let app: FastifyInstance;

beforeAll(async () => {
  const config = testConfig({ rateLimitPerMinute: 5, adminToken: 'secret-admin-token-123' });
  await indexWith(config, seedsDir);
  app = await makeApp(config);
});
afterAll(async () => app?.close());

describe('security headers', () => {
  it('sends a content security policy without inline scripts, and no-sniff', async () => {
    const res = await app.inject('/');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('rate limits', () => {
  it('answers 429 with a JSON message past the per-minute limit on search, not on health', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await app.inject('/api/search?q=covid')).statusCode);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses[6]).toBe(429);
    const limited = await app.inject('/api/search?q=covid');
    expect(limited.json()).toMatchObject({ error: 'rate_limited' });
    expect(limited.json().message).toMatch(/yêu cầu/);
    expect((await app.inject('/api/health')).statusCode).toBe(200);
  });
});

describe('secrets', () => {
  it('never returns the master key or the admin token', async () => {
    const bodies = await Promise.all(['/api/health', '/openapi.json', '/api/nope'].map((u) => app.inject(u)));
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/admin/reindex',
      headers: { authorization: 'Bearer wrong' },
    });
    expect(wrong.statusCode).toBe(401);
    for (const b of [...bodies, wrong]) {
      expect(b.body).not.toContain('secret-admin-token-123');
      expect(b.body).not.toContain(String(app.config.meiliMasterKey));
    }
  });
});
