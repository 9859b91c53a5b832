import fp from 'fastify-plugin';
import { SearchService } from '../search/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    searchService: SearchService;
  }
}

/** The search service, built on the search-only Meilisearch client. */
export default fp(async (app) => {
  app.decorate('searchService', new SearchService(app.meili.searchClient, app.meili.names.sections));
}, { name: 'search-service', dependencies: ['meili'] });
