import type { FastifyInstance } from 'fastify';
import { correctionSchema, writeCorrection, type Correction } from '../admin/corrections.js';
import { corpusFile } from '../documents/corpus-file.js';
import { DocumentService } from '../documents/service.js';
import { conflict, unprocessable } from '../errors.js';
import type { IndexingPort } from '../indexing-port.js';
import type { IndexSummary } from '../../lib/schema/indexing.js';
import { errorSchema } from '../schemas.js';

const BUSY = 'Đang lập chỉ mục; hãy thử lại khi xong (xem /api/health).';

/**
 * PUT /api/admin/documents/:docId/metadata: an archivist's correction of type, date, district, province,
 * issuer or signer, written to the document's corrections file and indexed before the answer, so the
 * reader shows it at once and every later run (--reset included) keeps it. Registered inside the admin
 * plugin, whose hook checks the bearer token.
 */
export function correctionRoute(
  app: FastifyInstance, indexer: () => IndexingPort, runIndex: (port: IndexingPort) => () => Promise<IndexSummary>,
): void {
  const service = new DocumentService(app.meili.searchClient, app.meili.names);
  app.put<{ Params: { docId: string }; Body: Correction }>('/api/admin/documents/:docId/metadata', {
    schema: {
      summary: 'Correct a document\'s type, date, district, province, issuer or signer (kept in <file>.meta.json); re-indexed before the answer',
      tags: ['admin'], security: [{ adminToken: [] }],
      params: { type: 'object', required: ['docId'], properties: { docId: { type: 'string', minLength: 1, maxLength: 200 } } },
      body: correctionSchema,
      response: {
        200: { type: 'object', properties: { docId: { type: 'string' }, corrections: { type: 'string' }, indexedFiles: { type: 'integer' } } },
        400: errorSchema, 401: errorSchema, 404: errorSchema, 409: errorSchema, 422: errorSchema, 503: errorSchema,
      },
    },
  }, async (req) => {
    const port = indexer();
    if (app.indexing.running) throw conflict(BUSY);
    const doc = await corpusFile(service, app.config.corpusDir, req.params.docId);
    const sidecar = await writeCorrection(doc, req.body, port);
    if (app.indexing.running) throw conflict(BUSY);
    const summary = await app.indexing.track(runIndex(port));
    const failure = summary.failed.find((f) => f.file === sidecar || f.file === doc.file);
    if (failure) throw unprocessable(`Đã lưu nhưng không lập chỉ mục được: ${failure.reason}`);
    return { docId: req.params.docId, corrections: sidecar, indexedFiles: summary.indexed };
  });
}
