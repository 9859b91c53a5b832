import type { MultiSearchQuery } from 'meilisearch';
import type { ParsedQuery, SearchPlan } from './query/index.js';
import { attemptsFor, countQueries, HIT_FIELDS, rankedSearch, rankedTerms, readCounts, type Attempt, type Counts, type SectionHit, type StrictAttempt } from './retrieval/index.js';
import type { Prepared, SearchContext } from './prepare.js';
import type { SearchParams } from './types.js';

/** What the attempt that answered found. */
export interface Outcome {
  attempt: Attempt;
  counts: Counts;
  hits: SectionHit[];
  /** Sections that match only once accents are ignored (strict accent-exact attempt). */
  foldedOnly: number;
}

function sortFor(p: SearchParams, hasText: boolean): string[] | undefined {
  if (p.sort === 'date_desc' || (p.sort === 'relevance' && !hasText)) return ['dateNum:desc'];
  if (p.sort === 'date_asc') return ['dateNum:asc'];
  return undefined;
}

/** The first attempt, strictest first, that finds something (else the last one tried). */
export async function answer(c: SearchContext, p: SearchParams, { parsed, long, plan }: Prepared): Promise<Outcome> {
  let o: Outcome | null = null;
  for (const attempt of attemptsFor(plan, long)) {
    o = attempt.kind === 'strict' ? await strict(c, p, plan, attempt) : await ranked(c, p, parsed, plan);
    if (o.counts.total > 0) break;
  }
  return o!;
}

/**
 * One multi-search: the first query counts (total, facets) and also returns the page of hits, so
 * Meilisearch matches the query once; then one query per active facet (disjunctive counts) and, in
 * accent-exact mode, a count of what matches only once accents are ignored.
 */
async function strict(c: SearchContext, p: SearchParams, plan: SearchPlan, attempt: StrictAttempt): Promise<Outcome> {
  const { queries, names } = countQueries({
    index: c.index, tier: attempt.tier, facets: p, queryFilter: plan.filter, strategy: 'all', group: p.group,
  });
  const sort = sortFor(p, plan.hasText);
  const main: MultiSearchQuery = { ...queries[0]!, page: p.page, hitsPerPage: p.perPage, attributesToRetrieve: HIT_FIELDS, ...(sort ? { sort } : {}) };
  const extra: MultiSearchQuery[] = attempt.tier === plan.exact
    ? [{ ...queries[0]!, facets: [], q: plan.plain.q, attributesToSearchOn: plan.plain.attributesToSearchOn }] : [];
  const res = await c.client.multiSearch({ queries: [main, ...queries.slice(1), ...extra] });
  const counts = readCounts(res.results.slice(0, names.length), names);
  const loose = extra.length > 0 ? (res.results[names.length]?.totalHits ?? 0) : 0;
  return { attempt, counts, hits: res.results[0]!.hits as SectionHit[], foldedOnly: Math.max(0, loose - counts.total) };
}

async function ranked(c: SearchContext, p: SearchParams, parsed: ParsedQuery, plan: SearchPlan): Promise<Outcome> {
  const terms = rankedTerms(parsed, parsed.items, plan.exclusions.join(' '));
  const res = await rankedSearch({
    client: c.client, index: c.index, stats: c.stats, terms, facets: p, queryFilter: plan.filter, group: p.group,
    sort: p.sort === 'relevance' ? undefined : sortFor(p, true),
  }, (p.page - 1) * p.perPage, p.perPage);
  return { attempt: { kind: 'ranked', fallback: 'partial' }, counts: res.counts, hits: res.hits, foldedOnly: 0 };
}
