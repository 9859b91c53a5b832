import { Readable } from 'node:stream';
import type { FastifyPluginAsync } from 'fastify';
import { csvChunks, exportFileName, jsonChunks } from '../export/format.js';
import { EXPORT_MAX, startExport } from '../export/rows.js';
import { readErrors } from '../schemas/errors.js';
import { ExportJson, ExportQuery } from '../schemas/export.js';
import { toFacetFilters } from './search.js';

const exportRoute: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: ExportQuery }>(
    '/api/export',
    {
      schema: {
        summary: `Every hit of a search (up to ${EXPORT_MAX}), streamed as CSV (UTF-8 with BOM) or JSON`,
        description:
          'Takes the /api/search parameters except page and perPage. CSV columns: docId, sectionId, file, title, docType, date, ' +
          'issuer, district, province, heading, path, directives, snippet (plain text), text (the whole section). ' +
          'JSON: {q, total, truncated, hits: [search hits, each with the whole section text]}. ' +
          'Headers: X-Total-Count (rows exported), X-Export-Truncated (true when the search reached the limit).',
        tags: ['search'],
        querystring: ExportQuery,
        produces: ['text/csv', 'application/json'],
        response: {
          200: {
            description: 'The export file',
            content: { 'text/csv': { schema: { type: 'string' } }, 'application/json': { schema: ExportJson } },
          },
          ...readErrors,
        },
      },
    },
    async (req, reply) => {
      const { format, q, group, sort } = req.query;
      const params = { q, group, sort, ...toFacetFilters(req.query) };
      const run = await startExport(app.searchService, params);
      const body = Readable.from(format === 'csv' ? csvChunks(run) : jsonChunks(run, params.q), { objectMode: false });
      body.on('error', (err) => req.log.error({ err }, 'export stream failed'));
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${exportFileName(params.q, format)}"`)
        .header('x-total-count', String(run.total))
        .header('x-export-truncated', String(run.truncated))
        .send(body);
    },
  );
};

export default exportRoute;
