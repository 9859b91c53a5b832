import type { FederatedMultiSearchParams, Meilisearch, MultiSearchQueryWithFederation } from 'meilisearch';
import type { SectionRecord } from '../../lib/schema/records.js';
import { emptyFacets, type Counts } from './counts.js';
import { buildFilter, FACET_FIELDS, type FacetFilters, type FacetName } from './filters.js';
import { bm25Order, CANDIDATES, queryStatistics, TOKEN_FIELDS } from './bm25-order.js';
import { rotationQueries, type RankedTerms, type Rotation } from './ranked-terms.js';
import { idf } from './rerank.js';
import { sectionsById, type SectionHit } from './retrieve.js';
import type { TermStats } from './term-stats.js';
import type { GroupMode } from './types.js';

const FACET_CAP = 1000;

export interface RankedInput {
  client: Meilisearch;
  index: string;
  stats: TermStats;
  terms: RankedTerms;
  facets: FacetFilters;
  queryFilter: string[];
  group: GroupMode;
  sort: string[] | undefined;
}

export interface RankedResult {
  counts: Counts;
  hits: SectionHit[];
}

function federated(r: RankedInput, rotations: Rotation[], filter: string[], fields: string[]): MultiSearchQueryWithFederation[] {
  return rotations.map((t) => ({
    indexUid: r.index, q: t.q, attributesToSearchOn: t.attributesToSearchOn, matchingStrategy: 'last', filter,
    attributesToRetrieve: fields, federationOptions: { weight: t.weight }, ...(r.sort ? { sort: r.sort } : {}),
  }));
}

/** Total and facet counts of the union of the rotations; disjunctive like the strict counts. */
async function rankedCounts(r: RankedInput, rotations: Rotation[]): Promise<Counts> {
  const names = Object.keys(FACET_FIELDS) as FacetName[];
  const run = (filter: string[], facets: string[]) => r.client.multiSearch<FederatedMultiSearchParams>({
    federation: { limit: 0, facetsByIndex: { [r.index]: facets }, mergeFacets: { maxValuesPerFacet: FACET_CAP } },
    queries: federated(r, rotations, [...filter, ...r.queryFilter], ['id']),
  });
  const active = names.filter((n) => (n === 'year' ? r.facets.from || r.facets.to : r.facets[n as Exclude<FacetName, 'year'>].length > 0));
  const main = run(buildFilter(r.facets), [...names.map((n) => FACET_FIELDS[n]), 'docId']);
  const others = active.map((n) => run(buildFilter(r.facets, n), [FACET_FIELDS[n]]));
  const [first, ...rest] = await Promise.all([main, ...others]);
  const facets = emptyFacets();
  for (const n of names) facets[n] = first!.facetDistribution?.[FACET_FIELDS[n]] ?? {};
  active.forEach((n, i) => { facets[n] = rest[i]!.facetDistribution?.[FACET_FIELDS[n]] ?? {}; });
  const sections = first!.estimatedTotalHits ?? 0;
  const docs = Object.keys(first!.facetDistribution?.docId ?? {}).length;
  return { total: r.group === 'document' && docs < FACET_CAP ? docs : sections, facets };
}

/**
 * Ranked retrieval for a question typed in full, or a query that no section matches entirely:
 * the union of the rotations, its first sections ordered by BM25 with bigrams, then the rest.
 */
export async function rankedSearch(r: RankedInput, offset: number, limit: number): Promise<RankedResult> {
  const s = await queryStatistics(r, r.terms);
  if (s.rarestFirst.length === 0) return { counts: { total: 0, facets: emptyFacets() }, hits: [] };
  const rotations = rotationQueries(r.terms, s.rarestFirst, (t) => idf(s.stats.sections, s.stats.count.get(t) ?? 0));
  const filter = [...buildFilter(r.facets), ...r.queryFilter];
  const fields = ['id', 'docId', ...TOKEN_FIELDS];
  const window = Math.max(CANDIDATES, 2 * (offset + limit));
  const [counts, res] = await Promise.all([
    rankedCounts(r, rotations),
    r.client.multiSearch<FederatedMultiSearchParams, SectionRecord>({ federation: { limit: window }, queries: federated(r, rotations, filter, fields) }),
  ]);
  let order = res.hits.map((h) => h.id);
  if (!r.sort) {
    order = [...bm25Order(res.hits.slice(0, CANDIDATES), r.terms, s), ...order.slice(CANDIDATES)];
  }
  if (r.group === 'document') {
    const docOf = new Map(res.hits.map((h) => [h.id, h.docId]));
    const seen = new Set<string>();
    order = order.filter((id) => !seen.has(docOf.get(id)!) && seen.add(docOf.get(id)!));
  }
  return { counts, hits: await sectionsById({ client: r.client, index: r.index }, order.slice(offset, offset + limit)) };
}
