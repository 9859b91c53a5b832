import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import type { BenchMeili } from './meili.js';
import { repoRoot } from './product-index.js';

export interface ApiServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts the product's API in its own process (so the load generator does not share its event loop). */
export async function startApi(meili: BenchMeili, prefix: string): Promise<ApiServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/api-child.ts'], {
    cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, MEILI_URL: meili.server.url, MEILI_MASTER_KEY: meili.server.masterKey, INDEX_PREFIX: prefix, LOG_LEVEL: 'warn' },
  });
  const lines = readline.createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`the API exited (${code}) before listening`)));
  });
  return {
    url, pid: child.pid!,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
