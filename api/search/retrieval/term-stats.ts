import type { Meilisearch, MultiSearchParams } from 'meilisearch';
import type { TierQuery } from '../query/index.js';

interface Entry {
  count: number;
  at: number;
}

/**
 * How many sections each term matches (its document frequency), from Meilisearch itself, cached
 * for a few minutes: long queries keep their rarest, most informative terms.
 */
export class TermStats {
  private readonly cache = new Map<string, Entry>();

  constructor(
    private readonly ttlMs = 5 * 60_000,
    private readonly maxEntries = 20_000,
  ) {}

  async counts(client: Meilisearch, index: string, terms: readonly TierQuery[]): Promise<number[]> {
    const now = Date.now();
    const keyOf = (t: TierQuery): string => `${index}\u0000${t.attributesToSearchOn.join(',')}\u0000${t.q}`;
    const missing = terms.filter((t) => {
      const hit = this.cache.get(keyOf(t));
      return !hit || now - hit.at > this.ttlMs;
    });
    if (missing.length > 0) {
      const params: MultiSearchParams = {
        queries: missing.map((t) => ({
          indexUid: index,
          q: t.q,
          attributesToSearchOn: t.attributesToSearchOn,
          matchingStrategy: 'all',
          hitsPerPage: 0,
          page: 1,
        })),
      };
      const res = await client.multiSearch(params);
      if (this.cache.size + missing.length > this.maxEntries) this.cache.clear();
      missing.forEach((t, i) => this.cache.set(keyOf(t), { count: res.results[i]?.totalHits ?? 0, at: now }));
    }
    return terms.map((t) => this.cache.get(keyOf(t))?.count ?? 0);
  }
}
