import { foldKey, telexWord } from '../../../lib/vietnamese/index.js';
import type { Meilisearch } from 'meilisearch';
import { itemWords, MAX_QUERY_TERMS, type ParsedQuery, type QueryItem, type TierQuery } from '../query/index.js';
import { rankedTerms, termQuery, type RankedTerms } from './ranked-terms.js';
import type { TermStats } from './term-stats.js';

/** The query counting the sections that hold one item, in the ranked terms' form (shared cache). */
export function itemQuery(terms: RankedTerms, item: QueryItem): TierQuery {
  const words = itemWords(item).map((w) => (terms.exact ? telexWord(w) : foldKey(w)));
  return termQuery(terms, words.join(' '));
}

/** How many sections hold each item of a parsed query (its document frequency), through the shared cache. */
export function itemCounts(
  stats: TermStats,
  client: Meilisearch,
  index: string,
  parsed: ParsedQuery,
): Promise<number[]> {
  const terms = rankedTerms(parsed, parsed.items, '');
  return stats.counts(
    client,
    index,
    parsed.items.map((i) => itemQuery(terms, i)),
  );
}

/**
 * A question typed in full has more terms than Meilisearch reads (10): keep the rarest ones (the
 * fewest matching sections), in the order typed, instead of cutting at the tenth. Terms no section
 * holds are dropped too. The kept terms are the ones shown and highlighted; ranking uses every term.
 */
export function keepInformative(
  items: readonly QueryItem[],
  counts: readonly number[],
  max = MAX_QUERY_TERMS,
): QueryItem[] {
  const seen = new Set<string>();
  const ranked = items
    .map((item, i) => ({ item, i, count: counts[i] ?? 0, key: itemWords(item).join(' ').toLowerCase() }))
    .filter((x) => {
      if (x.count === 0 || seen.has(x.key)) return false;
      seen.add(x.key);
      return true;
    })
    .sort((a, b) => a.count - b.count || a.i - b.i)
    .slice(0, max);
  return ranked.sort((a, b) => a.i - b.i).map((x) => x.item);
}
