import { quoteFilterValue } from '../../api/search/filters.js';
import type { FacetPicks } from './queries.js';
import { apiPath, meiliBody } from './queries.js';
import type { LoadRequest } from './load.js';
import type { SearchParams } from '../../api/search/types.js';

/** A facet-heavy or trend query, through the API when the API has a form of it, and straight to Meilisearch. */
export interface HeavyQuery {
  label: string;
  api: LoadRequest | null;
  meili: Record<string, unknown>;
}

const all: SearchParams = {
  q: '', page: 1, perPage: 20, group: 'section', sort: 'relevance',
  district: [], province: [], docType: [], issuer: [], directive: [], from: null, to: null,
};

/** Facets over the whole index and month/quarter histograms (what a trend view asks for). */
export function heavyQueries(f: FacetPicks): HeavyQuery[] {
  const p1 = f.provinces[0] ?? 'Hà Nội';
  const get = (p: SearchParams): LoadRequest => ({ method: 'GET', path: apiPath(p) });
  return [
    { label: 'facets: all sections, 6 facets (q="")', api: get(all), meili: meiliBody(all) },
    { label: 'facets: "cán bộ", 6 facets', api: get({ ...all, q: 'cán bộ' }), meili: meiliBody({ ...all, q: 'cán bộ' }) },
    { label: 'trend: "chuyển đổi số" by month', api: null, meili: { q: 'chuyển đổi số', facets: ['month'], hitsPerPage: 0, matchingStrategy: 'all' } },
    { label: 'trend: all sections by quarter × province', api: null, meili: { q: '', facets: ['quarter', 'province'], hitsPerPage: 0 } },
    { label: `trend: "phát triển kinh tế" in ${p1} by month`, api: null, meili: { q: 'phát triển kinh tế', filter: [`province = ${quoteFilterValue(p1)}`], facets: ['month'], hitsPerPage: 0, matchingStrategy: 'all' } },
  ];
}
