import type { Meilisearch } from 'meilisearch';
import type { SectionRecord } from '../../lib/schema/records.js';
import { MARK_CLOSE, MARK_OPEN, normalizeText } from '../../lib/vietnamese/index.js';
import { buildFilter, FACET_FIELDS } from './filters.js';
import { markedHtml, oneLine } from './snippet.js';
import type { FacetCounts, SearchHit, SearchParams, SearchResponse } from './types.js';

const FACETS = Object.values(FACET_FIELDS);

function facetCounts(dist: Record<string, Record<string, number>> | undefined): FacetCounts {
  const d = dist ?? {};
  return {
    district: d.district ?? {}, province: d.province ?? {}, docType: d.docType ?? {},
    issuer: d.issuer ?? {}, year: d.year ?? {}, directive: d.directives ?? {},
  };
}

function sortFor(p: SearchParams, q: string): string[] | undefined {
  if (p.sort === 'date_desc' || (p.sort === 'relevance' && q === '')) return ['dateNum:desc'];
  if (p.sort === 'date_asc') return ['dateNum:asc'];
  return undefined;
}

/** Section search over Meilisearch: filters, facets, grouping, safe highlighted snippets. */
export class SearchService {
  constructor(private readonly client: () => Promise<Meilisearch>, private readonly sectionsIndex: string) {}

  async search(p: SearchParams): Promise<SearchResponse> {
    const started = performance.now();
    const q = normalizeText(p.q).trim();
    const client = await this.client();
    const sort = sortFor(p, q);
    const res = await client.index<SectionRecord>(this.sectionsIndex).search(q, {
      filter: buildFilter(p),
      facets: FACETS,
      page: p.page,
      hitsPerPage: p.perPage,
      attributesToRetrieve: ['id', 'docId', 'file', 'title', 'docType', 'date', 'issuer', 'district', 'province', 'heading', 'path', 'directives'],
      attributesToCrop: ['text'],
      cropLength: 36,
      cropMarker: '…',
      attributesToHighlight: ['text'],
      highlightPreTag: MARK_OPEN,
      highlightPostTag: MARK_CLOSE,
      matchingStrategy: 'all',
      ...(sort ? { sort } : {}),
      ...(p.group === 'document' ? { distinct: 'docId' } : {}),
    });
    const hits: SearchHit[] = res.hits.map((h) => ({
      docId: h.docId, sectionId: h.id, file: h.file, title: h.title, docType: h.docType, date: h.date,
      issuer: h.issuer, district: h.district, province: h.province, heading: h.heading, path: h.path ?? [],
      snippet: markedHtml(oneLine(String(h._formatted?.text ?? ''))),
      directives: h.directives ?? [],
    }));
    return {
      q: p.q, total: res.totalHits ?? hits.length, page: p.page, perPage: p.perPage,
      tookMs: Math.round(performance.now() - started), hits, facets: facetCounts(res.facetDistribution),
    };
  }
}
