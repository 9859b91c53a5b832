import type { FastifyInstance } from 'fastify';
import { writeCorrection } from '../admin/corrections.js';
import { corpusFile } from '../documents/corpus-file.js';
import { DocumentService } from '../documents/service.js';
import { conflict, unprocessable } from '../errors.js';
import type { IndexingPort } from '../indexing-port.js';
import type { IndexSummary } from '../../lib/schema/indexing.js';
import { Correction, CorrectionAnswer } from '../schemas/admin.js';
import { DocumentParams } from '../schemas/documents.js';
import { errorResponses } from '../schemas/errors.js';

const BUSY = 'Đang lập chỉ mục; hãy thử lại khi xong (xem /api/health).';

/**
 * PUT /api/admin/documents/:docId/metadata: an archivist's correction of type, date, district, province,
 * issuer or signer, written to the document's corrections file and indexed before the answer, so the
 * reader shows it at once and every later run (--reset included) keeps it. Registered inside the admin
 * plugin, whose hook checks the bearer token.
 */
export function correctionRoute(
  app: FastifyInstance,
  indexer: () => IndexingPort,
  runIndex: (port: IndexingPort) => () => Promise<IndexSummary>,
): void {
  const service = new DocumentService(app.meili.searchClient, app.meili.names);
  app.put<{ Params: DocumentParams; Body: Correction; Reply: CorrectionAnswer }>(
    '/api/admin/documents/:docId/metadata',
    {
      schema: {
        summary:
          "Correct a document's type, date, district, province, issuer or signer (kept in <file>.meta.json); re-indexed before the answer",
        tags: ['admin'],
        security: [{ adminToken: [] }],
        params: DocumentParams,
        body: Correction,
        response: { 200: CorrectionAnswer, ...errorResponses(400, 401, 404, 409, 422, 503) },
      },
    },
    async (req) => {
      const port = indexer();
      if (app.indexing.running) throw conflict(BUSY);
      const doc = await corpusFile(service, app.config.corpusDir, req.params.docId);
      const sidecar = await writeCorrection(doc, req.body, port);
      if (app.indexing.running) throw conflict(BUSY);
      const summary = await app.indexing.track(runIndex(port));
      const failure = summary.failed.find((f) => f.file === sidecar || f.file === doc.file);
      if (failure) throw unprocessable(`Đã lưu nhưng không lập chỉ mục được: ${failure.reason}`);
      return { docId: req.params.docId, corrections: sidecar, indexedFiles: summary.indexed };
    },
  );
}
