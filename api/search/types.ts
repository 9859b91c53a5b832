/** The search API's types, derived from its schemas (api/schemas/search.ts), for the search modules. */
export type {
  Fallback,
  FacetCounts,
  QueryInterpretation,
  SearchHit,
  SearchParams,
  SearchResponse,
} from '../schemas/search.js';
export type { GroupMode, SortMode } from '../../lib/schema/literals.js';
