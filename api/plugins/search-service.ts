import fp from 'fastify-plugin';
import { AnswerCache, IndexVersion, SearchService } from '../search/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    searchService: SearchService;
  }
}

/**
 * The search service, built on the search-only Meilisearch client. Its cache is keyed by the
 * sections index's last succeeded task (read with the admin client, which may list tasks) and
 * forgotten after each of the product's own indexing runs.
 */
export default fp(async (app) => {
  const { admin, names, searchClient } = app.meili;
  const lastTask = async (): Promise<string | null> => {
    const { results } = await admin.tasks.getTasks({ indexUids: [names.sections], statuses: ['succeeded'], limit: 1 });
    return results[0] ? String(results[0].uid) : null;
  };
  const cache = new AnswerCache({ enabled: app.config.searchCache && app.config.searchCacheMb > 0, maxBytes: app.config.searchCacheMb * 1024 * 1024 });
  const service = new SearchService(searchClient, names.sections, { cache, version: new IndexVersion(lastTask) });
  app.indexing.onChange(() => service.indexChanged());
  app.decorate('searchService', service);
}, { name: 'search-service', dependencies: ['meili', 'config'] });
