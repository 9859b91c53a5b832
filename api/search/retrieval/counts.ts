import type { MultiSearchQuery } from 'meilisearch';
import { FACET_NAMES } from '../../../lib/schema/literals.js';
import { buildFilter, FACET_FIELDS, type FacetFilters, type FacetName } from '../filters.js';
import type { TierQuery } from '../query/index.js';
import { tierParams, type MatchingStrategy } from './retrieve.js';
import type { FacetCounts, GroupMode } from '../types.js';

/** True when the user filters on this facet (the date range counts as a filter on `year`). */
function isActive(f: FacetFilters, name: FacetName): boolean {
  if (name === 'year') return f.from !== null || f.to !== null;
  return f[name].length > 0;
}

export interface CountInput {
  index: string;
  /** The query that decides membership: the plain one (the accent-exact matches are a subset). */
  tier: TierQuery;
  facets: FacetFilters;
  /** Filters from the query itself (document numbers), applied to every count. */
  queryFilter: string[];
  strategy: MatchingStrategy;
  group: GroupMode;
}

export interface Counts {
  total: number;
  facets: FacetCounts;
}

/**
 * Multi-search queries for the total and disjunctive facet counts: one query with every filter
 * (total, and the facets nobody filters on), and one per active facet without that facet's own
 * filter, so a selected district still shows what the other districts hold.
 */
export function countQueries(c: CountInput): { queries: MultiSearchQuery[]; names: (FacetName | null)[] } {
  // The first query counts its matches exactly (page-based); a facet's own query only counts its
  // facet's values (`limit: 0`: no exhaustive total, nothing retrieved or highlighted). With one hit
  // per document, the page-based query is what makes Meilisearch count documents, not sections.
  const exhaustive = (total: boolean): { hitsPerPage: number; page: number } | { limit: number } =>
    total || c.group === 'document' ? { hitsPerPage: 0, page: 1 } : { limit: 0 };
  const base = (filter: string[], facets: string[], total: boolean): MultiSearchQuery => ({
    indexUid: c.index,
    ...tierParams({ filter: [...filter, ...c.queryFilter], strategy: c.strategy, sort: undefined }, c.tier),
    facets,
    ...exhaustive(total),
    ...(c.group === 'document' ? { distinct: 'docId' } : {}),
  });
  const active = FACET_NAMES.filter((n) => isActive(c.facets, n));
  const passive = FACET_NAMES.filter((n) => !isActive(c.facets, n)).map((n) => FACET_FIELDS[n]);
  const queries = [base(buildFilter(c.facets), passive, true)];
  for (const name of active) {
    const except = name === 'year' ? 'year' : name;
    queries.push(base(buildFilter(c.facets, except), [FACET_FIELDS[name]], false));
  }
  return { queries, names: [null, ...active] };
}

export function emptyFacets(): FacetCounts {
  return { district: {}, province: {}, docType: {}, issuer: {}, year: {}, directive: {} };
}

type CountResult = { totalHits?: number; facetDistribution?: Record<string, Record<string, number>> };

/** Reads the answers of countQueries into a total and the facet counts. */
export function readCounts(results: readonly CountResult[], names: readonly (FacetName | null)[]): Counts {
  const facets = emptyFacets();
  results.forEach((res, i) => {
    const name = names[i];
    const dist = res.facetDistribution ?? {};
    for (const n of name ? [name] : FACET_NAMES) {
      const counts = dist[FACET_FIELDS[n]];
      if (counts) facets[n] = counts;
    }
  });
  return { total: results[0]?.totalHits ?? 0, facets };
}
