import crypto from 'node:crypto';
import fp from 'fastify-plugin';
import type { Meilisearch } from 'meilisearch';
import { createMeiliClient } from '../../lib/meili/client.js';
import { indexNames, type IndexNames } from '../../lib/schema/indexes.js';

export interface MeiliClients {
  /** Client holding a key that can only search the product's indexes. */
  searchClient(): Promise<Meilisearch>;
  /** Client with the master key: health, stats and admin only; never exposed. */
  admin: Meilisearch;
  names: IndexNames;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    meili: MeiliClients;
  }
}

export interface MeiliPluginOptions {
  url: string;
  masterKey: string | undefined;
  prefix: string;
}

/** A stable key uid per prefix, so restarts reuse the same search key. */
function searchKeyUid(prefix: string): string {
  const h = crypto.createHash('sha1').update(`vankien-search-key:${prefix}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Gets (or creates) the search-only key; without a master key, the server is open and needs none. */
async function searchOnlyKey(
  admin: Meilisearch,
  prefix: string,
  masterKey: string | undefined,
): Promise<string | undefined> {
  if (!masterKey) return undefined;
  const uid = searchKeyUid(prefix);
  try {
    return (await admin.getKey(uid)).key;
  } catch {
    const created = await admin.createKey({
      uid,
      name: `${prefix} search`,
      description: 'Search-only key used by the API',
      actions: ['search'],
      indexes: [`${prefix}-*`],
      expiresAt: null,
    });
    return created.key;
  }
}

export default fp<MeiliPluginOptions>(
  async (app, opts) => {
    // Uncompressed answers (createMeiliClient): a gzip answer on a local connection regularly waits
    // 40 ms for a delayed TCP ACK, which the bench measured as most of the API's time per search.
    const admin = createMeiliClient(opts.url, opts.masterKey);
    // The search-only client is made on first use, so the API starts (and answers 503) while Meilisearch is down.
    let pending: Promise<Meilisearch> | null = null;
    const searchClient = (): Promise<Meilisearch> =>
      (pending ??= searchOnlyKey(admin, opts.prefix, opts.masterKey)
        .then((key) => createMeiliClient(opts.url, key))
        .catch((err: unknown) => {
          pending = null;
          throw err;
        }));
    await searchClient().catch((err: unknown) =>
      app.log.warn({ err: (err as Error).message }, 'Meilisearch not reachable yet'),
    );
    app.decorate('meili', { searchClient, admin, names: indexNames(opts.prefix), url: opts.url });
  },
  { name: 'meili' },
);
