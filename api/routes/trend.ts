import type { FastifyPluginAsync } from 'fastify';
import { readErrors } from '../schemas/errors.js';
import { TrendQuery, TrendResponse } from '../schemas/trend.js';
import { TrendService } from '../trend/service.js';
import { toFacetFilters } from './search.js';

const trend: FastifyPluginAsync = async (app) => {
  const service = new TrendService(app.searchService);
  app.get<{ Querystring: TrendQuery; Reply: TrendResponse }>(
    '/api/stats/trend',
    {
      schema: {
        summary: 'Counts of the sections a search matches, per district or province and per month, quarter or year',
        tags: ['search'],
        querystring: TrendQuery,
        response: { 200: TrendResponse, ...readErrors },
      },
    },
    async (req) => {
      const { q, by, interval } = req.query;
      return service.trend({ q, ...toFacetFilters(req.query) }, by, interval);
    },
  );
};

export default trend;
