import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { Meilisearch } from 'meilisearch';
import { startEmbeddedMeili } from './embedded.js';

export interface BackupResult {
  dumpUid: string;
  /** Where the dump file is, when the server writes into our DATA_DIR (embedded server). */
  file: string | null;
  pruned: string[];
}

/** Dump files in a folder, newest first. */
export function listDumps(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.dump'))
    .map((f) => path.join(dir, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
}

/** Asks Meilisearch for a dump, waits for it, and keeps only the newest `keep` dumps in `dumpDir`. */
export async function createBackup(
  url: string,
  masterKey: string | undefined,
  dumpDir: string,
  keep: number,
): Promise<BackupResult> {
  const client = new Meilisearch({ host: url, ...(masterKey ? { apiKey: masterKey } : {}) });
  const task = await client.createDump().waitTask({ timeout: 60 * 60_000 });
  if (task.status !== 'succeeded') throw new Error(`dump failed: ${task.error?.message ?? task.status}`);
  const dumpUid = String((task.details as { dumpUid?: string } | undefined)?.dumpUid ?? '');
  const file = path.join(dumpDir, `${dumpUid}.dump`);
  const dumps = listDumps(dumpDir);
  const pruned = dumps.slice(Math.max(1, keep));
  for (const old of pruned) fs.rmSync(old, { force: true });
  return { dumpUid, file: fs.existsSync(file) ? file : null, pruned };
}

/**
 * Restores a dump into DATA_DIR: the current database (if any) is moved aside, an embedded
 * Meilisearch imports the dump, and is stopped again. The next `npm start` serves the restored data.
 */
export async function restoreBackup(
  dumpFile: string,
  dataDir: string,
  logger: Logger,
): Promise<{ movedAside: string | null }> {
  if (!fs.existsSync(dumpFile)) throw new Error(`no dump at ${dumpFile}`);
  const db = path.join(dataDir, 'meili');
  let movedAside: string | null = null;
  if (fs.existsSync(db)) {
    movedAside = `${db}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(db, movedAside);
  }
  const meili = await startEmbeddedMeili({
    dataDir,
    logger,
    supervise: false,
    startTimeoutMs: 60 * 60_000,
    extraArgs: ['--import-dump', path.resolve(dumpFile)],
  });
  await meili.stop();
  return { movedAside };
}
