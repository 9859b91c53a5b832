import type { FastifyPluginAsync } from 'fastify';
import { readErrors, derivedSearchQuery } from '../schemas.js';
import type { Interval } from '../trend/periods.js';
import { TrendService, type TrendBy, type TrendFilters } from '../trend/service.js';
import { searchQuerySchema, toSearchParams } from './search.js';

type TrendQuery = Parameters<typeof toSearchParams>[0] & { by: TrendBy; interval: Interval };

const counts = { type: 'object', additionalProperties: { type: 'integer' } } as const;

const trendSchema = {
  type: 'object',
  properties: {
    q: { type: 'string' }, by: { type: 'string' }, interval: { type: 'string' },
    total: { type: 'integer', description: 'Matching sections (the same number /api/search reports)' },
    undated: { type: 'integer', description: 'Matching sections of documents without a known date' },
    places: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, total: { type: 'integer' } } } },
    periods: {
      type: 'array',
      description: 'Every period from the first to the last with a match, empty ones included',
      items: {
        type: 'object',
        properties: {
          period: { type: 'string', description: '"2023", "2023-Q3" or "2023-09"' }, from: { type: 'string' }, to: { type: 'string' },
          total: { type: 'integer' }, places: counts, unknown: { type: 'integer', description: 'Sections whose place is unknown' },
        },
      },
    },
  },
} as const;

const trend: FastifyPluginAsync = async (app) => {
  const service = new TrendService(app.searchService);
  app.get<{ Querystring: TrendQuery }>('/api/stats/trend', {
    schema: {
      summary: 'Counts of the sections a search matches, per district or province and per month, quarter or year',
      tags: ['search'],
      querystring: derivedSearchQuery(searchQuerySchema, ['page', 'perPage', 'group', 'sort'], {
        by: { type: 'string', enum: ['district', 'province'], default: 'district' },
        interval: { type: 'string', enum: ['month', 'quarter', 'year'], default: 'year' },
      }),
      response: { 200: trendSchema, ...readErrors },
    },
  }, async (req) => {
    const { by, interval, ...rest } = req.query;
    const { page: _p, perPage: _pp, group: _g, sort: _s, ...filters } = toSearchParams({ ...rest, page: 1, perPage: 1, group: 'section', sort: 'relevance' });
    return service.trend(filters satisfies TrendFilters, by, interval);
  });
};

export default trend;
