import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { findMeiliBinary, MeiliUnavailableError } from './binary.js';
import { freePort } from './free-port.js';
import { waitForHealth } from './health.js';
import { loadOrCreateMasterKey } from './master-key.js';

export interface EmbeddedMeili {
  url: string;
  masterKey: string;
  /** Pid of the Meilisearch server process itself (changes after a restart). */
  readonly pid: number;
  /** How many times the server was restarted after dying. */
  readonly restarts: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  logger: Logger;
  masterKey?: string;
  port?: number;
  startTimeoutMs?: number;
  /** Restart the server when it dies unexpectedly (default true). */
  supervise?: boolean;
  /** Extra command-line arguments, e.g. ["--import-dump", file]. */
  extraArgs?: string[];
  /**
   * Threads Meilisearch may index with (MEILI_MAX_INDEXING_THREADS; an explicit variable wins).
   * Default: every core. Meilisearch's own default is half of them, one thread on a 2-core machine,
   * and the bulk runs of `npm start` and `npm run index` then wait on it.
   */
  indexingThreads?: number;
}

/*
 * A small shell guard runs Meilisearch as its child: it forwards TERM/INT and kills
 * Meilisearch when the Node parent disappears (even on SIGKILL), so no server is left behind.
 */
const GUARD_SCRIPT = `
"$@" &
child=$!
echo "$child" > "$GUARD_PID_FILE"
trap 'kill -TERM "$child" 2>/dev/null; wait "$child"; exit 0' TERM INT HUP
while kill -0 "$GUARD_PARENT_PID" 2>/dev/null && kill -0 "$child" 2>/dev/null; do
  sleep 1 & wait $!
done
kill -TERM "$child" 2>/dev/null
wait "$child"
`;

export async function startEmbeddedMeili(opts: EmbeddedOptions): Promise<EmbeddedMeili> {
  const binary = findMeiliBinary();
  const masterKey = opts.masterKey ?? loadOrCreateMasterKey(opts.dataDir);
  const port = opts.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const dbPath = path.join(opts.dataDir, 'meili', 'data.ms');
  const dumpDir = path.join(opts.dataDir, 'backups');
  fs.mkdirSync(dumpDir, { recursive: true });
  const logFile = path.join(opts.dataDir, 'meili.log');
  const pidFile = path.join(opts.dataDir, 'meili.pid');
  const threads = process.env.MEILI_MAX_INDEXING_THREADS || String(opts.indexingThreads ?? os.availableParallelism());
  const args = [
    '--db-path',
    dbPath,
    '--http-addr',
    `127.0.0.1:${port}`,
    '--no-analytics',
    '--env',
    'production',
    '--dump-dir',
    dumpDir,
    ...(opts.extraArgs ?? []),
  ];

  let child: ChildProcess;
  let stopping = false;
  let restarts = 0;
  const recentRestarts: number[] = [];

  const spawnServer = (): ChildProcess => {
    const logFd = fs.openSync(logFile, 'a');
    const proc = spawn('/bin/sh', ['-c', GUARD_SCRIPT, 'meili-guard', binary, ...args], {
      stdio: ['ignore', logFd, logFd],
      // The key travels in the environment, not on a command line that `ps` shows.
      env: {
        ...process.env,
        MEILI_MASTER_KEY: masterKey,
        GUARD_PARENT_PID: String(process.pid),
        GUARD_PID_FILE: pidFile,
        MEILI_NO_ANALYTICS: 'true',
        MEILI_MAX_INDEXING_THREADS: threads,
      },
    });
    fs.closeSync(logFd);
    proc.once('exit', (code, signal) => {
      if (stopping || proc !== child) return;
      opts.logger.error({ code, signal }, 'embedded Meilisearch stopped unexpectedly');
      if (opts.supervise === false) return;
      const now = Date.now();
      while (recentRestarts.length > 0 && now - recentRestarts[0]! > 60_000) recentRestarts.shift();
      if (recentRestarts.length >= 5) {
        opts.logger.error('Meilisearch died 5 times within a minute; not restarting it again');
        return;
      }
      recentRestarts.push(now);
      setTimeout(() => {
        if (stopping) return;
        restarts++;
        opts.logger.warn({ restart: restarts }, 'restarting embedded Meilisearch');
        child = spawnServer();
      }, 500 * recentRestarts.length);
    });
    return proc;
  };

  opts.logger.info({ url, dbPath, indexingThreads: threads }, 'starting embedded Meilisearch');
  child = spawnServer();
  let exitedEarly = false;
  child.once('exit', () => {
    exitedEarly = true;
  });
  try {
    await waitForHealth(url, opts.startTimeoutMs ?? 120_000, () => exitedEarly);
  } catch (err) {
    stopping = true;
    child.kill('SIGTERM');
    throw new MeiliUnavailableError(
      `Embedded Meilisearch did not start: ${(err as Error).message}\n${readTail(logFile, 1500)}`,
    );
  }

  return {
    url,
    masterKey,
    get pid() {
      return readPid(pidFile) ?? -1;
    },
    get restarts() {
      return restarts;
    },
    async stop() {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function readPid(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function readTail(file: string, bytes: number): string {
  try {
    return fs.readFileSync(file, 'utf8').slice(-bytes);
  } catch {
    return '';
  }
}
