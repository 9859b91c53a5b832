import type { Meilisearch, MultiSearchQuery } from 'meilisearch';
import type { StrictAttempt } from './attempts.js';
import type { RetrievalCache } from './cache.js';
import { buildFilter, FACET_FIELDS, type FacetFilters, type FacetName } from '../filters.js';
import type { SearchPlan } from '../query/index.js';
import { tierParams } from './retrieve.js';

/** A date range, as the `from`/`to` parameters take it. */
export interface PeriodRange {
  from: string;
  to: string;
}

export interface PeriodCount {
  /** Matching sections in the period. */
  total: number;
  /** Matching sections per value of the counted facet. */
  values: Record<string, number>;
}

/**
 * Counts for many periods in one multi-search: per period, the same strict query and filters a
 * search would use, restricted to its dates, asking only for the total and one facet.
 */
export async function periodCounts(
  { client, index, cache }: { client: Meilisearch; index: string; cache: RetrievalCache },
  f: FacetFilters,
  plan: SearchPlan,
  attempt: StrictAttempt,
  facet: FacetName,
  ranges: readonly PeriodRange[],
): Promise<PeriodCount[]> {
  const field = FACET_FIELDS[facet];
  const queries: MultiSearchQuery[] = ranges.map((r) => ({
    indexUid: index,
    ...tierParams(
      { filter: [...buildFilter({ ...f, from: r.from, to: r.to }), ...plan.filter], strategy: 'all', sort: undefined },
      attempt.tier,
    ),
    facets: [field],
    hitsPerPage: 0,
    page: 1,
  }));
  const { counts } = await cache.memo({ periods: queries }, async () => {
    const res = await client.multiSearch({ queries });
    return {
      counts: res.results.map((r) => ({ total: r.totalHits ?? 0, values: r.facetDistribution?.[field] ?? {} })),
    };
  });
  return counts;
}
