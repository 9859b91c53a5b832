import type { Meilisearch } from 'meilisearch';
import {
  buildPlan,
  isLongQuery,
  partOf,
  readTyped,
  type ParsedQuery,
  type QueryPart,
  type SearchPlan,
} from './query/index.js';
import {
  documentExclusionFilter,
  itemCounts,
  keepInformative,
  type RetrievalCache,
  type TermStats,
} from './retrieval/index.js';
import type { SearchParams } from './types.js';

/**
 * What a search runs against: the Meilisearch client, the sections index, the cached term
 * statistics, the cache of counts for the index's current version.
 */
export interface SearchContext {
  client: Meilisearch;
  index: string;
  stats: TermStats;
  cache: RetrievalCache;
}

/** The query read and planned, ready for its attempts. */
export interface Prepared {
  parsed: ParsedQuery;
  question: boolean;
  long: boolean;
  plan: SearchPlan;
}

/**
 * The query read and planned: questions and long queries go to ranked retrieval. `part` keeps the
 * words without the document-number filters, or the filters without the words.
 */
export async function prepare(c: SearchContext, p: SearchParams, part: QueryPart): Promise<Prepared> {
  const { question, read } = readTyped(p.q);
  const parsed = partOf(read, part);
  const long = part !== 'numbers' && isLongQuery(parsed, question);
  const built = long ? await longPlan(c, parsed) : buildPlan(parsed);
  const docExclusion = p.group === 'document' ? await documentExclusionFilter(c.client, c.index, parsed.excluded) : [];
  return { parsed, question, long, plan: { ...built, filter: [...built.filter, ...docExclusion] } };
}

/** A long query keeps its most informative terms (counted in the index) for display; ranking uses all. */
async function longPlan(c: SearchContext, parsed: ParsedQuery): Promise<SearchPlan> {
  const counts = await itemCounts(c.stats, c.client, c.index, parsed);
  return buildPlan(parsed, (items) => keepInformative(items, counts));
}
