import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { findMeiliBinary, MeiliUnavailableError } from './binary.js';
import { freePort } from './free-port.js';
import { loadOrCreateMasterKey } from './master-key.js';
import { waitForHealth } from './health.js';

export interface EmbeddedMeili {
  url: string;
  masterKey: string;
  pid: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  logger: Logger;
  masterKey?: string;
  port?: number;
  startTimeoutMs?: number;
}

/*
 * A small shell guard runs Meilisearch as its child: it forwards TERM/INT and kills
 * Meilisearch when the Node parent disappears (even on SIGKILL), so no server is left behind.
 */
const GUARD_SCRIPT = `
"$@" &
child=$!
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
  const logFd = fs.openSync(logFile, 'a');

  const child: ChildProcess = spawn(
    '/bin/sh',
    ['-c', GUARD_SCRIPT, 'meili-guard', binary,
      '--db-path', dbPath, '--http-addr', `127.0.0.1:${port}`, '--no-analytics',
      '--env', 'production', '--dump-dir', dumpDir],
    {
      stdio: ['ignore', logFd, logFd],
      // The key travels in the environment, not on a command line that `ps` shows.
      env: { ...process.env, MEILI_MASTER_KEY: masterKey, GUARD_PARENT_PID: String(process.pid), MEILI_NO_ANALYTICS: 'true' },
    },
  );
  fs.closeSync(logFd);
  let exited = false;
  const exitPromise = new Promise<void>((resolve) => child.once('exit', () => { exited = true; resolve(); }));

  opts.logger.info({ url, dbPath }, 'starting embedded Meilisearch');
  try {
    await waitForHealth(url, opts.startTimeoutMs ?? 60_000, () => exited);
  } catch (err) {
    child.kill('SIGTERM');
    const tail = readTail(logFile, 1500);
    throw new MeiliUnavailableError(`Embedded Meilisearch did not start: ${(err as Error).message}\n${tail}`);
  }

  const stop = async (): Promise<void> => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exitPromise;
    clearTimeout(timer);
  };
  return { url, masterKey, pid: child.pid ?? -1, stop };
}

function readTail(file: string, bytes: number): string {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return text.slice(-bytes);
  } catch {
    return '';
  }
}
