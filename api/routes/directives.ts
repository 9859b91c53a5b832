import type { FastifyPluginAsync } from 'fastify';
import { DirectiveService } from '../directives/service.js';
import { notFound } from '../errors.js';
import { errorSchema, nullableString, pagingQuery, readErrors, relationSchema } from '../schemas.js';

const summarySchema = {
  type: 'object',
  properties: { key: { type: 'string' }, label: { type: 'string' }, type: nullableString, citedBy: { type: 'integer' } },
} as const;

const citingSchema = {
  type: 'object',
  properties: {
    docId: { type: 'string' }, sectionId: { type: 'string' }, title: { type: 'string' }, district: nullableString,
    province: nullableString, date: nullableString, context: { type: 'string', description: 'The sentence that cites the directive' },
    relation: relationSchema,
  },
} as const;

const detailSchema = {
  type: 'object',
  properties: {
    key: { type: 'string' }, label: { type: 'string' }, type: nullableString, number: { type: 'string' },
    issuer: nullableString, date: nullableString, title: nullableString,
    document: {
      type: ['object', 'null'], description: 'The directive itself when it is in the archive',
      properties: { docId: { type: 'string' }, file: { type: 'string' }, title: { type: 'string' } },
    },
    citedByTotal: { type: 'integer', description: 'How many citations there are (citedBy lists at most 20000)' },
    citedBy: { type: 'array', items: citingSchema },
  },
} as const;

const directives: FastifyPluginAsync = async (app) => {
  const service = new DirectiveService(app.meili.searchClient, app.meili.names);

  app.get<{ Querystring: { q: string; page: number; perPage: number } }>('/api/directives', {
    schema: {
      summary: 'Every cited document number, most cited first; q matches the number (any spelling) or words of its label',
      tags: ['directives'],
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { q: { type: 'string', maxLength: 200, default: '' }, ...pagingQuery },
      },
      response: {
        200: {
          type: 'object',
          properties: {
            total: { type: 'integer' }, page: { type: 'integer' }, perPage: { type: 'integer' },
            directives: { type: 'array', items: summarySchema },
          },
        },
        ...readErrors,
      },
    },
  }, async (req) => service.list(req.query.q, req.query.page, req.query.perPage));

  const one = async (key: string) => {
    const found = await service.get(key);
    if (!found) throw notFound(`Không tìm thấy văn bản được trích dẫn: ${key}`);
    return found;
  };
  app.get<{ Params: { key: string } }>('/api/directives/:key', {
    schema: {
      summary: 'One directive by its number (URL-encoded; any spelling is canonicalised) with every section citing it',
      tags: ['directives'],
      params: { type: 'object', required: ['key'], properties: { key: { type: 'string', minLength: 1, maxLength: 200 } } },
      response: { 200: detailSchema, 404: errorSchema, ...readErrors },
    },
  }, async (req) => one(req.params.key));
  // The same for a key whose "/" was not encoded (/api/directives/10-CT/TU), as people type it.
  app.get<{ Params: { '*': string } }>('/api/directives/*', {
    schema: { hide: true, params: { type: 'object', properties: { '*': { type: 'string', minLength: 1, maxLength: 200 } } }, response: { 200: detailSchema } },
  }, async (req) => one(req.params['*']));
};

export default directives;
