import type { SearchParams } from './types.js';

/**
 * A search with nothing chosen: no words, no filter, the first page of sections by relevance (what
 * the UI asks first). Callers that build requests themselves (the landing view, the bench, tests)
 * start from it and set what they need, so a filter added to SearchParams needs one default here.
 */
export function searchParams(overrides: Partial<SearchParams> = {}): SearchParams {
  return {
    q: '',
    page: 1,
    perPage: 20,
    group: 'section',
    sort: 'relevance',
    district: [],
    province: [],
    docType: [],
    issuer: [],
    directive: [],
    from: null,
    to: null,
    ...overrides,
  };
}
