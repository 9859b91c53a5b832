import { LRUCache } from 'lru-cache';
import { requestKey } from './cache-key.js';
import { NO_CACHE, type RetrievalCache } from './retrieval/index.js';

/** What /api/health shows of the cache. */
export interface CacheStats {
  enabled: boolean;
  hits: number;
  misses: number;
  /** Entries held, and their estimated size in bytes against the bound. */
  entries: number;
  bytes: number;
  maxBytes: number;
}

export interface CacheOptions {
  enabled: boolean;
  maxBytes: number;
}

/** UTF-16 size of the value's JSON: close to what the value holds in memory, cheap to compute once. */
const sizeOf = (value: unknown): number => Math.max(1, 2 * (JSON.stringify(value)?.length ?? 1));

/**
 * A memory-bounded LRU of search answers, counts and facet distributions. Keys carry the index
 * version (see IndexVersion), so an entry is exact for as long as it can be found: indexing bumps
 * the version and the old entries just age out. Concurrent requests for the same key share one
 * computation. Values are shared between callers: they must not be changed.
 */
export class AnswerCache {
  private readonly lru: LRUCache<string, object>;
  private readonly pending = new Map<string, Promise<unknown>>();
  private hits = 0;
  private misses = 0;

  constructor(private readonly options: CacheOptions) {
    // One entry may take an eighth of the bound, so an export page never empties the cache alone.
    this.lru = new LRUCache({
      maxSize: options.maxBytes,
      maxEntrySize: Math.max(1, Math.floor(options.maxBytes / 8)),
      sizeCalculation: sizeOf,
    });
  }

  get enabled(): boolean {
    return this.options.enabled;
  }

  /** The cached value of `key`, else `compute()`'s (kept). A null key bypasses the cache. */
  async memo<T extends object>(key: string | null, compute: () => Promise<T>): Promise<T> {
    if (!this.options.enabled || key === null) return compute();
    const held = this.lru.get(key);
    if (held !== undefined) {
      this.hits++;
      return held as T;
    }
    const running = this.pending.get(key);
    if (running) {
      this.hits++;
      return running as Promise<T>;
    }
    this.misses++;
    const job = compute()
      .then((value) => {
        this.lru.set(key, value);
        return value;
      })
      .finally(() => this.pending.delete(key));
    this.pending.set(key, job);
    return job;
  }

  /** The value held for `key` (a hit), else undefined (a miss). */
  peek<T extends object>(key: string): T | undefined {
    if (!this.options.enabled) return undefined;
    const held = this.lru.get(key);
    if (held === undefined) this.misses++;
    else this.hits++;
    return held as T | undefined;
  }

  keep(key: string, value: object): void {
    if (this.options.enabled) this.lru.set(key, value);
  }

  /** Retrieval's view of the cache, for one index version (null: unknown, nothing cached). */
  scoped(version: string | null): RetrievalCache {
    if (version === null || !this.options.enabled) return NO_CACHE;
    const key = (request: unknown): string => `${version}\u0000${requestKey('retrieval', request)}`;
    return {
      memo: (request, compute) => this.memo(key(request), compute),
      peek: (request) => this.peek(key(request)),
      keep: (request, value) => this.keep(key(request), value),
    };
  }

  stats(): CacheStats {
    return {
      enabled: this.options.enabled,
      hits: this.hits,
      misses: this.misses,
      entries: this.lru.size,
      bytes: this.lru.calculatedSize,
      maxBytes: this.options.maxBytes,
    };
  }
}
