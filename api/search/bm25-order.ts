import type { Meilisearch } from 'meilisearch';
import type { SectionRecord } from '../../lib/schema/records.js';
import { foldKey } from '../../lib/vietnamese/index.js';
import type { TierQuery } from './query-plan.js';
import { bigramsOf, termQuery, type RankedTerms } from './ranked-terms.js';
import { rerank, type Candidate, type TermStatistics } from './rerank.js';
import type { TermStats } from './term-stats.js';

/** How many retrieved sections the BM25 ranking reorders; later pages follow Meilisearch's order. */
export const CANDIDATES = 200;

export interface StatsSource {
  client: Meilisearch;
  index: string;
  stats: TermStats;
}

export interface QueryStatistics {
  unique: string[];
  bigrams: string[];
  /** Terms some section holds, rarest first. */
  rarestFirst: string[];
  stats: TermStatistics;
}

/** The terms and bigrams of a query with the number of sections holding each (cached). */
export async function queryStatistics(r: StatsSource, terms: RankedTerms): Promise<QueryStatistics> {
  const unique = [...new Set(terms.sequence)];
  const bigrams = bigramsOf(terms.sequence);
  const all = [...unique, ...bigrams];
  const queries: TierQuery[] = [...all.map((t) => termQuery(terms, t)), { q: '', attributesToSearchOn: terms.on }];
  const n = await r.stats.counts(r.client, r.index, queries);
  const count = new Map(all.map((t, i) => [t, n[i] ?? 0]));
  const rarestFirst = unique.filter((t) => (count.get(t) ?? 0) > 0).sort((a, b) => count.get(a)! - count.get(b)!);
  return { unique, bigrams, rarestFirst, stats: { sections: Math.max(1, n[all.length] ?? 1), count } };
}

/** The fields a candidate's tokens come from. */
export const tokenFields = (terms: RankedTerms): string[] => (terms.exact ? ['textTelex'] : ['heading', 'text']);

export function tokensOf(h: Partial<Pick<SectionRecord, 'textTelex' | 'heading' | 'text'>>, exact: boolean): string[] {
  if (exact) return (h.textTelex ?? '').split(' ').filter(Boolean);
  return (`${h.heading ?? ''} ${h.text ?? ''}`.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map(foldKey);
}

/** Candidate ids in BM25 (with bigrams) order. */
export function bm25Order(hits: readonly Partial<SectionRecord>[], terms: RankedTerms, s: QueryStatistics): string[] {
  const candidates: Candidate[] = hits.map((h) => ({ id: String(h.id), tokens: tokensOf(h, terms.exact) }));
  return rerank(candidates, s.unique, s.bigrams, s.stats);
}
