/** Typed calls to the product's API (see ../shared/contract.md). */
import type { Correction } from '../../../api/schemas/admin.js';
import type { Citing as CitingSection, DirectiveDetail, DirectiveRef } from '../../../api/schemas/directives.js';
import type { DocumentDetail, DocumentSection } from '../../../api/schemas/documents.js';
import type { FacetCounts, SearchHit, SearchResponse, SuggestResponse } from '../../../api/schemas/search.js';
import type { TrendResponse } from '../../../api/schemas/trend.js';
import type { ExportFormat } from '../../../lib/schema/literals.js';

// The API's answers are typed by its own schemas (type-only: nothing of the server is bundled).
export type { CitingSection, DirectiveDetail, DocumentDetail, DocumentSection, ExportFormat, SearchHit, TrendResponse };
export type { FacetName } from '../../../lib/schema/literals.js';
export type SearchResult = SearchResponse;
export type DirectiveDetails = DirectiveRef;
/** Facet counts as the UI holds them: none before the first answer. */
export type Facets = Partial<FacetCounts>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Used when an error answer carries no message of its own (the API's messages are Vietnamese). */
const FALLBACK_MESSAGES: Record<number, string> = {
  404: 'Không tìm thấy.',
  429: 'Quá nhiều yêu cầu trong thời gian ngắn. Hãy thử lại sau ít phút.',
  503: 'Máy tìm kiếm tạm thời không hoạt động. Hãy thử lại sau ít phút.',
};

/** A JSON request; an error answer becomes an ApiError with the API's message (or `messages[status]`, which wins). */
async function requestJson<T>(url: string, init: RequestInit = {}, messages: Record<number, string> = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.');
  }
  const body = (await res.json().catch(() => ({}))) as { message?: string };
  if (!res.ok)
    throw new ApiError(
      res.status,
      messages[res.status] || body.message || FALLBACK_MESSAGES[res.status] || `Lỗi máy chủ (${res.status}).`,
    );
  return body as T;
}

function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  return requestJson<T>(url, { signal: signal ?? null });
}

export function search(params: URLSearchParams, signal?: AbortSignal): Promise<SearchResult> {
  return getJson<SearchResult>(`/api/search?${params.toString()}`, signal);
}

/** What /api/suggest answers: prefix-matched snippets and facet values, for suggestions while typing. */
export type SuggestResult = SuggestResponse;

export function suggest(q: string, signal?: AbortSignal): Promise<SuggestResult> {
  return getJson<SuggestResult>(`/api/suggest?${new URLSearchParams({ q }).toString()}`, signal);
}

/** A document; with a query `q`, each section carries the spans the API marks for it (`marks`). */
export function getDocument(docId: string, q: string, signal?: AbortSignal): Promise<DocumentDetail> {
  const qs = q ? `?${new URLSearchParams({ q }).toString()}` : '';
  return getJson<DocumentDetail>(`/api/documents/${encodeURIComponent(docId)}${qs}`, signal);
}

export function getDirective(key: string, signal?: AbortSignal): Promise<DirectiveDetail> {
  return getJson<DirectiveDetail>(`/api/directives/${encodeURIComponent(key)}`, signal);
}

export function getTrend(params: URLSearchParams, signal?: AbortSignal): Promise<TrendResponse> {
  return getJson<TrendResponse>(`/api/stats/trend?${params.toString()}`, signal);
}

export function exportUrl(params: URLSearchParams, format: ExportFormat): string {
  const p = new URLSearchParams(params);
  p.set('format', format);
  return `/api/export?${p.toString()}`;
}

/** The fields an archivist may correct from the reader: the API's own type. */
export type MetadataCorrection = Correction;

/** Saves a correction with the admin token; the server indexes it before answering. */
export async function correctMetadata(docId: string, token: string, correction: MetadataCorrection): Promise<void> {
  await requestJson(
    `/api/admin/documents/${encodeURIComponent(docId)}/metadata`,
    {
      method: 'PUT',
      body: JSON.stringify(correction),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    },
    { 401: 'Mã quản trị không đúng (hoặc máy chủ chưa bật chức năng quản trị).' },
  );
}
