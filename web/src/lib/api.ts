/** Typed calls to the product's API. */

export interface SearchHit {
  docId: string;
  sectionId: string;
  file: string;
  title: string;
  docType: string;
  date: string | null;
  issuer: string | null;
  district: string | null;
  province: string | null;
  heading: string | null;
  path: string[];
  snippet: string;
  directives: string[];
}

export interface SearchResult {
  q: string;
  total: number;
  page: number;
  perPage: number;
  tookMs: number;
  hits: SearchHit[];
  facets: Record<string, Record<string, number>>;
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { signal: signal ?? null, headers: { accept: 'application/json' } });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'Không kết nối được máy chủ.');
  }
  const body = (await res.json().catch(() => ({}))) as { message?: string };
  if (!res.ok) throw new ApiError(res.status, body.message ?? `Lỗi ${res.status}`);
  return body as T;
}

export function search(params: URLSearchParams, signal?: AbortSignal): Promise<SearchResult> {
  return getJson<SearchResult>(`/api/search?${params.toString()}`, signal);
}
