import type { Meilisearch } from 'meilisearch';
import { itemQuery, keepInformative } from '../search/long-query.js';
import { parseQuery } from '../search/query-parse.js';
import { MAX_QUERY_TERMS } from '../search/query-plan.js';
import type { ParsedQuery } from '../search/query-types.js';
import { isQuestion, withoutInterrogatives } from '../search/question.js';
import { rankedTerms } from '../search/ranked-terms.js';
import { TermStats } from '../search/term-stats.js';
import type { MarkQuery } from './marks.js';

/** How many sections hold each item of a parsed query (its document frequency). */
export type ItemCounts = (parsed: ParsedQuery) => Promise<number[]>;

/** Item counts read from the sections index, cached like the search's own. */
export function sectionCounts(client: () => Promise<Meilisearch>, sectionsIndex: string): ItemCounts {
  const stats = new TermStats();
  return async (parsed) => {
    const terms = rankedTerms(parsed, parsed.items, '');
    return stats.counts(await client(), sectionsIndex, parsed.items.map((i) => itemQuery(terms, i)));
  };
}

/**
 * The query as /api/search reads it for its highlight: a question without its interrogative words,
 * and a long query (a question, or more terms than Meilisearch reads) cut to its most informative
 * terms; the document numbers asked for. Only a long query costs a (cached) count of its terms.
 */
export async function readMarkQuery(q: string, counts: ItemCounts): Promise<MarkQuery> {
  const question = isQuestion(q) && parseQuery(q).items.length > 2;
  const parsed = parseQuery(question ? withoutInterrogatives(q) : q);
  const long = question || parsed.items.length > MAX_QUERY_TERMS;
  const items = long ? keepInformative(parsed.items, await counts(parsed)) : parsed.items;
  return { items, numbers: parsed.directives };
}
