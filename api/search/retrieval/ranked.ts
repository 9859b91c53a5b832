import type { FederatedMultiSearchParams, Meilisearch, MultiSearchQueryWithFederation } from 'meilisearch';
import type { SectionRecord } from '../../../lib/schema/records.js';
import { emptyFacets, type Counts } from './counts.js';
import { buildFilter, FACET_FIELDS, type FacetFilters, type FacetName } from '../filters.js';
import type { RetrievalCache } from './cache.js';
import { bm25Order, CANDIDATES, queryStatistics, tokenFields } from './bm25-order.js';
import { interleave, rotationQueries, wordsBeforeNumbers, type RankedTerms, type Rotation } from './ranked-terms.js';
import { idf } from './rerank.js';
import { sectionFieldsById, sectionsById, type SectionHit } from './retrieve.js';
import type { TermStats } from './term-stats.js';
import type { GroupMode } from '../types.js';

const FACET_CAP = 1000;

export interface RankedInput {
  client: Meilisearch;
  index: string;
  stats: TermStats;
  cache: RetrievalCache;
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

function federated(
  r: RankedInput,
  rotations: Rotation[],
  filter: string[],
  fields: string[],
): MultiSearchQueryWithFederation[] {
  return rotations.map((t) => ({
    indexUid: r.index,
    q: t.q,
    attributesToSearchOn: t.attributesToSearchOn,
    matchingStrategy: 'last',
    filter,
    attributesToRetrieve: fields,
    federationOptions: { weight: t.weight },
    ...(r.sort ? { sort: r.sort } : {}),
  }));
}

/** Total and facet counts of the union of the rotations; disjunctive like the strict counts. */
function rankedCounts(r: RankedInput, rotations: Rotation[]): Promise<Counts> {
  const request = {
    counts: 'ranked',
    index: r.index,
    rotations,
    facets: r.facets,
    queryFilter: r.queryFilter,
    group: r.group,
    sort: r.sort,
  };
  return r.cache.memo(request, () => countUnion(r, rotations));
}

async function countUnion(r: RankedInput, rotations: Rotation[]): Promise<Counts> {
  const names = Object.keys(FACET_FIELDS) as FacetName[];
  const run = (filter: string[], facets: string[]) =>
    r.client.multiSearch<FederatedMultiSearchParams>({
      federation: { limit: 0, facetsByIndex: { [r.index]: facets }, mergeFacets: { maxValuesPerFacet: FACET_CAP } },
      queries: federated(r, rotations, [...filter, ...r.queryFilter], ['id']),
    });
  const active = names.filter((n) =>
    n === 'year' ? r.facets.from || r.facets.to : r.facets[n as Exclude<FacetName, 'year'>].length > 0,
  );
  const main = run(buildFilter(r.facets), [...names.map((n) => FACET_FIELDS[n]), 'docId']);
  const others = active.map((n) => run(buildFilter(r.facets, n), [FACET_FIELDS[n]]));
  const [first, ...rest] = await Promise.all([main, ...others]);
  const facets = emptyFacets();
  for (const n of names) facets[n] = first!.facetDistribution?.[FACET_FIELDS[n]] ?? {};
  active.forEach((n, i) => {
    facets[n] = rest[i]!.facetDistribution?.[FACET_FIELDS[n]] ?? {};
  });
  const sections = first!.estimatedTotalHits ?? 0;
  const docs = Object.keys(first!.facetDistribution?.docId ?? {}).length;
  return { total: r.group === 'document' && docs < FACET_CAP ? docs : sections, facets };
}

/** The candidates in BM25 order, and the document of each. */
interface Head {
  ids: string[];
  docs: string[];
}

type Fetch = (offset: number, limit: number, fields: string[]) => Promise<Partial<SectionRecord>[]>;

/**
 * The sections BM25 reorders: the rotations' own rankings taken in turn, each in proportion to its
 * weight (`interleave`), up to CANDIDATES, read with their text. Not the federated merge: it
 * compares Meilisearch's ranking scores across rotations, and a section holding 6 of the 9 words
 * of the rarest-led rotation scores below sections holding all 5 common words of a later one. On
 * Zalo, 33 answers in BM25's top 10 fell outside the merged top 300 although the rotation led by
 * their rarest word ranked them in its first 10.
 */
async function candidates(
  r: RankedInput,
  rotations: Rotation[],
  filter: string[],
  fields: string[],
): Promise<Partial<SectionRecord>[]> {
  const { results } = await r.client.multiSearch({
    queries: rotations.map((t) => ({
      indexUid: r.index,
      q: t.q,
      attributesToSearchOn: t.attributesToSearchOn,
      matchingStrategy: 'last' as const,
      filter,
      limit: CANDIDATES,
      attributesToRetrieve: ['id'],
    })),
  });
  const lists = results.map((res) => res.hits.map((h) => String(h.id)));
  return sectionFieldsById(
    r,
    interleave(
      lists,
      rotations.map((t) => t.weight),
      CANDIDATES,
    ),
    fields,
  );
}

/**
 * Ids at [offset, offset + limit) of the ranked list: the candidates in BM25 order (none with a
 * sort), then the rest of the union in Meilisearch's merged order (by date with a sort). Only the
 * candidates are read with their text; deeper pages read ids (and, grouped by document, the document of each).
 */
async function rankedIds(r: RankedInput, head: Head, fetch: Fetch, offset: number, limit: number): Promise<string[]> {
  const headIds = head.ids;
  if (r.group === 'section') {
    if (offset + limit <= headIds.length) return headIds.slice(offset, offset + limit);
    if (headIds.length === 0) return (await fetch(offset, limit, ['id'])).map((h) => String(h.id));
    // The candidates are not a prefix of the merged order: skip them wherever it places them.
    const inHead = new Set(headIds);
    const rest = (await fetch(0, offset + limit, ['id'])).map((h) => String(h.id)).filter((id) => !inHead.has(id));
    return [...headIds, ...rest].slice(offset, offset + limit);
  }
  // One hit per document: the first section of each document in that order (a document can come twice).
  const window = await fetch(0, Math.max(CANDIDATES, 2 * (offset + limit)), ['id', 'docId']);
  const docOf = new Map([
    ...headIds.map((id, i) => [id, head.docs[i]!] as const),
    ...window.map((h) => [String(h.id), String(h.docId)] as const),
  ]);
  const seen = new Set<string>();
  return [...headIds, ...window.map((h) => String(h.id)).filter((id) => !headIds.includes(id))]
    .filter((id) => !seen.has(docOf.get(id)!) && seen.add(docOf.get(id)!))
    .slice(offset, offset + limit);
}

/**
 * Ranked retrieval for a question typed in full, or a query that no section matches entirely:
 * the union of the rotations, its first sections ordered by BM25 with bigrams, then the rest.
 */
export async function rankedSearch(r: RankedInput, offset: number, limit: number): Promise<RankedResult> {
  const s = await queryStatistics(r, r.terms);
  if (s.rarestFirst.length === 0) return { counts: { total: 0, facets: emptyFacets() }, hits: [] };
  const rotations = rotationQueries(r.terms, wordsBeforeNumbers(s.rarestFirst), (t) =>
    idf(s.stats.sections, s.stats.count.get(t) ?? 0),
  );
  const filter = [...buildFilter(r.facets), ...r.queryFilter];
  const fetch: Fetch = async (from, count, fields) =>
    (
      await r.client.multiSearch<FederatedMultiSearchParams, SectionRecord>({
        federation: { offset: from, limit: count },
        queries: federated(r, rotations, filter, fields),
      })
    ).hits;
  // The same head for every page of the query: kept, it spares reading 300 sections' text again.
  const order = async (): Promise<Head> => {
    const found = await candidates(r, rotations, filter, ['id', 'docId', ...tokenFields(r.terms.exact)]);
    const ids = bm25Order(found, r.terms, s);
    const docOf = new Map(found.map((h) => [String(h.id), String(h.docId)]));
    return { ids, docs: ids.map((id) => docOf.get(id)!) };
  };
  const ranked = async (): Promise<string[]> => {
    const head = r.sort
      ? { ids: [], docs: [] }
      : await r.cache.memo({ head: 'ranked', index: r.index, rotations, filter, terms: r.terms }, order);
    return rankedIds(r, head, fetch, offset, limit);
  };
  const [counts, ids] = await Promise.all([rankedCounts(r, rotations), ranked()]);
  return { counts, hits: await sectionsById({ client: r.client, index: r.index }, ids) };
}
