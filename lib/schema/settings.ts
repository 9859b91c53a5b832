import type { Settings } from 'meilisearch';
import { abbreviations, abbreviationSynonyms } from '../search/abbreviations.js';

/**
 * Sections index settings chosen for Vietnamese (see docs/search-design.md). Every syllable is a
 * token, so typos on syllables do more harm than good (`huyet` would find `huyện`): one typo only
 * from 8 letters (long foreign words), none on the accent-exact `textTelex` field nor on numbers.
 * Prefix matching is avoided per query (the API ends each query with a space). `sort` comes first so
 * that an explicit date sort orders the matches; the date breaks ties of relevance.
 * Abbreviations (lib/search/abbreviations.txt) are synonyms in both written and telex forms.
 * The searchable text is Vietnamese (`localizedAttributes`): Meilisearch then skips detecting the
 * language of every field of every record, and of every query.
 */
export const sectionSettings: Settings = {
  searchableAttributes: ['heading', 'text', 'textTelex', 'title'],
  localizedAttributes: [{ attributePatterns: ['heading', 'text', 'textTelex', 'title'], locales: ['vie'] }],
  displayedAttributes: ['*'],
  filterableAttributes: [
    'id',
    'docId',
    'district',
    'province',
    'docType',
    'issuer',
    'directives',
    'ownKey',
    'year',
    'month',
    'quarter',
    'dateNum',
    'file',
    'runId',
    'order',
    'ocr',
  ],
  sortableAttributes: ['dateNum', 'order', 'docId'],
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'dateNum:desc'],
  distinctAttribute: null,
  proximityPrecision: 'byWord',
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 8, twoTypos: 12 },
    disableOnAttributes: ['textTelex'],
    disableOnNumbers: true,
  },
  synonyms: abbreviationSynonyms(abbreviations()),
  faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: 100_000 },
  separatorTokens: [],
  nonSeparatorTokens: [],
};

export const documentSettings: Settings = {
  searchableAttributes: ['title', 'ownNumber', 'issuer'],
  localizedAttributes: [{ attributePatterns: ['title', 'issuer'], locales: ['vie'] }],
  filterableAttributes: [
    'id',
    'ownKey',
    'district',
    'province',
    'docType',
    'issuer',
    'directiveKeys',
    'year',
    'dateNum',
    'file',
    'hash',
    'ocr',
  ],
  sortableAttributes: ['dateNum', 'file'],
  pagination: { maxTotalHits: 1_000_000 },
};

export const citationSettings: Settings = {
  searchableAttributes: ['label', 'key', 'citedTitle', 'citedIssuer'],
  localizedAttributes: [{ attributePatterns: ['citedTitle', 'citedIssuer'], locales: ['vie'] }],
  filterableAttributes: ['key', 'docId', 'sectionId', 'district', 'province', 'type', 'relation', 'dateNum', 'runId'],
  sortableAttributes: ['dateNum', 'key'],
  faceting: { maxValuesPerFacet: 100_000, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: 1_000_000 },
};
