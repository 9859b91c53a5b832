/**
 * What retrieval may keep between searches (counts, facet distributions), keyed by the Meilisearch
 * request that computes it; the service scopes it to the index version, so a value is exact.
 */
export interface RetrievalCache {
  /** The value kept for `request`, else `compute()`'s (then kept). */
  memo<T extends object>(request: unknown, compute: () => Promise<T>): Promise<T>;
  /** The value kept for `request`, if any (counts as a hit or a miss). */
  peek<T extends object>(request: unknown): T | undefined;
  keep(request: unknown, value: object): void;
}

/** Nothing kept: every value computed. */
export const NO_CACHE: RetrievalCache = {
  memo: (_request, compute) => compute(),
  peek: () => undefined,
  keep: () => undefined,
};
