import type { FastifyPluginAsync } from 'fastify';
import { DocumentService } from '../documents/service.js';
import { notFound } from '../errors.js';
import { directiveRefSchema, documentSummarySchema, errorSchema, nullableString, pagingQuery, readErrors } from '../schemas.js';

const sectionSchema = {
  type: 'object',
  properties: {
    sectionId: { type: 'string' }, heading: nullableString, path: { type: 'array', items: { type: 'string' } },
    text: { type: 'string' }, directives: { type: 'array', items: { type: 'string' } },
    marks: {
      type: 'array', description: 'Spans [start, end) of `text` matching the query `q` (UTF-16 offsets), in order',
      items: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 },
    },
  },
} as const;

const detailSchema = {
  type: 'object',
  properties: {
    ...documentSummarySchema.properties,
    ownNumber: nullableString, ownKey: nullableString, issuerLevel: nullableString, period: nullableString,
    signer: { type: ['object', 'null'], properties: { name: nullableString, position: nullableString } },
    recipients: { type: 'array', items: { type: 'string' } },
    directives: { type: 'array', items: directiveRefSchema },
    ocr: { type: 'boolean' }, ocrConfidence: { type: ['number', 'null'] }, ocrPages: { type: ['integer', 'null'] },
    fileUrl: { type: 'string' },
    metadataSource: { type: 'object', additionalProperties: { type: 'string' } },
    sections: { type: 'array', items: sectionSchema },
  },
} as const;

const documents: FastifyPluginAsync = async (app) => {
  const service = new DocumentService(app.meili.searchClient, app.meili.names);

  app.get<{ Querystring: { page: number; perPage: number } }>('/api/documents', {
    schema: {
      summary: 'All documents in a stable order (by file path), paged',
      tags: ['documents'],
      querystring: { type: 'object', additionalProperties: false, properties: pagingQuery },
      response: {
        200: {
          type: 'object',
          properties: {
            total: { type: 'integer' }, page: { type: 'integer' }, perPage: { type: 'integer' },
            documents: { type: 'array', items: documentSummarySchema },
          },
        },
        ...readErrors,
      },
    },
  }, async (req) => service.list(req.query.page, req.query.perPage));

  app.get<{ Params: { docId: string }; Querystring: { q: string } }>('/api/documents/:docId', {
    schema: {
      summary: 'One document: metadata, signer, recipients, cited directives and every section in order',
      tags: ['documents'],
      params: { type: 'object', required: ['docId'], properties: { docId: { type: 'string', minLength: 1, maxLength: 200 } } },
      querystring: {
        type: 'object',
        properties: { q: { type: 'string', maxLength: 1000, default: '', description: 'A search query: each section gets its matches as `marks`' } },
      },
      response: { 200: detailSchema, 404: errorSchema, ...readErrors },
    },
  }, async (req) => {
    const doc = await service.get(req.params.docId, req.query.q);
    if (!doc) throw notFound(`Không tìm thấy văn bản: ${req.params.docId}`);
    return doc;
  });
};

export default documents;
