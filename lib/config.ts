import path from 'node:path';

/** Runtime configuration, read once from the environment (see shared contract). */
export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  corpusDir: string;
  meiliUrl: string | undefined;
  meiliMasterKey: string | undefined;
  indexPrefix: string;
  adminToken: string | undefined;
  logLevel: string;
  /** Requests per minute and client on search-like endpoints (0 disables); exports get a twentieth. */
  rateLimitPerMinute: number;
  /** Event-loop delay (ms) past which the API answers 503 instead of queueing; 0 disables. */
  maxEventLoopDelayMs: number;
  /** A scan with more pages to OCR than this is refused with a clear line. */
  ocrMaxPages: number;
  /** Keep search answers and counts per index version (SEARCH_CACHE=off turns it off, e.g. to measure). */
  searchCache: boolean;
  /** Memory bound of that cache, in MiB. */
  searchCacheMb: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function parsePort(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer between 0 and 65535, got "${raw}"`);
  }
  return port;
}

function parseCount(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new ConfigError(`${name} must be a whole number ≥ 0, got "${raw}"`);
  return n;
}

function parseSwitch(raw: string | undefined, name: string): boolean {
  const v = (raw ?? '').trim().toLowerCase();
  if (v === '' || v === 'on' || v === 'true' || v === '1') return true;
  if (v === 'off' || v === 'false' || v === '0') return false;
  throw new ConfigError(`${name} must be "on" or "off", got "${raw}"`);
}

function nonEmpty(raw: string | undefined): string | undefined {
  return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const indexPrefix = nonEmpty(env.INDEX_PREFIX) ?? 'vankien';
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(indexPrefix)) {
    throw new ConfigError(`INDEX_PREFIX may only hold letters, digits, "-" and "_", got "${indexPrefix}"`);
  }
  return {
    port: parsePort(env.PORT, 3000),
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    dataDir: path.resolve(nonEmpty(env.DATA_DIR) ?? './data'),
    corpusDir: path.resolve(nonEmpty(env.CORPUS_DIR) ?? './corpus'),
    meiliUrl: nonEmpty(env.MEILI_URL),
    meiliMasterKey: nonEmpty(env.MEILI_MASTER_KEY),
    indexPrefix,
    adminToken: nonEmpty(env.ADMIN_TOKEN),
    logLevel: nonEmpty(env.LOG_LEVEL) ?? 'info',
    rateLimitPerMinute: parseCount(env.RATE_LIMIT_PER_MINUTE, 600, 'RATE_LIMIT_PER_MINUTE'),
    maxEventLoopDelayMs: parseCount(env.MAX_EVENT_LOOP_DELAY_MS, 5000, 'MAX_EVENT_LOOP_DELAY_MS'),
    ocrMaxPages: parseCount(env.OCR_MAX_PAGES, 200, 'OCR_MAX_PAGES'),
    searchCache: parseSwitch(env.SEARCH_CACHE, 'SEARCH_CACHE'),
    searchCacheMb: parseCount(env.SEARCH_CACHE_MB, 64, 'SEARCH_CACHE_MB'),
  };
}
