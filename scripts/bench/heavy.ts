import { FACET_FIELDS, searchParams, type SearchParams } from '../../api/search/index.js';
import type { LoadRequest } from './load.js';
import { apiPath, meiliBody } from './queries.js';

/** A facet-heavy or trend query: its API form (if the API has one) and the same counts asked of Meilisearch. */
export interface HeavyQuery {
  label: string;
  api: LoadRequest | null;
  /** Path and body straight to Meilisearch (a search, or a multi-search of one query per period). */
  meili: { path: string; body: unknown };
}

const all: SearchParams = searchParams();

function periods(years: number[], interval: 'year' | 'quarter'): [number, number][] {
  if (interval === 'year') return years.map((y) => [y * 10000 + 101, y * 10000 + 1231]);
  return years.flatMap((y) =>
    [1, 2, 3, 4].map((q): [number, number] => [y * 10000 + (q * 3 - 2) * 100 + 1, y * 10000 + q * 300 + 31]),
  );
}

/** What the trend endpoint needs, as one Meilisearch multi-search: the overall count, then one facet count per period. */
function trendMultiSearch(
  index: string,
  q: string,
  years: number[],
  interval: 'year' | 'quarter',
): { path: string; body: unknown } {
  const base = { indexUid: index, q, facets: ['province', 'year'], hitsPerPage: 0, matchingStrategy: 'all' };
  const queries = [
    base,
    ...periods(years, interval).map(([from, to]) => ({
      ...base,
      facets: ['province'],
      filter: [`dateNum >= ${from}`, `dateNum <= ${to}`],
    })),
  ];
  return { path: '/multi-search', body: { queries } };
}

function trendPath(q: string, interval: 'year' | 'quarter'): string {
  return `/api/stats/trend?${new URLSearchParams({ q, by: 'province', interval }).toString()}`;
}

/** Facets over the whole index, and province × period trends (the trend endpoint's work). */
export function heavyQueries(index: string, years: number[]): HeavyQuery[] {
  const search = (p: SearchParams): { path: string; body: unknown } => ({
    path: `/indexes/${index}/search`,
    body: meiliBody(p),
  });
  return [
    { label: 'facets: all sections, 6 facets (q="")', api: { method: 'GET', path: apiPath(all) }, meili: search(all) },
    {
      label: 'facets: "cán bộ", 6 facets',
      api: { method: 'GET', path: apiPath({ ...all, q: 'cán bộ' }) },
      meili: search({ ...all, q: 'cán bộ' }),
    },
    {
      label: `trend: all sections by province × year (${years.length} years)`,
      api: { method: 'GET', path: trendPath('', 'year') },
      meili: trendMultiSearch(index, '', years, 'year'),
    },
    {
      label: 'trend: "chuyển đổi số" by province × year',
      api: { method: 'GET', path: trendPath('chuyển đổi số', 'year') },
      meili: trendMultiSearch(index, 'chuyển đổi số', years, 'year'),
    },
    {
      label: 'trend: "chuyển đổi số" by province × quarter',
      api: { method: 'GET', path: trendPath('chuyển đổi số', 'quarter') },
      meili: trendMultiSearch(index, 'chuyển đổi số', years, 'quarter'),
    },
    {
      label: 'month histogram of "chuyển đổi số" as one facet query',
      api: null,
      meili: {
        path: `/indexes/${index}/search`,
        body: { q: 'chuyển đổi số', facets: ['month', FACET_FIELDS.province], hitsPerPage: 0, matchingStrategy: 'all' },
      },
    },
  ];
}
