import type { FacetFilters } from './filters.js';

export type Fallback = 'accents' | 'typos' | 'partial';

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
  /** The document was read from a scan by OCR (its text may hold recognition errors). */
  ocr: boolean;
  /** The section's whole text: only when asked for (the export), never in /api/search. */
  text?: string;
}

export type FacetCounts = Record<'district' | 'province' | 'docType' | 'issuer' | 'year' | 'directive', Record<string, number>>;

/** How the query was read: document numbers, abbreviations, and terms a long query left out. */
export interface QueryInterpretation {
  directives: string[];
  /** Document numbers no section matched together with the words: the words were searched without them. */
  unmatchedDirectives: string[];
  /** A question's words matched nothing in the sections citing its document numbers: those sections are shown. */
  wordsSetAside: boolean;
  abbreviations: string[];
  ignoredTerms: string[];
}

export interface SearchResponse {
  q: string;
  total: number;
  page: number;
  perPage: number;
  tookMs: number;
  hits: SearchHit[];
  facets: FacetCounts;
  /**
   * Why the hits are not the strict matches: "accents" (none matched with the accents typed; these
   * match once accents are ignored), "typos" (matched with a typo on a long word), "partial" (no
   * section has every word; these have most of them). null for strict matches.
   */
  fallback?: Fallback | null;
  /** A Vietnamese sentence for the user when the search did something they should know. */
  notice?: string | null;
  interpretation?: QueryInterpretation;
}
