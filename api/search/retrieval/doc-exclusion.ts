import type { Meilisearch, MultiSearchParams } from 'meilisearch';
import { hasDiacritics, telexWord } from '../../../lib/vietnamese/index.js';
import { quoteFilterValue } from '../filters.js';

/** Beyond this many documents, an exclusion stays per section (the filter would be too long). */
const MAX_EXCLUDED_DOCUMENTS = 5000;

/** The query finding the sections that hold an excluded word or phrase (accent-exact when typed with accents). */
function holdingQuery(words: readonly string[]): { q: string; attributesToSearchOn: string[] } {
  const exact = words.some(hasDiacritics);
  const forms = exact ? words.map(telexWord) : words.map((w) => w.toLowerCase());
  return {
    q: forms.length === 1 ? `${forms[0]} ` : `"${forms.join(' ')}"`,
    attributesToSearchOn: exact ? ['textTelex'] : ['heading', 'text'],
  };
}

/**
 * With one hit per document, `-word` leaves out every document that holds the word anywhere, not
 * only its sections that do: a filter on the documents found holding it.
 */
export async function documentExclusionFilter(
  client: Meilisearch,
  index: string,
  excluded: readonly string[][],
): Promise<string[]> {
  if (excluded.length === 0) return [];
  const params: MultiSearchParams = {
    queries: excluded.map((words) => ({
      indexUid: index,
      ...holdingQuery(words),
      matchingStrategy: 'all',
      distinct: 'docId',
      limit: MAX_EXCLUDED_DOCUMENTS + 1,
      attributesToRetrieve: ['docId'],
    })),
  };
  const res = await client.multiSearch(params);
  const ids = new Set<string>();
  for (const r of res.results) {
    if (r.hits.length > MAX_EXCLUDED_DOCUMENTS) continue;
    for (const h of r.hits) ids.add(String(h.docId));
  }
  return ids.size === 0 ? [] : [`docId NOT IN [${[...ids].map(quoteFilterValue).join(', ')}]`];
}
