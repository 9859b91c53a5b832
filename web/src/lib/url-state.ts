/**
 * The search page's state, kept in the URL so every view can be bookmarked, shared and restored
 * with back/forward. Parsing is forgiving: unknown or malformed values fall back to defaults.
 */

import {
  FILTER_KEYS,
  GROUP_MODES,
  SEARCH_LIMITS,
  SORT_MODES,
  TREND_BY,
  TREND_INTERVALS,
  type FilterKey,
  type GroupMode,
  type SortMode,
  type TrendBy,
  type TrendInterval,
} from '../../../lib/schema/literals.js';

// The API's own lists (lib/schema/literals.ts): the UI offers exactly the values the API accepts.
export { FILTER_KEYS, TREND_BY, type FilterKey, type TrendBy };
export const SORTS = SORT_MODES;
export const GROUPS = GROUP_MODES;
export const INTERVALS = TREND_INTERVALS;
export const VIEWS = ['list', 'trend'] as const;

export type Sort = SortMode;
export type Group = GroupMode;
export type View = (typeof VIEWS)[number];
export type Interval = TrendInterval;

export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  from: string | null;
  to: string | null;
  sort: Sort;
  group: Group;
  page: number;
  view: View;
  by: TrendBy;
  interval: Interval;
}

export const PER_PAGE = SEARCH_LIMITS.perPage;

export function emptyFilters(): Record<FilterKey, string[]> {
  return { district: [], province: [], docType: [], issuer: [], directive: [] };
}

export function defaultState(): SearchState {
  return {
    q: '',
    filters: emptyFilters(),
    from: null,
    to: null,
    sort: 'relevance',
    group: 'section',
    page: 1,
    view: 'list',
    by: 'district',
    interval: 'quarter',
  };
}

function oneOf<T extends string>(allowed: readonly T[], raw: string | null, fallback: T): T {
  return allowed.includes(raw as T) ? (raw as T) : fallback;
}

/** A real calendar date in YYYY-MM-DD, or null. */
export function validIsoDate(raw: string | null): string | null {
  if (!raw || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return null;
  const d = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === raw ? raw : null;
}

function uniqueValues(values: string[]): string[] {
  const seen = new Set<string>();
  for (const v of values) {
    const t = v.trim();
    if (t && t.length <= SEARCH_LIMITS.filterValueChars) seen.add(t);
  }
  return [...seen].slice(0, SEARCH_LIMITS.filterValues);
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) filters[key] = uniqueValues(params.getAll(key));
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').trim().slice(0, SEARCH_LIMITS.queryChars),
    filters,
    from: validIsoDate(params.get('from')),
    to: validIsoDate(params.get('to')),
    sort: oneOf(SORTS, params.get('sort'), 'relevance'),
    group: oneOf(GROUPS, params.get('group'), 'section'),
    page: Number.isInteger(page) && page >= 1 && page <= SEARCH_LIMITS.maxPage ? page : 1,
    view: oneOf(VIEWS, params.get('view'), 'list'),
    by: oneOf(TREND_BY, params.get('by'), 'district'),
    interval: oneOf(INTERVALS, params.get('interval'), 'quarter'),
  };
}

/** Query and filters: what both the search and the trend and export endpoints take. */
export function filterParams(s: SearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const key of FILTER_KEYS) for (const v of s.filters[key]) p.append(key, v);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  return p;
}

/** The page's URL query string: defaults are left out so URLs stay short and readable. */
export function toUrlParams(s: SearchState): URLSearchParams {
  const p = filterParams(s);
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.group !== 'section') p.set('group', s.group);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.view !== 'list') p.set('view', s.view);
  if (s.view === 'trend') {
    if (s.by !== 'district') p.set('by', s.by);
    if (s.interval !== 'quarter') p.set('interval', s.interval);
  }
  return p;
}

export function searchUrl(s: SearchState): string {
  const qs = toUrlParams(s).toString();
  return qs ? `/?${qs}` : '/';
}

export function searchApiParams(s: SearchState): URLSearchParams {
  const p = filterParams(s);
  p.set('page', String(s.page));
  p.set('perPage', String(PER_PAGE));
  if (s.group !== 'section') p.set('group', s.group);
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  return p;
}

export function trendApiParams(s: SearchState): URLSearchParams {
  const p = filterParams(s);
  p.set('by', s.by);
  p.set('interval', s.interval);
  return p;
}

export function hasFilters(s: SearchState): boolean {
  return FILTER_KEYS.some((k) => s.filters[k].length > 0) || s.from !== null || s.to !== null;
}

/** Any change of query or filters starts again from page 1. */
export function withChanges(s: SearchState, change: Partial<SearchState>): SearchState {
  const resetsPage = ['q', 'filters', 'from', 'to', 'sort', 'group'].some((k) => k in change);
  return { ...s, ...change, page: change.page ?? (resetsPage ? 1 : s.page) };
}

export function toggleFilter(s: SearchState, key: FilterKey, value: string): SearchState {
  const current = s.filters[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return withChanges(s, { filters: { ...s.filters, [key]: next } });
}

/** The year facet selects a whole calendar year as the date range. */
export function yearRange(year: string): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The year the current date range covers exactly, if it does. */
export function selectedYear(s: SearchState): string | null {
  if (!s.from || !s.to) return null;
  const y = s.from.slice(0, 4);
  return s.from === `${y}-01-01` && s.to === `${y}-12-31` ? y : null;
}
