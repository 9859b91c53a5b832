import type { ErrorCode } from '../lib/schema/literals.js';

export type { ErrorCode } from '../lib/schema/literals.js';

/** Errors the API turns into JSON answers: {"error": code, "message": text}; the code is one of ERROR_CODES. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    /** The request parameter that failed, for 400 answers. */
    readonly parameter?: string,
  ) {
    super(message);
  }
}

export const notFound = (message: string): HttpError => new HttpError(404, 'not_found', message);
export const badRequest = (message: string, parameter?: string): HttpError =>
  new HttpError(400, 'bad_request', message, parameter);
export const unauthorized = (message: string): HttpError => new HttpError(401, 'unauthorized', message);
export const conflict = (message: string): HttpError => new HttpError(409, 'conflict', message);
export const payloadTooLarge = (message: string): HttpError => new HttpError(413, 'payload_too_large', message);
export const unsupportedMedia = (message: string): HttpError => new HttpError(415, 'unsupported_media_type', message);
export const unprocessable = (message: string): HttpError => new HttpError(422, 'unprocessable', message);
export const unavailable = (
  message = 'Không kết nối được máy chủ tìm kiếm (Meilisearch). Vui lòng thử lại sau.',
): HttpError => new HttpError(503, 'search_unavailable', message);

/** The code of a 4xx that the framework or a plugin raised with a status only (or a code of its own). */
const CLIENT_ERROR_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  404: 'not_found',
  408: 'request_timeout',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
  431: 'request_too_large',
};

export const clientErrorCode = (status: number): ErrorCode => CLIENT_ERROR_CODES[status] ?? 'bad_request';
