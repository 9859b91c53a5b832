import { describe, expect, it } from 'vitest';
import { directiveUrl, documentUrl, parseRoute } from '../../web/src/lib/router.js';
import {
  defaultState,
  parseSearchState,
  searchApiParams,
  searchUrl,
  selectedYear,
  toggleFilter,
  toUrlParams,
  trendApiParams,
  withChanges,
  yearRange,
} from '../../web/src/lib/url-state.js';

const parse = (qs: string) => parseSearchState(new URLSearchParams(qs));

describe('search state in the URL', () => {
  it('reads query, repeated filters, dates, sort, grouping, page and view', () => {
    const s = parse(
      'q=s%E1%BB%91t+xu%E1%BA%A5t+huy%E1%BA%BFt&district=Tr%C3%A0+C%C3%BA&district=C%C3%A1i+N%C6%B0%E1%BB%9Bc' +
        '&docType=thong_bao&from=2023-01-01&to=2023-12-31&sort=date_desc&group=document&page=3&view=trend&by=province&interval=month',
    );
    expect(s.q).toBe('sốt xuất huyết');
    expect(s.filters.district).toEqual(['Trà Cú', 'Cái Nước']);
    expect(s.filters.docType).toEqual(['thong_bao']);
    expect([s.from, s.to, s.sort, s.group, s.page, s.view, s.by, s.interval]).toEqual([
      '2023-01-01',
      '2023-12-31',
      'date_desc',
      'document',
      3,
      'trend',
      'province',
      'month',
    ]);
  });

  it('falls back to defaults for malformed values instead of failing', () => {
    const s = parse(
      'sort=best&group=x&page=-2&from=2023-02-30&to=yesterday&view=map&by=commune&interval=week&district=&district=%20',
    );
    expect(s).toEqual(defaultState());
    expect(parse('page=1.5').page).toBe(1);
  });

  it('round-trips through the URL, leaving defaults out', () => {
    const s = toggleFilter(
      withChanges(defaultState(), { q: 'sốt xuất huyết', sort: 'date_asc' }),
      'district',
      'Trà Cú',
    );
    const url = searchUrl(s);
    expect(url).toBe('/?q=s%E1%BB%91t+xu%E1%BA%A5t+huy%E1%BA%BFt&district=Tr%C3%A0+C%C3%BA&sort=date_asc');
    expect(parse(url.slice(2))).toEqual(s);
    expect(searchUrl(defaultState())).toBe('/');
  });

  it('keeps filter values with quotes, OR and backslashes literally', () => {
    const odd = 'Trà "Cú" OR district = x \\';
    const s = toggleFilter(defaultState(), 'issuer', odd);
    expect(parse(toUrlParams(s).toString()).filters.issuer).toEqual([odd]);
  });

  it('starts again from page 1 when the query or a filter changes, not when only the page does', () => {
    const s = withChanges(defaultState(), { page: 4 });
    expect(s.page).toBe(4);
    expect(withChanges(s, { q: 'x' }).page).toBe(1);
    expect(toggleFilter(s, 'docType', 'bao_cao').page).toBe(1);
    expect(withChanges(s, { view: 'trend' }).page).toBe(4);
  });

  it('toggles a filter value on and off', () => {
    const on = toggleFilter(defaultState(), 'directive', '10-CT/TU');
    expect(on.filters.directive).toEqual(['10-CT/TU']);
    expect(toggleFilter(on, 'directive', '10-CT/TU').filters.directive).toEqual([]);
  });

  it('maps the year facet to a date range and back', () => {
    const s = withChanges(defaultState(), yearRange('2023'));
    expect([s.from, s.to]).toEqual(['2023-01-01', '2023-12-31']);
    expect(selectedYear(s)).toBe('2023');
    expect(selectedYear(withChanges(s, { to: '2023-06-30' }))).toBeNull();
  });

  it('builds the API parameters of search and trend from the same state', () => {
    const s = {
      ...toggleFilter(withChanges(defaultState(), { q: 'dịch bệnh', group: 'document' }), 'province', 'Trà Vinh'),
      page: 2,
    };
    const api = searchApiParams(s);
    expect(Object.fromEntries(api)).toEqual({
      q: 'dịch bệnh',
      province: 'Trà Vinh',
      page: '2',
      perPage: '20',
      group: 'document',
    });
    expect(Object.fromEntries(trendApiParams(s))).toEqual({
      q: 'dịch bệnh',
      province: 'Trà Vinh',
      by: 'district',
      interval: 'quarter',
    });
  });
});

describe('routes', () => {
  const at = (pathname: string, search = '', hash = '') => parseRoute({ pathname, search, hash });

  it('reads the search page with its parameters', () => {
    const r = at('/', '?q=abc&district=Tr%C3%A0+C%C3%BA');
    expect(r.name).toBe('search');
    if (r.name === 'search') expect(r.params.get('district')).toBe('Trà Cú');
  });

  it('reads a document with its query and section, round-tripping documentUrl', () => {
    const url = new URL(documentUrl('083d7448', { q: 'sốt xuất huyết', sectionId: '083d7448-0011' }), 'http://x');
    expect(at(url.pathname, url.search, url.hash)).toEqual({
      name: 'document',
      docId: '083d7448',
      q: 'sốt xuất huyết',
      sectionId: '083d7448-0011',
    });
  });

  it('reads a directive key whether or not its slashes were encoded', () => {
    expect(directiveUrl('10-CT/TU')).toBe('/directives/10-CT%2FTU');
    expect(at('/directives/10-CT%2FTU')).toEqual({ name: 'directive', key: '10-CT/TU' });
    expect(at('/directives/10-CT/TU')).toEqual({ name: 'directive', key: '10-CT/TU' });
    expect(at('/directives/29%2F2023%2FNQ-H%C4%90ND')).toEqual({ name: 'directive', key: '29/2023/NQ-HĐND' });
  });

  it('gives not-found for unknown paths and broken encodings', () => {
    expect(at('/settings').name).toBe('not-found');
    expect(at('/directives/%E0%A4%A').name).toBe('not-found');
  });
});
