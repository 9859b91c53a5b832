import type { FacetFilters } from './filters.js';

export type GroupMode = 'section' | 'document';
export type SortMode = 'relevance' | 'date_desc' | 'date_asc';

export interface SearchParams extends FacetFilters {
  q: string;
  page: number;
  perPage: number;
  group: GroupMode;
  sort: SortMode;
}

export interface SearchHit {
  docId: string;
  sectionId: string;
  file: string;
  title: string;
  docType: string;
  date: string | null;
  issuer: string | null;
  district: string | null;
  province: string | null;
  heading: string | null;
  path: string[];
  snippet: string;
  directives: string[];
}

export type FacetCounts = Record<'district' | 'province' | 'docType' | 'issuer' | 'year' | 'directive', Record<string, number>>;

export interface SearchResponse {
  q: string;
  total: number;
  page: number;
  perPage: number;
  tookMs: number;
  hits: SearchHit[];
  facets: FacetCounts;
}
