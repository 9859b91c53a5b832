import type { Settings } from 'meilisearch';

/**
 * Index settings chosen for Vietnamese (see docs/search-design.md):
 * every syllable is a token, so typos and prefix matches on short syllables do more harm
 * than good; the accent-preserving `textTelex` field must match exactly.
 */
export const sectionSettings: Settings = {
  searchableAttributes: ['heading', 'text', 'title', 'textTelex'],
  displayedAttributes: ['*'],
  filterableAttributes: ['docId', 'district', 'province', 'docType', 'issuer', 'directives', 'year', 'month', 'quarter', 'dateNum', 'file', 'runId', 'order'],
  sortableAttributes: ['dateNum', 'order', 'docId'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness', 'sort', 'dateNum:desc'],
  distinctAttribute: null,
  proximityPrecision: 'byWord',
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 8, twoTypos: 12 },
    disableOnAttributes: ['textTelex'],
    disableOnNumbers: true,
  },
  faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: 100_000 },
  separatorTokens: [],
  nonSeparatorTokens: [],
};

export const documentSettings: Settings = {
  searchableAttributes: ['title', 'ownNumber', 'issuer'],
  filterableAttributes: ['id', 'ownKey', 'district', 'province', 'docType', 'issuer', 'directiveKeys', 'year', 'dateNum', 'file', 'hash'],
  sortableAttributes: ['dateNum', 'file'],
  pagination: { maxTotalHits: 1_000_000 },
};

export const citationSettings: Settings = {
  searchableAttributes: ['label', 'key', 'citedTitle', 'citedIssuer'],
  filterableAttributes: ['key', 'docId', 'sectionId', 'district', 'province', 'type', 'dateNum', 'runId'],
  sortableAttributes: ['dateNum', 'key'],
  faceting: { maxValuesPerFacet: 100_000, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: 1_000_000 },
};
