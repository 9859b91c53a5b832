import type { FastifyPluginAsync } from 'fastify';
import { Health, HealthUnavailable, HealthUnavailableOrOverloaded } from '../schemas/health.js';

const healthSchema = {
  summary: 'Service health: Meilisearch reachability, indexing state and counts',
  response: { 200: Health, 503: HealthUnavailableOrOverloaded },
};

const health: FastifyPluginAsync = async (app) => {
  app.get<{ Reply: Health | HealthUnavailable }>('/api/health', { schema: healthSchema }, async (_req, reply) => {
    const { admin, names } = app.meili;
    try {
      const [docs, sections] = await Promise.all([
        admin
          .index(names.documents)
          .getStats()
          .then(
            (s) => s.numberOfDocuments,
            () => 0,
          ),
        admin
          .index(names.sections)
          .getStats()
          .then(
            (s) => s.numberOfDocuments,
            () => 0,
          ),
        admin.health(),
      ]);
      const last = app.indexing.lastRun;
      const cache = app.searchService.cacheStats();
      const asked = cache.hits + cache.misses;
      return {
        status: 'ok',
        meilisearch: 'available',
        indexing: app.indexing.running,
        documents: docs,
        sections,
        searchCache: { ...cache, hitRate: asked > 0 ? cache.hits / asked : 0 },
        lastIndexing: last
          ? {
              finishedAt: last.finishedAt,
              indexed: last.indexed,
              unchanged: last.unchanged,
              removed: last.removed,
              failed: last.failed,
            }
          : null,
      };
    } catch {
      return reply.code(503).send({
        status: 'unavailable',
        meilisearch: 'unavailable',
        indexing: app.indexing.running,
        message: 'Không kết nối được máy chủ tìm kiếm (Meilisearch).',
      });
    }
  });
};

export default health;
