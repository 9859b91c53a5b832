/**
 * The retrieval step of the search pipeline: the strict attempts, strictest first (one multi-search
 * each: the page of hits, the total and the disjunctive facet counts), and ranked retrieval for
 * questions and long queries (rotations of the rarest terms, reordered by BM25 over syllables).
 * The service reads it only through what this file exports.
 */
export { attemptsFor, type Attempt, type RankedAttempt, type StrictAttempt } from './attempts.js';
export { countQueries, readCounts, type Counts } from './counts.js';
export { documentExclusionFilter } from './doc-exclusion.js';
export { itemCounts, itemQuery, keepInformative } from './long-query.js';
export { periodCounts, type PeriodCount, type PeriodRange } from './period-counts.js';
export { rankedSearch } from './ranked.js';
export { rankedTerms, type RankedTerms } from './ranked-terms.js';
export { HIT_FIELDS, type SectionHit } from './retrieve.js';
export { TermStats } from './term-stats.js';
export { NO_CACHE, type RetrievalCache } from './cache.js';
