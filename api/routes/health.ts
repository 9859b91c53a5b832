import type { FastifyPluginAsync } from 'fastify';

const healthSchema = {
  summary: 'Service health: Meilisearch reachability, indexing state and counts',
  response: {
    200: {
      type: 'object',
      properties: {
        status: { type: 'string' }, meilisearch: { type: 'string' }, indexing: { type: 'boolean' },
        documents: { type: 'integer' }, sections: { type: 'integer' },
        searchCache: {
          type: 'object',
          description: 'The cache of search answers and counts since start: hits, misses, hit rate (0–1), entries, estimated bytes held and their bound',
          properties: {
            enabled: { type: 'boolean' }, hits: { type: 'integer' }, misses: { type: 'integer' }, hitRate: { type: 'number' },
            entries: { type: 'integer' }, bytes: { type: 'integer' }, maxBytes: { type: 'integer' },
          },
        },
        lastIndexing: {
          type: ['object', 'null'],
          properties: {
            finishedAt: { type: 'string' }, indexed: { type: 'integer' }, unchanged: { type: 'integer' },
            removed: { type: 'integer' }, failed: { type: 'array', items: { type: 'object', properties: { file: { type: 'string' }, reason: { type: 'string' } } } },
          },
        },
      },
    },
    503: { type: 'object', properties: { status: { type: 'string' }, meilisearch: { type: 'string' }, indexing: { type: 'boolean' }, message: { type: 'string' } } },
  },
} as const;

const health: FastifyPluginAsync = async (app) => {
  app.get('/api/health', { schema: healthSchema }, async (_req, reply) => {
    const { admin, names } = app.meili;
    try {
      const [docs, sections] = await Promise.all([
        admin.index(names.documents).getStats().then((s) => s.numberOfDocuments, () => 0),
        admin.index(names.sections).getStats().then((s) => s.numberOfDocuments, () => 0),
        admin.health(),
      ]);
      const last = app.indexing.lastRun;
      const cache = app.searchService.cacheStats();
      const asked = cache.hits + cache.misses;
      return {
        status: 'ok', meilisearch: 'available', indexing: app.indexing.running, documents: docs, sections,
        searchCache: { ...cache, hitRate: asked > 0 ? cache.hits / asked : 0 },
        lastIndexing: last ? { finishedAt: last.finishedAt, indexed: last.indexed, unchanged: last.unchanged, removed: last.removed, failed: last.failed } : null,
      };
    } catch {
      return reply.code(503).send({
        status: 'unavailable', meilisearch: 'unavailable', indexing: app.indexing.running,
        message: 'Không kết nối được máy chủ tìm kiếm (Meilisearch).',
      });
    }
  });
};

export default health;
