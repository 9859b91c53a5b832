/** Errors the API turns into JSON answers: {"error": code, "message": text}. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(readonly statusCode: number, readonly code: string, message: string) {
    super(message);
  }
}

export const notFound = (message: string): HttpError => new HttpError(404, 'not_found', message);
export const badRequest = (message: string): HttpError => new HttpError(400, 'bad_request', message);
export const unavailable = (message = 'Không kết nối được máy chủ tìm kiếm (Meilisearch). Vui lòng thử lại sau.'): HttpError =>
  new HttpError(503, 'search_unavailable', message);
