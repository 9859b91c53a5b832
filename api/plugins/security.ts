import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import fp from 'fastify-plugin';
import { HttpError, type ErrorCode } from '../errors.js';

/** Endpoints that cost a Meilisearch query per request and are rate limited. */
const LIMITED = /^\/api\/(search|suggest|export|stats|directives|documents)(\/|\?|$)/;

/**
 * Security headers (a CSP the UI passes), per-client rate limits on search and export,
 * and back-pressure: under overload the server answers 503 instead of queueing forever.
 */
export default fp(
  async (app) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          // Lit and the charts set style attributes; no inline scripts are allowed.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'connect-src': ["'self'"],
          'object-src': ["'none'"],
          'frame-ancestors': ["'none'"],
          'upgrade-insecure-requests': null,
        },
      },
      crossOriginEmbedderPolicy: false,
      hsts: false,
    });

    const perMinute = app.config.rateLimitPerMinute;
    if (perMinute > 0) {
      await app.register(rateLimit, {
        global: true,
        timeWindow: '1 minute',
        max: (req) => (req.url.startsWith('/api/export') ? Math.max(1, Math.floor(perMinute / 20)) : perMinute),
        allowList: (req) => !LIMITED.test(req.url),
        errorResponseBuilder: (_req, ctx) =>
          new HttpError(
            429,
            'rate_limited',
            `Quá nhiều yêu cầu: tối đa ${ctx.max} yêu cầu mỗi phút. Vui lòng thử lại sau ${ctx.after}.`,
          ),
      });
    }

    if (app.config.maxEventLoopDelayMs === 0) return;
    await app.register(underPressure, {
      maxEventLoopDelay: app.config.maxEventLoopDelayMs,
      maxHeapUsedBytes: 0,
      maxRssBytes: 0,
      retryAfter: 5,
      exposeStatusRoute: false,
      pressureHandler: (_req, reply, type, value) => {
        reply
          .code(503)
          .header('retry-after', '5')
          .send({
            error: 'overloaded' satisfies ErrorCode,
            message: 'Máy chủ đang quá tải, vui lòng thử lại sau ít giây.',
            type,
            value,
          });
      },
    });
  },
  { name: 'security', dependencies: ['config'] },
);
