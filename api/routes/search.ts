import type { FastifyPluginAsync } from 'fastify';
import { badRequest } from '../errors.js';
import type { SearchParams } from '../search/index.js';

const facetValue = { type: 'array', items: { type: 'string', maxLength: 200 }, maxItems: 50 } as const;
const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

export const searchQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: { type: 'string', maxLength: 1000, default: '' },
    page: { type: 'integer', minimum: 1, maximum: 100000, default: 1 },
    perPage: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
    group: { type: 'string', enum: ['section', 'document'], default: 'section' },
    sort: { type: 'string', enum: ['relevance', 'date_desc', 'date_asc'], default: 'relevance' },
    district: facetValue, province: facetValue, docType: facetValue, issuer: facetValue, directive: facetValue,
    from: isoDate, to: isoDate,
    ocr: { type: 'string', enum: ['true', 'false'] },
  },
} as const;

const hitSchema = {
  type: 'object',
  properties: {
    docId: { type: 'string' }, sectionId: { type: 'string' }, file: { type: 'string' }, title: { type: 'string' },
    docType: { type: 'string' }, date: { type: ['string', 'null'] }, issuer: { type: ['string', 'null'] },
    district: { type: ['string', 'null'] }, province: { type: ['string', 'null'] }, heading: { type: ['string', 'null'] },
    path: { type: 'array', items: { type: 'string' } }, snippet: { type: 'string' },
    directives: { type: 'array', items: { type: 'string' } },
    ocr: { type: 'boolean' },
  },
} as const;

const counts = { type: 'object', additionalProperties: { type: 'integer' } } as const;
const strings = { type: 'array', items: { type: 'string' } } as const;

interface SearchQuery {
  q: string; page: number; perPage: number; group: SearchParams['group']; sort: SearchParams['sort'];
  district?: string[]; province?: string[]; docType?: string[]; issuer?: string[]; directive?: string[];
  from?: string; to?: string; ocr?: 'true' | 'false';
}

function validDate(iso: string | undefined, name: string): string | null {
  if (!iso) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) throw badRequest(`querystring/${name} is not a valid date (YYYY-MM-DD)`);
  return iso;
}

export function toSearchParams(q: SearchQuery): SearchParams {
  return {
    q: q.q, page: q.page, perPage: q.perPage, group: q.group, sort: q.sort,
    district: q.district ?? [], province: q.province ?? [], docType: q.docType ?? [], issuer: q.issuer ?? [],
    directive: q.directive ?? [], from: validDate(q.from, 'from'), to: validDate(q.to, 'to'),
    ocr: q.ocr === undefined ? null : q.ocr === 'true',
  };
}

const search: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: SearchQuery }>('/api/search', {
    schema: {
      querystring: searchQuerySchema,
      response: {
        200: {
          type: 'object',
          properties: {
            q: { type: 'string' }, total: { type: 'integer' }, page: { type: 'integer' }, perPage: { type: 'integer' },
            tookMs: { type: 'integer' }, hits: { type: 'array', items: hitSchema },
            facets: { type: 'object', properties: { district: counts, province: counts, docType: counts, issuer: counts, year: counts, directive: counts } },
            fallback: { type: ['string', 'null'], enum: ['accents', 'typos', 'partial', null] },
            notice: { type: ['string', 'null'] },
            interpretation: {
              type: 'object',
              properties: { directives: strings, unmatchedDirectives: strings, wordsSetAside: { type: 'boolean' }, abbreviations: strings, ignoredTerms: strings },
            },
          },
        },
      },
    },
  }, async (req) => app.searchService.search(toSearchParams(req.query)));
};

export default search;
