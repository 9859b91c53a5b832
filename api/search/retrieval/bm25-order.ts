import type { Meilisearch } from 'meilisearch';
import type { SectionRecord } from '../../../lib/schema/records.js';
import { foldKey, telexWord } from '../../../lib/vietnamese/index.js';
import type { TierQuery } from '../query/index.js';
import { bigramsOf, termQuery, type RankedTerms } from './ranked-terms.js';
import { rerank, type Candidate, type TermStatistics } from './rerank.js';
import type { TermStats } from './term-stats.js';

/** How many retrieved sections the BM25 ranking reorders; later pages follow Meilisearch's order. */
export const CANDIDATES = 300;

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

/** The fields a candidate's tokens come from: the telex field is already tokenized (4× faster to read). */
export const tokenFields = (exact: boolean): string[] => (exact ? ['textTelex'] : ['heading', 'text']);

/**
 * A section's tokens in the terms' form (telex or folded). From the visible text, sentence and
 * clause punctuation becomes an empty token, so that "xe, Công an" holds no bigram "xe công";
 * hyphens, slashes and dashes only separate. The telex field has no punctuation left. (Plain character classes: \\p{L} classes made this the slowest step of a question.)
 */
const TOKEN = /[^\s\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E\u2010-\u2027]+|[.,;:!?()[\]{}"\u201C\u201D\u2026]/g;
const BREAK = /^[.,;:!?()[\]{}"\u201C\u201D\u2026]$/;

export function tokensOf(h: Partial<Pick<SectionRecord, 'heading' | 'text' | 'textTelex'>>, exact: boolean): string[] {
  if (exact && h.textTelex !== undefined) return h.textTelex.split(' ');
  const text = `${h.heading ?? ''}\n${h.text ?? ''}`;
  const forms = exact ? telexForms : foldedForms;
  const encode = exact ? telexWord : foldKey;
  return (text.match(TOKEN) ?? []).map((t) => (BREAK.test(t) ? '' : formOf(forms, t, encode)));
}

// A language has few distinct syllables: remembering their forms makes tokenizing candidates cheap.
const telexForms = new Map<string, string>();
const foldedForms = new Map<string, string>();
function formOf(cache: Map<string, string>, word: string, encode: (w: string) => string): string {
  let form = cache.get(word);
  if (form === undefined) {
    if (cache.size > 200_000) cache.clear();
    form = encode(word);
    cache.set(word, form);
  }
  return form;
}

/** Candidate ids in BM25 (with bigrams) order. */
export function bm25Order(hits: readonly Partial<SectionRecord>[], terms: RankedTerms, s: QueryStatistics): string[] {
  const candidates: Candidate[] = hits.map((h) => ({ id: String(h.id), tokens: tokensOf(h, terms.exact) }));
  return rerank(candidates, s.unique, s.bigrams, s.stats);
}
