import { buildFilter, FACET_FIELDS, searchParams, type SearchParams } from '../../api/search/index.js';
import { DOCUMENT_META } from '../../lib/schema/records.js';
import { FILTER_KEYS } from '../../lib/schema/literals.js';
import { MARK_CLOSE, MARK_OPEN, normalizeText } from '../../lib/vietnamese/index.js';

/** One query of the mixed list, as the API takes it. */
export interface BenchQuery {
  label: string;
  params: SearchParams;
}

/** Facet values found in the index, so filtered queries hit real data. */
export interface FacetPicks {
  provinces: string[];
  docTypes: string[];
  directives: string[];
}

const base: SearchParams = searchParams();

/** Plain queries: common and rare terms, with and without diacritics (these also go to ripgrep). */
export const PLAIN_QUERIES = [
  'phát triển kinh tế',
  'phat trien kinh te',
  'cán bộ',
  'thanh niên xung phong',
  'thanh nien xung phong',
  'sốt xuất huyết',
  'sot xuat huyet',
  'kiểm soát quyền lực',
  'chuyển đổi số',
  'chuyen doi so',
  'hàng không dân dụng',
  'phòng cháy chữa cháy',
  'bệnh dại',
  'di san van hoa',
];

/** The mixed list: the plain queries, then filtered, grouped, sorted and browse queries. */
export function mixedQueries(f: FacetPicks): BenchQuery[] {
  const [p1 = 'Hà Nội', p2 = p1] = f.provinces;
  const [t1 = 'nghi_quyet'] = f.docTypes;
  const [d1 = '18-NQ/TW'] = f.directives;
  const list: BenchQuery[] = PLAIN_QUERIES.map((q) => ({ label: q, params: { ...base, q } }));
  list.push(
    { label: `cán bộ · province=${p1}`, params: { ...base, q: 'cán bộ', province: [p1] } },
    {
      label: `phát triển kinh tế · docType=${t1} · 2020–2023`,
      params: { ...base, q: 'phát triển kinh tế', docType: [t1], from: '2020-01-01', to: '2023-12-31' },
    },
    {
      label: `an toan giao thong · province=${p2} · group=document`,
      params: { ...base, q: 'an toan giao thong', province: [p2], group: 'document' },
    },
    { label: 'xây dựng Đảng · group=document', params: { ...base, q: 'xây dựng Đảng', group: 'document' } },
    { label: 'đất đai · sort=date_asc', params: { ...base, q: 'đất đai', sort: 'date_asc' } },
    { label: `q="" · province=${p1} (browse, newest first)`, params: { ...base, province: [p1] } },
    { label: `q="" · directive=${d1}`, params: { ...base, directive: [d1] } },
    { label: 'q="" (everything, newest first)', params: { ...base } },
  );
  return list;
}

/** The API URL of a query (repeatable filters as repeated parameters). */
export function apiPath(p: SearchParams): string {
  const qs = new URLSearchParams({
    q: p.q,
    page: String(p.page),
    perPage: String(p.perPage),
    group: p.group,
    sort: p.sort,
  });
  for (const key of FILTER_KEYS) for (const v of p[key]) qs.append(key, v);
  if (p.from) qs.set('from', p.from);
  if (p.to) qs.set('to', p.to);
  return `/api/search?${qs.toString()}`;
}

/**
 * The same query as one plain Meilisearch search: same text, filters (the product's own filter
 * builder), facets, page size, snippet cropping and highlighting, sort and grouping.
 */
export function meiliBody(p: SearchParams): Record<string, unknown> {
  const q = normalizeText(p.q).trim();
  const sort =
    p.sort === 'date_desc' || (p.sort === 'relevance' && q === '')
      ? ['dateNum:desc']
      : p.sort === 'date_asc'
        ? ['dateNum:asc']
        : undefined;
  return {
    q,
    filter: buildFilter(p),
    facets: Object.values(FACET_FIELDS),
    page: p.page,
    hitsPerPage: p.perPage,
    attributesToRetrieve: ['id', 'docId', 'file', ...DOCUMENT_META, 'heading', 'path', 'directives'],
    attributesToCrop: ['text'],
    cropLength: 36,
    cropMarker: '…',
    attributesToHighlight: ['text'],
    highlightPreTag: MARK_OPEN,
    highlightPostTag: MARK_CLOSE,
    matchingStrategy: 'all',
    ...(sort ? { sort } : {}),
    ...(p.group === 'document' ? { distinct: 'docId' } : {}),
  };
}
