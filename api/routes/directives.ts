import type { FastifyPluginAsync } from 'fastify';
import { DirectiveService } from '../directives/service.js';
import { notFound } from '../errors.js';
import { DirectiveDetail, DirectiveList, DirectiveListQuery, DirectiveParams } from '../schemas/directives.js';
import { IdParams } from '../schemas/common.js';
import { errorResponses, readErrors } from '../schemas/errors.js';

const directives: FastifyPluginAsync = async (app) => {
  const service = new DirectiveService(app.meili.searchClient, app.meili.names);

  app.get<{ Querystring: DirectiveListQuery; Reply: DirectiveList }>(
    '/api/directives',
    {
      schema: {
        summary:
          'Every cited document number, most cited first; q matches the number (any spelling) or words of its label',
        tags: ['directives'],
        querystring: DirectiveListQuery,
        response: { 200: DirectiveList, ...readErrors },
      },
    },
    async (req) => service.list(req.query.q, req.query.page, req.query.perPage),
  );

  const one = async (key: string) => {
    const found = await service.get(key);
    if (!found) throw notFound(`Không tìm thấy văn bản được trích dẫn: ${key}`);
    return found;
  };
  app.get<{ Params: DirectiveParams; Reply: DirectiveDetail }>(
    '/api/directives/:key',
    {
      schema: {
        summary:
          'One directive by its number (URL-encoded; any spelling is canonicalised) with every section citing it',
        tags: ['directives'],
        params: DirectiveParams,
        response: { 200: DirectiveDetail, ...errorResponses(404), ...readErrors },
      },
    },
    async (req) => one(req.params.key),
  );
  // The same for a key whose "/" was not encoded (/api/directives/10-CT/TU), as people type it.
  app.get<{ Params: { '*': string }; Reply: DirectiveDetail }>(
    '/api/directives/*',
    {
      schema: { hide: true, params: IdParams('*'), response: { 200: DirectiveDetail } },
    },
    async (req) => one(req.params['*']),
  );
};

export default directives;
