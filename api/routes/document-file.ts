import fs from 'node:fs';
import path from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import { corpusFile } from '../documents/corpus-file.js';
import { DocumentService } from '../documents/service.js';
import { DocumentParams } from '../schemas/documents.js';
import { errorResponses, readErrors } from '../schemas/errors.js';

const CONTENT_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.txt': 'text/plain; charset=utf-8',
  '.html': 'text/plain; charset=utf-8',
  '.htm': 'text/plain; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.doc': 'application/msword',
  '.rtf': 'application/rtf',
  '.odt': 'application/vnd.oasis.opendocument.text',
};

/**
 * The original file of a document, from the served corpus folder (CORPUS_DIR): a scan can be checked
 * against its OCR text. Only paths the index holds are served, and only inside that folder.
 */
const documentFile: FastifyPluginAsync = async (app) => {
  const service = new DocumentService(app.meili.searchClient, app.meili.names);

  app.get<{ Params: DocumentParams }>(
    '/api/documents/:docId/file',
    {
      schema: {
        summary: 'The original file of a document (the scan of an OCRed one), as it is in the corpus folder',
        tags: ['documents'],
        params: DocumentParams,
        response: { ...errorResponses(404), ...readErrors },
      },
    },
    async (req, reply) => {
      const { abs, size } = await corpusFile(service, app.config.corpusDir, req.params.docId);
      const ext = path.extname(abs).toLowerCase();
      // HTML is served as text: a stored page must not run as part of this site.
      return reply
        .type(CONTENT_TYPES[ext] ?? 'application/octet-stream')
        .header('content-length', size)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(path.basename(abs))}`)
        .header('x-content-type-options', 'nosniff')
        .send(fs.createReadStream(abs));
    },
  );
};

export default documentFile;
