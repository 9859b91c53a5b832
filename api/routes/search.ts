import type { FastifyPluginAsync } from 'fastify';
import { readErrors } from '../schemas/errors.js';
import { SearchQuery, SearchResponse, type FacetFilters, type SearchParams } from '../schemas/search.js';

type FilterQuery = Pick<
  SearchQuery,
  'district' | 'province' | 'docType' | 'issuer' | 'directive' | 'from' | 'to' | 'ocr'
>;

/** The filters of a validated query as the search service takes them (the schema has checked the dates). */
export function toFacetFilters(q: FilterQuery): FacetFilters {
  return {
    district: q.district ?? [],
    province: q.province ?? [],
    docType: q.docType ?? [],
    issuer: q.issuer ?? [],
    directive: q.directive ?? [],
    from: q.from ?? null,
    to: q.to ?? null,
    ocr: q.ocr === undefined ? null : q.ocr === 'true',
  };
}

export function toSearchParams(q: SearchQuery): SearchParams {
  return { q: q.q, page: q.page, perPage: q.perPage, group: q.group, sort: q.sort, ...toFacetFilters(q) };
}

const search: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: SearchQuery; Reply: SearchResponse }>(
    '/api/search',
    {
      schema: {
        summary: 'Sections (or documents) matching a query and filters, with facet counts',
        tags: ['search'],
        querystring: SearchQuery,
        response: { 200: SearchResponse, ...readErrors },
      },
    },
    async (req) => app.searchService.search(toSearchParams(req.query)),
  );
};

export default search;
