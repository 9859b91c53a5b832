import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientErrorCode, HttpError } from '../../api/errors.js';
import errorHandler from '../../api/plugins/error-handler.js';
import { Correction } from '../../api/schemas/admin.js';
import { ErrorBody } from '../../api/schemas/errors.js';
import { SearchQuery } from '../../api/schemas/search.js';
import { TrendQuery } from '../../api/schemas/trend.js';
import { ERROR_CODES, GROUP_MODES, SORT_MODES, TREND_INTERVALS } from '../../lib/schema/literals.js';
import { GROUPS, INTERVALS, SORTS } from '../../web/src/lib/url-state.js';

/** A bare Fastify app (its own Ajv, no Meilisearch) echoing what the search and correction schemas let through. */
async function echoApp(): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  await app.register(errorHandler);
  app.get('/search', { schema: { querystring: SearchQuery } }, async (req) => req.query);
  app.get('/trend', { schema: { querystring: TrendQuery } }, async (req) => req.query);
  app.put('/correction', { schema: { body: Correction } }, async (req) => req.body);
  return app;
}

describe('the API schemas', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await echoApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('fill in the defaults the handler types promise, and leave filters out', async () => {
    const res = await app.inject('/search');
    expect(res.json()).toEqual({ q: '', page: 1, perPage: 20, group: 'section', sort: 'relevance' });
    expect((await app.inject('/trend?district=A')).json()).toEqual({
      q: '',
      district: ['A'],
      by: 'district',
      interval: 'year',
    });
  });

  it('validate dates once, as real calendar days, wherever a date is taken', async () => {
    expect((await app.inject('/search?from=2024-02-29&to=2024-12-31')).statusCode).toBe(200);
    for (const bad of ['from=2023-02-30', 'to=2023-13-01', 'from=2023-2-3', 'to=2023']) {
      const res = await app.inject(`/search?${bad}`);
      expect(res.statusCode, bad).toBe(400);
      expect(res.json(), bad).toMatchObject({ error: 'bad_request', parameter: bad.split('=')[0] });
    }
    const put = (body: unknown) => app.inject({ method: 'PUT', url: '/correction', payload: body as object });
    expect((await put({ date: '2020-02-29' })).statusCode).toBe(200);
    expect((await put({ date: null })).statusCode).toBe(200);
    expect((await put({ date: '2021-02-29' })).json()).toMatchObject({ error: 'bad_request', parameter: 'date' });
  });

  it('take their literal lists from the one module the web reads too', () => {
    expect(SearchQuery.properties.group).toMatchObject({ type: 'string', enum: [...GROUP_MODES] });
    expect(SearchQuery.properties.sort).toMatchObject({ enum: [...SORT_MODES] });
    expect(TrendQuery.properties.interval).toMatchObject({ enum: [...TREND_INTERVALS] });
    expect([SORTS, GROUPS, INTERVALS]).toEqual([SORT_MODES, GROUP_MODES, TREND_INTERVALS]);
    expect(ErrorBody.properties.error).toMatchObject({ enum: [...ERROR_CODES] });
  });
});

describe('error codes', () => {
  it("give a framework 4xx the list's code for its status", () => {
    expect([400, 404, 413, 415, 429, 431].map(clientErrorCode)).toEqual([
      'bad_request',
      'not_found',
      'payload_too_large',
      'unsupported_media_type',
      'rate_limited',
      'request_too_large',
    ]);
    expect(clientErrorCode(406)).toBe('bad_request');
    expect(ERROR_CODES).toContain(new HttpError(409, 'conflict', 'x').code);
  });

  it("answer Fastify's own errors (a body of the wrong type) with one of the list", async () => {
    const app = await echoApp();
    try {
      const res = await app.inject({
        method: 'PUT',
        url: '/correction',
        headers: { 'content-type': 'text/xml' },
        payload: '<a/>',
      });
      expect(res.statusCode).toBe(415);
      expect(res.json().error).toBe('unsupported_media_type');
      const bad = await app.inject({
        method: 'PUT',
        url: '/correction',
        headers: { 'content-type': 'application/json' },
        payload: '{',
      });
      expect([bad.statusCode, bad.json().error]).toEqual([400, 'bad_request']);
    } finally {
      await app.close();
    }
  });
});
