import { pino, type Logger } from 'pino';

/** Redaction paths: secrets must never reach a log line. */
export const redactPaths = [
  'req.headers.authorization',
  'headers.authorization',
  'masterKey',
  'apiKey',
  'adminToken',
  '*.masterKey',
  '*.apiKey',
];

const redact = { paths: redactPaths, censor: '[redacted]' };

export function createLogger(level: string, name?: string): Logger {
  return pino({ level, name, redact });
}

/** Fastify's logger options with the same redaction (a stream only in tests that read the lines). */
export function serverLoggerOptions(
  level: string,
  stream?: NodeJS.WritableStream,
): { level: string; redact: typeof redact; stream?: NodeJS.WritableStream } {
  return { level, redact, ...(stream ? { stream } : {}) };
}

export type { Logger };
