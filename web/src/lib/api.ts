/** Typed calls to the product's API (see ../shared/contract.md). */
import type { FacetCounts, SearchHit, SearchResponse } from '../../../api/search/types.js';
import type { Correction } from '../../../api/admin/corrections.js';
import type { DocumentDetail, DocumentSection } from '../../../api/documents/service.js';
import type { Citing as CitingSection, DirectiveDetail } from '../../../api/directives/service.js';
import type { DirectiveRef } from '../../../lib/schema/records.js';

// The records the API answers with are its own types (type-only: nothing of the server is bundled).
export type { CitingSection, DirectiveDetail, DocumentDetail, DocumentSection, SearchHit };
export type SearchResult = SearchResponse;
export type DirectiveDetails = DirectiveRef;
export type FacetName = keyof FacetCounts;
/** Facet counts as the UI holds them: none before the first answer. */
export type Facets = Partial<FacetCounts>;

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
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
  if (!res.ok) throw new ApiError(res.status, messages[res.status] || body.message || FALLBACK_MESSAGES[res.status] || `Lỗi máy chủ (${res.status}).`);
  return body as T;
}

function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  return requestJson<T>(url, { signal: signal ?? null });
}

export function search(params: URLSearchParams, signal?: AbortSignal): Promise<SearchResult> {
  return getJson<SearchResult>(`/api/search?${params.toString()}`, signal);
}

/** What /api/suggest answers: prefix-matched snippets and facet values, for suggestions while typing. */
export interface SuggestResult {
  hits: { title: string; heading: string | null; snippet: string }[];
  facets: SearchResult['facets'];
}

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

export function getTrend(params: URLSearchParams, signal?: AbortSignal): Promise<unknown> {
  return getJson<unknown>(`/api/stats/trend?${params.toString()}`, signal);
}

export type ExportFormat = 'csv' | 'json';

export function exportUrl(params: URLSearchParams, format: ExportFormat): string {
  const p = new URLSearchParams(params);
  p.set('format', format);
  return `/api/export?${p.toString()}`;
}

/** The fields an archivist may correct from the reader: the API's own type. */
export type MetadataCorrection = Correction;

/** Saves a correction with the admin token; the server indexes it before answering. */
export async function correctMetadata(docId: string, token: string, correction: MetadataCorrection): Promise<void> {
  await requestJson(`/api/admin/documents/${encodeURIComponent(docId)}/metadata`, {
    method: 'PUT', body: JSON.stringify(correction), headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  }, { 401: 'Mã quản trị không đúng (hoặc máy chủ chưa bật chức năng quản trị).' });
}
