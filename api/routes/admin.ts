import fs from 'node:fs/promises';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import type { Logger } from 'pino';
import { isAdmin } from '../admin/auth.js';
import { MAX_UPLOAD_BYTES, saveUpload } from '../admin/upload.js';
import { conflict, HttpError, unauthorized, unprocessable } from '../errors.js';
import type { IndexingPort } from '../indexing-port.js';
import { ReindexStarted, UploadAnswer } from '../schemas/admin.js';
import { errorResponses } from '../schemas/errors.js';
import { correctionRoute } from './admin-corrections.js';

export interface AdminOptions {
  /** The indexer, handed in by whoever builds the app; without it the admin endpoints answer 503. */
  indexer: IndexingPort | undefined;
}

const adminErrors = errorResponses(401, 409, 500, 503);
const BUSY = 'Đang lập chỉ mục; hãy thử lại khi xong (xem /api/health).';

const admin: FastifyPluginAsync<AdminOptions> = async (app, opts) => {
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
  app.addHook('onRequest', async (req, reply) => {
    if (isAdmin(req.headers.authorization, app.config.adminToken)) return;
    reply.header('www-authenticate', 'Bearer realm="vankien-admin"');
    throw unauthorized(
      app.config.adminToken
        ? 'Cần "Authorization: Bearer <ADMIN_TOKEN>" hợp lệ.'
        : 'Chức năng quản trị bị tắt: máy chủ chưa đặt ADMIN_TOKEN.',
    );
  });

  /** An app built without an indexer (some tests, a read-only deployment) cannot change the archive. */
  const indexer = (): IndexingPort => {
    if (!opts.indexer) throw new HttpError(503, 'indexing_unavailable', 'Máy chủ này không có bộ lập chỉ mục.');
    return opts.indexer;
  };
  const runIndex = (port: IndexingPort) => () =>
    port.indexCorpus(app.log.child({ job: 'admin-index' }) as unknown as Logger);

  correctionRoute(app, indexer, runIndex);

  app.post<{ Reply: ReindexStarted }>(
    '/api/admin/reindex',
    {
      schema: {
        summary: 'Re-index CORPUS_DIR in the background (changed files only); 202 at once, progress in /api/health',
        tags: ['admin'],
        security: [{ adminToken: [] }],
        response: { 202: ReindexStarted, ...adminErrors },
      },
    },
    async (req, reply) => {
      const port = indexer();
      if (app.indexing.running) throw conflict(BUSY);
      // track() marks the run as started synchronously, so a second request can never start a second run.
      app.indexing.track(runIndex(port)).catch((err: unknown) => req.log.error({ err }, 'admin re-index failed'));
      return reply.code(202).send({
        status: 'started',
        message: 'Đã bắt đầu lập chỉ mục lại; /api/health báo "indexing": false khi xong.',
      });
    },
  );

  app.post<{ Reply: UploadAnswer }>(
    '/api/admin/documents',
    {
      schema: {
        summary: `Upload one document (multipart field "file", at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB); saved under CORPUS_DIR/uploads/ and indexed before the answer`,
        tags: ['admin'],
        security: [{ adminToken: [] }],
        consumes: ['multipart/form-data'],
        response: { 201: UploadAnswer, ...errorResponses(400, 413, 415, 422), ...adminErrors },
      },
    },
    async (req, reply) => {
      const port = indexer();
      if (app.indexing.running) throw conflict(BUSY);
      const saved = await saveUpload(req, app.config.corpusDir, port);
      if (app.indexing.running) {
        await fs.rm(saved.absPath, { force: true });
        throw conflict(BUSY);
      }
      const summary = await app.indexing.track(runIndex(port));
      const failure = summary.failed.find((f) => f.file === saved.file);
      if (failure) {
        await fs.rm(saved.absPath, { force: true });
        throw unprocessable(`Không lập chỉ mục được tệp: ${failure.reason}`);
      }
      return reply
        .code(201)
        .send({ file: saved.file, docId: port.docIdFor(saved.file), bytes: saved.bytes, indexing: summary });
    },
  );
};

export default admin;
