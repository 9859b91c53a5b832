import fp from 'fastify-plugin';
import { clientErrorCode, HttpError, unavailable } from '../errors.js';
import type { ErrorBody } from '../schemas/errors.js';
import { holdsNoSections, isInvalidRequest, isMissingIndex } from '../store/read.js';

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_CLOSED',
]);

/** Errors that mean Meilisearch cannot be reached (the client wraps fetch errors, which wrap socket errors). */
export function isConnectionError(err: unknown): boolean {
  let e = err as { name?: string; code?: string; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 5; depth++) {
    if (/^meili ?search(Request|RequestTimeOut)Error$/i.test(e.name ?? '')) return true;
    if (CONNECTION_CODES.has(e.code ?? '')) return true;
    e = e.cause as typeof e;
  }
  return false;
}

interface ValidationItem {
  instancePath?: string;
  params?: { missingProperty?: string; additionalProperty?: string };
}

/** The parameter a schema validation error is about: "/perPage" → "perPage", "/district/0" → "district". */
export function failingParameter(validation: readonly ValidationItem[] | undefined): string | undefined {
  const first = validation?.[0];
  if (!first) return undefined;
  const fromPath = first.instancePath?.split('/').filter(Boolean)[0];
  return fromPath ?? first.params?.missingProperty ?? first.params?.additionalProperty;
}

/** One error handler: 4xx naming the failing parameter, 503 when Meilisearch is down, 500 without internals. */
export default fp(
  async (app) => {
    app.addHook('onRequest', async (req, reply) => {
      reply.header('x-request-id', req.id);
    });

    /** Whether Meilisearch holds no section yet (the first indexing run is setting the indexes up). */
    const sectionsStillEmpty = async (): Promise<boolean> => {
      if (!app.hasDecorator('meili')) return false;
      try {
        return await holdsNoSections(await app.meili.searchClient(), app.meili.names.sections);
      } catch {
        return false;
      }
    };

    app.setErrorHandler(async (err, req, reply) => {
      const send = (status: number, body: Omit<ErrorBody, 'requestId'>): unknown => {
        const full: ErrorBody = { ...body, requestId: String(req.id) };
        if (status === 503) req.log.warn({ err, statusCode: status }, body.message);
        else if (status >= 500) req.log.error({ err, statusCode: status }, body.message);
        else req.log.info({ statusCode: status, error: body.error, parameter: body.parameter }, body.message);
        return reply.code(status).send(full);
      };
      if (err instanceof HttpError) {
        return send(err.statusCode, {
          error: err.code,
          message: err.message,
          ...(err.parameter ? { parameter: err.parameter } : {}),
        });
      }
      const e = err as { validation?: ValidationItem[]; statusCode?: number; message: string };
      if (e.validation) {
        const parameter = failingParameter(e.validation);
        return send(400, { error: 'bad_request', message: e.message, ...(parameter ? { parameter } : {}) });
      }
      if (isConnectionError(err)) {
        const u = unavailable();
        return send(503, { error: u.code, message: u.message });
      }
      if (isMissingIndex(err) || (isInvalidRequest(err) && (await sectionsStillEmpty()))) {
        reply.header('retry-after', '30');
        return send(503, {
          error: 'not_indexed',
          message: 'Kho văn bản chưa được lập chỉ mục (lần lập chỉ mục đầu tiên chưa xong). Vui lòng thử lại sau.',
        });
      }
      if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
        // Fastify's own codes (FST_ERR_CTP_INVALID_MEDIA_TYPE, …) are not the API's: the status says which of ours it is.
        return send(e.statusCode, { error: clientErrorCode(e.statusCode), message: e.message });
      }
      return send(500, { error: 'internal_error', message: 'Lỗi máy chủ nội bộ.' });
    });
  },
  { name: 'error-handler' },
);
