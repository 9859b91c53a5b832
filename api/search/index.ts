/**
 * The search module's one entry for the rest of the code base (`api/search/types.ts` may be imported
 * directly too: the web reads the response shapes from it). Inside, the pipeline runs
 * query (`query/`) → strict and ranked retrieval (`retrieval/`) → presentation (`presentation/`);
 * `npm run lint` keeps everything outside from reaching past this file.
 */
export { SearchService, type SearchOptions } from './service.js';
export { searchParams } from './default-params.js';
export { AnswerCache, type CacheStats } from './answer-cache.js';
export { IndexVersion } from './index-version.js';
export type * from './types.js';
export { anyOf, buildFilter, FACET_FIELDS, quoteFilterValue, type FacetFilters, type FacetName } from './filters.js';
export { queryPartOf, type Answered, type QueryPart } from './query/index.js';
export { markedHtml, oneLine } from './presentation/index.js';
export type { PeriodCount, PeriodRange } from './retrieval/index.js';
export { documentMarks, type MarkQuery, type Span } from './presentation/index.js';
export { readMarkQuery, sectionCounts, type ItemCounts } from './mark-query.js';
