import type { Index, Meilisearch, RecordAny, SearchParams, SearchResponse } from 'meilisearch';
import { quoteFilterValue } from '../search/index.js';

/** `field = "value"`, the value quoted so that it is always read literally. */
export function eq(field: string, value: string): string {
  return `${field} = ${quoteFilterValue(value)}`;
}

/** Meilisearch answered that the index does not exist (nothing has been indexed yet). */
export function isMissingIndex(err: unknown): boolean {
  const e = err as { name?: string; cause?: { code?: string } } | undefined;
  return /api ?error$/i.test(e?.name ?? '') && e?.cause?.code === 'index_not_found';
}

/** Meilisearch refused the request as invalid (`invalid_…`): a product bug, or indexes not set up yet. */
export function isInvalidRequest(err: unknown): boolean {
  const e = err as { name?: string; cause?: { code?: string } } | undefined;
  return /api ?error$/i.test(e?.name ?? '') && /^invalid_/.test(e?.cause?.code ?? '');
}

/**
 * True when the sections index holds nothing yet. During a first indexing run the indexes exist
 * before their settings are applied and before any section has brought its fields in, and
 * Meilisearch refuses facets, filters and `attributesToSearchOn` in that window.
 */
export async function holdsNoSections(client: Meilisearch, sections: string): Promise<boolean> {
  const res = await searchOrEmpty(client.index(sections), '', { limit: 0 });
  return (res.estimatedTotalHits ?? res.totalHits ?? 0) === 0;
}

/** One search; an index that does not exist yet reads as an empty result. */
export async function searchOrEmpty<T extends RecordAny>(
  index: Index<T>,
  q: string,
  params: SearchParams,
): Promise<SearchResponse<T>> {
  try {
    return await index.search(q, params);
  } catch (err) {
    if (!isMissingIndex(err)) throw err;
    return {
      hits: [],
      totalHits: 0,
      totalPages: 0,
      page: 1,
      hitsPerPage: 0,
      processingTimeMs: 0,
      query: q,
      facetDistribution: {},
    } as unknown as SearchResponse<T>;
  }
}

const PAGE = 1000;

/**
 * Every hit of a filtered search, read page by page with the search-only key
 * (getDocuments needs a key the API does not hold). Stops after `max` hits.
 */
export async function searchAll<T extends RecordAny>(
  index: Index<T>,
  params: Omit<SearchParams, 'limit' | 'offset' | 'page' | 'hitsPerPage'>,
  max = 100_000,
): Promise<{ hits: T[]; total: number }> {
  const hits: T[] = [];
  let total = 0;
  for (let page = 1; hits.length < max; page++) {
    const res = await searchOrEmpty(index, '', { ...params, page, hitsPerPage: PAGE });
    total = res.totalHits ?? 0;
    hits.push(...(res.hits as T[]));
    if (res.hits.length < PAGE) break;
  }
  return { hits: hits.slice(0, max), total: Math.max(total, hits.length) };
}
