import http from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { ErrorCode } from './errors.js';

/** Node's HTTP parser errors, answered before any route runs, in the contract's error form. */
type Answer = [status: number, code: ErrorCode, message: string];

const ANSWERS: Record<string, Answer> = {
  HPE_HEADER_OVERFLOW: [
    431,
    'request_too_large',
    'Địa chỉ yêu cầu quá dài (quá giới hạn của máy chủ): hãy rút ngắn câu tìm kiếm (tối đa 1000 ký tự). The request line or headers are too long.',
  ],
  ERR_HTTP_REQUEST_TIMEOUT: [
    408,
    'request_timeout',
    'Yêu cầu gửi quá chậm; hãy thử lại. The request took too long to arrive.',
  ],
};
const MALFORMED: Answer = [400, 'bad_request', 'Yêu cầu HTTP không hợp lệ. The HTTP request is malformed.'];

/**
 * Fastify's clientErrorHandler: a request Node's parser refuses (a URL of 10,000 Vietnamese characters,
 * a malformed request line) gets the same JSON `{error, message}` as every other error, then the socket
 * is closed as Node itself would.
 */
export function clientErrorHandler(this: FastifyInstance, err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, error, message] = ANSWERS[err.code ?? ''] ?? MALFORMED;
  this.log.debug({ code: err.code }, 'client error');
  const body = JSON.stringify({ error, message });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}
