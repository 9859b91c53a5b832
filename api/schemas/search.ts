/** /api/search: its query (which trend and export build on), hits, facet counts and answer; and /api/suggest. */
import { Type } from 'typebox';
import {
  FACET_NAMES,
  FALLBACK_KINDS,
  FILTER_KEYS,
  GROUP_MODES,
  SEARCH_LIMITS,
  SORT_MODES,
  SUGGEST_FACETS,
  type FilterKey,
} from '../../lib/schema/literals.js';
import {
  Counts,
  Defaulted,
  DocumentMetaFields,
  PageFields,
  IsoDate,
  Nullable,
  NullableString,
  ObjectOf,
  Paging,
  PropertiesOf,
  StringEnum,
  Strings,
  type Static,
  type Validated,
} from './common.js';

const FilterValues = Type.Array(Type.String({ maxLength: SEARCH_LIMITS.filterValueChars }), {
  maxItems: SEARCH_LIMITS.filterValues,
});

/** The query, paging, grouping, sort and filters; /api/stats/trend and /api/export take parts of them. */
export const SearchQuery = Type.Object(
  {
    q: Defaulted(Type.String({ maxLength: SEARCH_LIMITS.queryChars }), ''),
    ...Paging,
    group: Defaulted(StringEnum(GROUP_MODES), 'section'),
    sort: Defaulted(StringEnum(SORT_MODES), 'relevance'),
    ...PropertiesOf(FILTER_KEYS, Type.Optional(FilterValues)),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    ocr: Type.Optional(StringEnum(['true', 'false'] as const)),
  },
  { additionalProperties: false },
);
export type SearchQuery = Validated<typeof SearchQuery>;

/** The filters as the search service takes them: every filter present, none given → [] or null. */
export type FacetFilters = Record<FilterKey, string[]> & {
  from: string | null;
  to: string | null;
  /** true: only scanned (OCRed) documents; false: only born-digital ones; null/absent: both. */
  ocr?: boolean | null;
};

/** The search service's parameters: the validated query with its filters made explicit. */
export type SearchParams = Pick<SearchQuery, 'q' | 'page' | 'perPage' | 'group' | 'sort'> & FacetFilters;

export const SearchHit = Type.Object({
  ...DocumentMetaFields,
  sectionId: Type.String(),
  heading: NullableString,
  path: Strings,
  snippet: Type.String(),
  directives: Strings,
  ocr: Type.Boolean({ description: 'The document was read from a scan by OCR (its text may hold recognition errors)' }),
  text: Type.Optional(Type.String({ description: "The section's whole text: in /api/export only" })),
});
export type SearchHit = Static<typeof SearchHit>;

export const FacetCounts = ObjectOf(FACET_NAMES, Counts);
export type FacetCounts = Static<typeof FacetCounts>;

export const QueryInterpretation = Type.Object(
  {
    directives: Strings,
    unmatchedDirectives: Type.Array(Type.String(), {
      description: 'Document numbers no section matched together with the words: the words were searched without them',
    }),
    wordsSetAside: Type.Boolean({
      description:
        "A question's words matched nothing in the sections citing its document numbers: those sections are shown",
    }),
    abbreviations: Strings,
    ignoredTerms: Strings,
  },
  { description: 'How the query was read: document numbers, abbreviations, and terms a long query left out' },
);
export type QueryInterpretation = Static<typeof QueryInterpretation>;

export const Fallback = StringEnum(FALLBACK_KINDS);
export type Fallback = Static<typeof Fallback>;

export const SearchResponse = Type.Object({
  q: Type.String(),
  ...PageFields,
  tookMs: Type.Integer(),
  hits: Type.Array(SearchHit),
  facets: FacetCounts,
  fallback: Type.Optional(
    Type.Unsafe<Fallback | null>({
      type: ['string', 'null'],
      enum: [...FALLBACK_KINDS, null],
      description:
        'Why the hits are not the strict matches: "accents" (they match once accents are ignored), "typos" ' +
        '(with a typo on a long word), "partial" (no section has every word; these have most). null for strict matches.',
    }),
  ),
  notice: Type.Optional(
    Nullable(
      Type.String({ description: 'A Vietnamese sentence for the user when the search did something they should know' }),
    ),
  ),
  interpretation: Type.Optional(QueryInterpretation),
});
export type SearchResponse = Static<typeof SearchResponse>;

export const SuggestQuery = Type.Object(
  { q: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
export type SuggestQuery = Static<typeof SuggestQuery>;

export const SuggestResponse = Type.Object({
  q: Type.String(),
  hits: Type.Array(Type.Object({ title: Type.String(), heading: NullableString, snippet: Type.String() })),
  facets: ObjectOf(SUGGEST_FACETS, Counts),
});
export type SuggestResponse = Static<typeof SuggestResponse>;
