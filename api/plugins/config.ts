import fp from 'fastify-plugin';
import type { AppConfig } from '../../lib/config.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: AppConfig;
  }
}

/** Makes the runtime configuration available as `app.config`. */
export default fp<{ config: AppConfig }>(
  async (app, opts) => {
    app.decorate('config', opts.config);
  },
  { name: 'config' },
);
