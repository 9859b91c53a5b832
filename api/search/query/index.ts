/**
 * The query step of the search pipeline: the text a user typed read into items (words, phrases,
 * abbreviations, document numbers, exclusions), then planned into the Meilisearch queries of the
 * strict attempts. Retrieval and presentation read the query only through what this file exports.
 */
export type { ParsedQuery, QueryItem } from './parsed-query.js';
export { wordsOf } from './parsed-query.js';
export { parseQuery } from './parse.js';
export { isQuestion, withoutInterrogatives } from './question.js';
export type { SearchPlan, TierQuery } from './plan.js';
export { buildPlan, itemWords, MAX_QUERY_TERMS } from './plan.js';
export type { Answered, QueryPart } from './part.js';
export { fallbackParts, partOf, queryPartOf } from './part.js';
export { isLongQuery, readTyped } from './read.js';
