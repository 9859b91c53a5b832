import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { AppConfig } from '../lib/config.js';
import { serverLoggerOptions } from '../lib/logger.js';
import { clientErrorHandler } from './client-error.js';
import type { ErrorBody } from './schemas/errors.js';
import type { IndexingPort } from './indexing-port.js';
import { IndexingStatus } from './indexing-status.js';
import configPlugin from './plugins/config.js';
import errorHandler from './plugins/error-handler.js';
import meiliPlugin from './plugins/meili.js';
import openapiPlugin from './plugins/openapi.js';
import searchServicePlugin from './plugins/search-service.js';
import securityPlugin from './plugins/security.js';
import adminRoutes from './routes/admin.js';
import directiveRoutes from './routes/directives.js';
import documentFileRoutes from './routes/document-file.js';
import documentRoutes from './routes/documents.js';
import exportRoutes from './routes/export.js';
import healthRoutes from './routes/health.js';
import searchRoutes from './routes/search.js';
import suggestRoutes from './routes/suggest.js';
import trendRoutes from './routes/trend.js';

declare module 'fastify' {
  interface FastifyInstance {
    indexing: IndexingStatus;
  }
}

export interface BuildAppOptions {
  config: AppConfig;
  meiliUrl: string;
  meiliMasterKey: string | undefined;
  indexing?: IndexingStatus;
  /** The indexer behind the admin endpoints (reindex, upload, corrections); without it they answer 503. */
  indexer?: IndexingPort;
  /** Folder of the built web UI; defaults to web/dist. */
  webRoot?: string;
  logger?: FastifyServerOptions['logger'];
}

export const defaultWebRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/dist');

/** Builds the Fastify app from its plugins and routes; it does not listen. */
export async function buildApp(opts: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? serverLoggerOptions(opts.config.logLevel),
    bodyLimit: 1024 * 1024,
    requestIdHeader: 'x-request-id',
    routerOptions: { maxParamLength: 500 },
    clientErrorHandler,
  });
  app.decorate('indexing', opts.indexing ?? new IndexingStatus());
  await app.register(configPlugin, { config: opts.config });
  await app.register(errorHandler);
  await app.register(securityPlugin);
  await app.register(meiliPlugin, {
    url: opts.meiliUrl,
    masterKey: opts.meiliMasterKey,
    prefix: opts.config.indexPrefix,
  });
  await app.register(searchServicePlugin);
  await app.register(openapiPlugin);
  await app.register(healthRoutes);
  await app.register(searchRoutes);
  await app.register(suggestRoutes);
  await app.register(documentRoutes);
  await app.register(documentFileRoutes);
  await app.register(directiveRoutes);
  await app.register(trendRoutes);
  await app.register(exportRoutes);
  await app.register(adminRoutes, { indexer: opts.indexer });

  const webRoot = opts.webRoot ?? defaultWebRoot;
  const hasUi = fs.existsSync(path.join(webRoot, 'index.html'));
  if (hasUi) await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.url === '/api' || !hasUi || req.method !== 'GET') {
      const body: ErrorBody = {
        error: 'not_found',
        message: `Không tìm thấy: ${req.method} ${req.url.split('?')[0]}`,
        requestId: String(req.id),
      };
      return reply.code(404).send(body);
    }
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
  return app;
}
