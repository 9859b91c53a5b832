import type { FastifyPluginAsync } from 'fastify';
import { DocumentService } from '../documents/service.js';
import { notFound } from '../errors.js';
import {
  DocumentDetail,
  DocumentList,
  DocumentListQuery,
  DocumentParams,
  DocumentQuery,
} from '../schemas/documents.js';
import { errorResponses, readErrors } from '../schemas/errors.js';

const documents: FastifyPluginAsync = async (app) => {
  const service = new DocumentService(app.meili.searchClient, app.meili.names);

  app.get<{ Querystring: DocumentListQuery; Reply: DocumentList }>(
    '/api/documents',
    {
      schema: {
        summary: 'All documents in a stable order (by file path), paged',
        tags: ['documents'],
        querystring: DocumentListQuery,
        response: { 200: DocumentList, ...readErrors },
      },
    },
    async (req) => service.list(req.query.page, req.query.perPage),
  );

  app.get<{ Params: DocumentParams; Querystring: DocumentQuery; Reply: DocumentDetail }>(
    '/api/documents/:docId',
    {
      schema: {
        summary: 'One document: metadata, signer, recipients, cited directives and every section in order',
        tags: ['documents'],
        params: DocumentParams,
        querystring: DocumentQuery,
        response: { 200: DocumentDetail, ...errorResponses(404), ...readErrors },
      },
    },
    async (req) => {
      const doc = await service.get(req.params.docId, req.query.q);
      if (!doc) throw notFound(`Không tìm thấy văn bản: ${req.params.docId}`);
      return doc;
    },
  );
};

export default documents;
