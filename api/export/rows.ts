import type { SearchService } from '../search/index.js';
import type { SearchHit, SearchParams, SearchResponse } from '../schemas/search.js';

/** The sections index allows paging to 100000 hits (sectionSettings.pagination.maxTotalHits). */
export const EXPORT_MAX = 100_000;
/** Pages as large as /api/search allows, so the export reads exactly what a user paging through would see. */
export const EXPORT_PAGE = 100;

export type ExportParams = Omit<SearchParams, 'page' | 'perPage'>;

export interface ExportRun {
  /** The first page, read before anything is sent so that errors still get a proper status. */
  first: SearchResponse;
  /** Rows the export will hold. */
  total: number;
  /** The search reached EXPORT_MAX rows (Meilisearch counts no further): there may be more than were exported. */
  truncated: boolean;
  pages: AsyncGenerator<SearchHit[]>;
}

/** Pages through the whole result set of a search with the search service. */
export async function startExport(search: SearchService, p: ExportParams): Promise<ExportRun> {
  // Each hit carries its section's whole text, which researchers take away (the snippet is a window).
  const first = await search.search({ ...p, page: 1, perPage: EXPORT_PAGE }, { withText: true, notice: false });
  const total = Math.min(first.total, EXPORT_MAX);
  async function* pages(): AsyncGenerator<SearchHit[]> {
    let page = first;
    let sent = 0;
    for (let n = 1; sent < total; n++) {
      if (n > 1) page = await search.search({ ...p, page: n, perPage: EXPORT_PAGE }, { withText: true, notice: false });
      if (page.hits.length === 0) return;
      const hits = page.hits.slice(0, total - sent);
      sent += hits.length;
      yield hits;
    }
  }
  return { first, total, truncated: first.total >= EXPORT_MAX, pages: pages() };
}
