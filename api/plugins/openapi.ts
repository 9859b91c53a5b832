import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';

/**
 * OpenAPI 3.1 description generated from the route schemas (3.1 because the schemas use JSON Schema
 * `type: [..., "null"]`), served at /openapi.json, with a human-readable page at /api/docs.
 * Register before the routes: @fastify/swagger collects them as they are added.
 */
export default fp(
  async (app) => {
    await app.register(fastifySwagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Tra cứu văn kiện — Vankien search API',
          version: '1.0.0',
          description:
            'Search an archive of Vietnamese local Party documents: sections, documents, cited directives, trends and exports. ' +
            'Errors are JSON {"error", "message"}; 503 means Meilisearch cannot be reached.',
        },
        tags: [
          { name: 'search', description: 'Full-text search, trends and exports' },
          { name: 'documents', description: 'Documents and their sections' },
          { name: 'directives', description: 'Cited document numbers and who cites them' },
          { name: 'admin', description: 'Re-indexing and uploads (Authorization: Bearer $ADMIN_TOKEN)' },
          { name: 'service', description: 'Health' },
        ],
        components: {
          securitySchemes: { adminToken: { type: 'http', scheme: 'bearer', description: "The server's ADMIN_TOKEN" } },
        },
      },
    });
    await app.register(fastifySwaggerUi, {
      routePrefix: '/api/docs',
      uiConfig: { docExpansion: 'list', deepLinking: true },
    });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
