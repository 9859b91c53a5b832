import readline from 'node:readline';
import { startChild, waitFor } from '../shared/process.js';
import type { BenchMeili } from './meili.js';
import { repoRoot } from './product-index.js';

export interface ApiServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts the product's API in its own process (so the load generator does not share its event loop). */
export async function startApi(
  meili: BenchMeili,
  prefix: string,
  env: Record<string, string> = {},
): Promise<ApiServer> {
  const child = startChild(process.execPath, ['--import', 'tsx', 'scripts/bench/api-child.ts'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      MEILI_URL: meili.server.url,
      MEILI_MASTER_KEY: meili.server.masterKey,
      INDEX_PREFIX: prefix,
      LOG_LEVEL: 'warn',
      // One load generator stands for many users: the per-client rate limit would answer 429.
      RATE_LIMIT_PER_MINUTE: '0',
      ...env,
    },
  });
  const lines = readline.createInterface({ input: child.process.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
    void child.exited.then((code) => reject(new Error(`the API exited (${code}) before listening`)));
  });
  await untilServing(url);
  return { url, pid: child.pid, stop: () => child.stop() };
}

/**
 * Waits until a search answers something other than 503: right after start, on a busy machine,
 * the API's back-pressure guard can still see the event-loop delay of loading the app.
 */
async function untilServing(url: string, timeoutMs = 60_000): Promise<void> {
  let last = 'nothing';
  await waitFor(
    'the bench API serving searches',
    async () => {
      const res = await fetch(`${url}/api/search?q=`).catch(() => null);
      await res?.arrayBuffer();
      last = String(res?.status ?? 'nothing');
      return res && res.status !== 503 ? true : null;
    },
    { timeoutMs, abort: () => null },
  ).catch((err: Error) => {
    throw new Error(`${err.message} (last answer: ${last})`);
  });
}
