import fp from 'fastify-plugin';
import { AnswerCache, IndexVersion, searchParams, SearchService, type SearchParams } from '../search/index.js';

/** What the UI asks first (no query, no filter, first page): computed again after each indexing run. */
const LANDING: SearchParams = searchParams({ ocr: null });

declare module 'fastify' {
  interface FastifyInstance {
    searchService: SearchService;
  }
}

/**
 * The search service, built on the search-only Meilisearch client. Its cache is keyed by the
 * sections index's last succeeded task (read with the admin client, which may list tasks) and
 * forgotten after each of the product's own indexing runs, after which the landing view is
 * computed at once (the heaviest answer: every facet over every section).
 */
export default fp(
  async (app) => {
    const { admin, names, searchClient } = app.meili;
    // A full rebuild writes staging indexes and swaps them in: the swap task names no index, so the
    // last swap counts too (any swap, which only makes the cache forget more often than needed).
    const lastTask = async (): Promise<string | null> => {
      const [own, swap] = await Promise.all([
        admin.tasks.getTasks({ indexUids: [names.sections], statuses: ['succeeded'], limit: 1 }),
        admin.tasks.getTasks({ types: ['indexSwap'], statuses: ['succeeded'], limit: 1 }),
      ]);
      const uids = [...own.results, ...swap.results].map((t) => t.uid);
      return uids.length > 0 ? String(Math.max(...uids)) : null;
    };
    const cache = new AnswerCache({
      enabled: app.config.searchCache && app.config.searchCacheMb > 0,
      maxBytes: app.config.searchCacheMb * 1024 * 1024,
    });
    const service = new SearchService(searchClient, names.sections, { cache, version: new IndexVersion(lastTask) });
    app.indexing.onChange(() => {
      service.indexChanged();
      if (cache.enabled) {
        service
          .search(LANDING)
          .catch((err: unknown) => app.log.debug({ err: (err as Error).message }, 'landing view not precomputed'));
      }
    });
    app.decorate('searchService', service);
  },
  { name: 'search-service', dependencies: ['meili', 'config'] },
);
