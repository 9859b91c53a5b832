import type { MultiSearchQuery } from 'meilisearch';
import type { ParsedQuery, SearchPlan } from './query/index.js';
import {
  attemptsFor,
  countQueries,
  HIT_FIELDS,
  rankedSearch,
  rankedTerms,
  readCounts,
  type Attempt,
  type Counts,
  type SectionHit,
  type StrictAttempt,
} from './retrieval/index.js';
import type { Prepared, SearchContext } from './prepare.js';
import type { SearchParams } from './types.js';

/** What the attempt that answered found. */
export interface Outcome {
  attempt: Attempt;
  counts: Counts;
  hits: SectionHit[];
  /** Sections that match only once accents are ignored (strict accent-exact attempt). */
  foldedOnly: number;
  /** Sections matching the plain (folded) query, when it was counted; null when not. */
  loose: number | null;
}

/** The counts of one strict attempt, kept per index version. */
interface StrictCounts {
  counts: Counts;
  loose: number | null;
}

function sortFor(p: SearchParams, hasText: boolean): string[] | undefined {
  if (p.sort === 'date_desc' || (p.sort === 'relevance' && !hasText)) return ['dateNum:desc'];
  if (p.sort === 'date_asc') return ['dateNum:asc'];
  return undefined;
}

/**
 * The first attempt, strictest first, that finds something (else the last one tried). The plain
 * attempt after an accent-exact one that found nothing is skipped when the accent-exact attempt
 * already counted it at zero: it would find nothing either.
 */
export async function answer(
  c: SearchContext,
  p: SearchParams,
  { parsed, long, plan }: Prepared,
  notice = true,
): Promise<Outcome> {
  let o: Outcome | null = null;
  for (const attempt of attemptsFor(plan, long)) {
    if (o && o.loose === 0 && attempt.kind === 'strict' && attempt.tier === plan.plain) continue;
    o = attempt.kind === 'strict' ? await strict(c, p, plan, attempt, notice) : await ranked(c, p, parsed, plan);
    if (o.counts.total > 0) break;
  }
  return o!;
}

/**
 * One multi-search: the first query counts (total, facets) and also returns the page of hits, so
 * Meilisearch matches the query once; then one query per active facet (disjunctive counts) and, in
 * accent-exact mode when the notice is wanted, a count of what matches only once accents are
 * ignored. Counts already known for this index version leave the page of hits alone to fetch.
 */
async function strict(
  c: SearchContext,
  p: SearchParams,
  plan: SearchPlan,
  attempt: StrictAttempt,
  notice: boolean,
): Promise<Outcome> {
  const { queries, names } = countQueries({
    index: c.index,
    tier: attempt.tier,
    facets: p,
    queryFilter: plan.filter,
    strategy: 'all',
    group: p.group,
  });
  const sort = sortFor(p, plan.hasText);
  const extra: MultiSearchQuery[] =
    notice && attempt.tier === plan.exact
      ? [{ ...queries[0]!, facets: [], q: plan.plain.q, attributesToSearchOn: plan.plain.attributesToSearchOn }]
      : [];
  const countsKey = { queries, extra };
  const known = c.cache.peek<StrictCounts>(countsKey);
  const window = known
    ? { offset: (p.page - 1) * p.perPage, limit: p.perPage } // the total is known: no exhaustive count
    : { page: p.page, hitsPerPage: p.perPage };
  const { page: _page, hitsPerPage: _perPage, ...first } = queries[0]!;
  const main: MultiSearchQuery = {
    ...first,
    ...window,
    attributesToRetrieve: HIT_FIELDS,
    ...(sort ? { sort } : {}),
    ...(known ? { facets: [] } : {}),
  };
  const res = await c.client.multiSearch({ queries: known ? [main] : [main, ...queries.slice(1), ...extra] });
  const hits = res.results[0]!.hits as SectionHit[];
  let counted = known;
  if (!counted) {
    const counts = readCounts(res.results.slice(0, names.length), names);
    const loose = extra.length > 0 ? (res.results[names.length]?.totalHits ?? 0) : null;
    counted = { counts, loose };
    c.cache.keep(countsKey, counted);
  }
  const { counts, loose } = counted;
  return { attempt, counts, hits, foldedOnly: Math.max(0, (loose ?? 0) - counts.total), loose };
}

async function ranked(c: SearchContext, p: SearchParams, parsed: ParsedQuery, plan: SearchPlan): Promise<Outcome> {
  const terms = rankedTerms(parsed, parsed.items, plan.exclusions.join(' '));
  const res = await rankedSearch(
    {
      client: c.client,
      index: c.index,
      stats: c.stats,
      cache: c.cache,
      terms,
      facets: p,
      queryFilter: plan.filter,
      group: p.group,
      sort: p.sort === 'relevance' ? undefined : sortFor(p, true),
    },
    (p.page - 1) * p.perPage,
    p.perPage,
  );
  return {
    attempt: { kind: 'ranked', fallback: 'partial' },
    counts: res.counts,
    hits: res.hits,
    foldedOnly: 0,
    loose: null,
  };
}
