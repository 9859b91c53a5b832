/**
 * The API's literal lists and limits, written once. Dependency-free: the API's TypeBox schemas
 * (api/schemas/) and the web UI's URL state (web/src/lib/url-state.ts) both read them, so a value
 * the UI offers is always one the API accepts.
 */

/** Document types the indexer assigns (`khac`: none of the others). */
export const DOC_TYPES = [
  'thong_bao',
  'ket_luan',
  'bao_cao',
  'nghi_quyet',
  'chi_thi',
  'ke_hoach',
  'quy_dinh',
  'quyet_dinh',
  'huong_dan',
  'chuong_trinh',
  'de_an',
  'to_trinh',
  'cong_van',
  'tin_bai',
  'khac',
] as const;
export type DocType = (typeof DOC_TYPES)[number];

/**
 * How a citing document relates to a document it cites, read from the citing sentence (and, when the
 * sentence says nothing, the citing document's title): see docs/relations.md. The most telling first:
 * a document that both cites X as its basis and implements it implements it.
 */
export const CITATION_RELATIONS = [
  'replaces',
  'repeals',
  'amends',
  'guides',
  'reviews',
  'implements',
  'basis',
  'mentions',
] as const;
export type CitationRelation = (typeof CITATION_RELATIONS)[number];

/** `section`: one hit per section; `document`: one hit per document, its best section. */
export const GROUP_MODES = ['section', 'document'] as const;
export type GroupMode = (typeof GROUP_MODES)[number];

export const SORT_MODES = ['relevance', 'date_desc', 'date_asc'] as const;
export type SortMode = (typeof SORT_MODES)[number];

/** The repeatable filter parameters of /api/search (values of one are OR-ed, filters AND-ed). */
export const FILTER_KEYS = ['district', 'province', 'docType', 'issuer', 'directive'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The facets /api/search counts: the filters, and `year`, which stands for the date range. */
export const FACET_NAMES = [...FILTER_KEYS, 'year'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/** The facets /api/suggest counts. */
export const SUGGEST_FACETS = ['district', 'province', 'issuer', 'directive'] as const;
export type SuggestFacet = (typeof SUGGEST_FACETS)[number];

/** Why hits are not the strict matches (see the search response's `fallback`). */
export const FALLBACK_KINDS = ['accents', 'typos', 'partial'] as const;
export type FallbackKind = (typeof FALLBACK_KINDS)[number];

/** What /api/stats/trend counts per (`by`) and how long its periods are (`interval`). */
export const TREND_BY = ['district', 'province'] as const;
export type TrendBy = (typeof TREND_BY)[number];
export const TREND_INTERVALS = ['month', 'quarter', 'year'] as const;
export type TrendInterval = (typeof TREND_INTERVALS)[number];

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Bounds of the search parameters (the API refuses more; the UI trims to them). */
export const SEARCH_LIMITS = {
  queryChars: 1000,
  filterValues: 50,
  filterValueChars: 200,
  maxPage: 100_000,
  maxPerPage: 100,
  perPage: 20,
} as const;

/** The `error` of every error JSON the API answers, whoever raises it. */
export const ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'not_found',
  'request_timeout',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'unprocessable',
  'rate_limited',
  'request_too_large',
  'internal_error',
  'search_unavailable',
  'not_indexed',
  'indexing_unavailable',
  'overloaded',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
