import fs from 'node:fs';
import path from 'node:path';
import type { Meilisearch } from 'meilisearch';
import { createMeiliClient } from '../../lib/meili/client.js';
import { pino } from 'pino';
import { startEmbeddedMeili, type EmbeddedMeili } from '../../lib/meili/embedded.js';

/** A Meilisearch of the benchmark's own, on its own data folder. */
export interface BenchMeili {
  server: EmbeddedMeili;
  client: Meilisearch;
  dbPath: string;
}

export async function startBenchMeili(dataDir: string): Promise<BenchMeili> {
  fs.mkdirSync(dataDir, { recursive: true });
  const server = await startEmbeddedMeili({ dataDir, logger: pino({ level: 'warn' }), supervise: false });
  return {
    server,
    client: createMeiliClient(server.url, server.masterKey),
    dbPath: path.join(dataDir, 'meili', 'data.ms'),
  };
}

/** Bytes of a folder on disk (what `du` counts). */
export function diskBytes(dir: string): number {
  let total = 0;
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) total += fs.statSync(p).blocks * 512;
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return total;
}

/** Size on disk of the given indexes: Meilisearch's used database size, split by their share of it. */
export async function indexSizes(client: Meilisearch): Promise<{ usedDb: number; db: number }> {
  const stats = (await client.getStats()) as unknown as { databaseSize: number; usedDatabaseSize?: number };
  return { db: stats.databaseSize, usedDb: stats.usedDatabaseSize ?? stats.databaseSize };
}

/** Throws when any task of these indexes failed (nothing may be silently lost in a measurement). */
export async function assertNoFailedTasks(client: Meilisearch, indexUids: string[]): Promise<void> {
  const failed = await client.tasks.getTasks({ indexUids, statuses: ['failed'], limit: 5 });
  if (failed.results.length > 0) {
    throw new Error(
      `Meilisearch tasks failed: ${failed.results.map((t) => `${t.type} ${t.indexUid}: ${t.error?.message}`).join('; ')}`,
    );
  }
}
