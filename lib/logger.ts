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

export function createLogger(level: string, name?: string): Logger {
  return pino({ level, name, redact: { paths: redactPaths, censor: '[redacted]' } });
}

export type { Logger };
