import type { Meilisearch } from 'meilisearch';
import type { SectionRecord } from '../../lib/schema/records.js';
import { foldKey, telexWord } from '../../lib/vietnamese/index.js';
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
export const TOKEN_FIELDS = ['heading', 'text'];

/**
 * A section's tokens in the terms' form (telex or folded); punctuation other than hyphens becomes
 * an empty token, so that "xe, Công an" holds no bigram "xe công".
 */
export function tokensOf(h: Partial<Pick<SectionRecord, 'heading' | 'text'>>, exact: boolean): string[] {
  const text = `${h.heading ?? ''}\n${h.text ?? ''}`;
  return (text.match(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}\-–]+/gu) ?? [])
    .map((t) => (/^[\p{L}\p{M}\p{N}]/u.test(t) ? (exact ? telexWord(t) : foldKey(t)) : ''));
}

/** Candidate ids in BM25 (with bigrams) order. */
export function bm25Order(hits: readonly Partial<SectionRecord>[], terms: RankedTerms, s: QueryStatistics): string[] {
  const candidates: Candidate[] = hits.map((h) => ({ id: String(h.id), tokens: tokensOf(h, terms.exact) }));
  return rerank(candidates, s.unique, s.bigrams, s.stats);
}
