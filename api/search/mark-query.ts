import type { Meilisearch } from 'meilisearch';
import type { MarkQuery } from './presentation/index.js';
import { isLongQuery, readTyped, type ParsedQuery } from './query/index.js';
import { itemCounts, keepInformative, TermStats } from './retrieval/index.js';

/** How many sections hold each item of a parsed query (its document frequency). */
export type ItemCounts = (parsed: ParsedQuery) => Promise<number[]>;

/** Item counts read from the sections index, cached like the search's own. */
export function sectionCounts(client: () => Promise<Meilisearch>, sectionsIndex: string): ItemCounts {
  const stats = new TermStats();
  return async (parsed) => itemCounts(stats, await client(), sectionsIndex, parsed);
}

/**
 * The query as /api/search reads it for its highlight (the same reading as `prepare`): a question
 * without its interrogative words, and a long query cut to its most informative terms; the document
 * numbers asked for. Only a long query costs a (cached) count of its terms.
 */
export async function readMarkQuery(q: string, counts: ItemCounts): Promise<MarkQuery> {
  const { question, read: parsed } = readTyped(q);
  const items = isLongQuery(parsed, question) ? keepInformative(parsed.items, await counts(parsed)) : parsed.items;
  return { items, numbers: parsed.directives };
}
