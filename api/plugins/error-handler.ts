import fp from 'fastify-plugin';
import { HttpError, unavailable } from '../errors.js';

/** Node errors that mean Meilisearch cannot be reached. */
export function isConnectionError(err: unknown): boolean {
  const e = err as { name?: string; cause?: { code?: string; name?: string }; code?: string };
  if (!e) return false;
  // meilisearch-js: MeilisearchRequestError (fetch failed) and MeilisearchRequestTimeOutError.
  if (/^Meili[sS]earchRequest(Error|TimeOutError)$/.test(e.name ?? '')) return true;
  const code = e.cause?.code ?? e.code;
  return ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT'].includes(code ?? '');
}

/** One error handler: 4xx with the failing parameter, 503 when Meilisearch is down, 500 without internals. */
export default fp(async (app) => {
  app.setErrorHandler((err, req, reply) => {
    if (err instanceof HttpError) {
      if (err.statusCode >= 500) req.log.warn({ err }, err.message);
      return reply.code(err.statusCode).send({ error: err.code, message: err.message });
    }
    const e = err as { validation?: unknown; statusCode?: number; code?: string; message: string };
    if (e.validation) {
      return reply.code(400).send({ error: 'bad_request', message: e.message });
    }
    if (isConnectionError(err)) {
      req.log.warn({ err }, 'Meilisearch unreachable');
      const u = unavailable();
      return reply.code(503).send({ error: u.code, message: u.message });
    }
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
      return reply.code(e.statusCode).send({ error: (e.code ?? 'bad_request').toLowerCase(), message: e.message });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send({ error: 'internal_error', message: 'Lỗi máy chủ nội bộ.' });
  });
}, { name: 'error-handler' });
