import fs from 'node:fs';
import path from 'node:path';
import type { EnqueuedTask } from 'meilisearch';
import { MeiliStore, type IndexKind } from '../../indexer/run/meili-store.js';
import { cpuSeconds } from '../shared/usage.js';
import { assertNoFailedTasks, type BenchMeili } from './meili.js';

export interface IngestResult {
  ms: number;
  payloadBytes: number;
  meiliCpuS: number;
}

/**
 * The ceiling: the prepared records (the same ones the indexer produces) pushed straight into
 * fresh indexes with the product's settings, in the indexer's batch size, as fast as Meilisearch
 * takes them; the clock stops when the last task is done.
 */
export async function ingestDirect(
  meili: BenchMeili,
  preparedDir: string,
  prefix: string,
  adjust?: (uid: string) => Promise<unknown>,
): Promise<IngestResult> {
  const store = new MeiliStore(meili.client, prefix);
  await store.deleteAll();
  await store.ensureIndexes();
  // A variant of the settings (scripts/bench/ingest-variants.ts), applied before any document too.
  if (adjust) for (const uid of Object.values(store.names)) await adjust(uid);
  const files = fs
    .readdirSync(preparedDir)
    .filter((f) => f.endsWith('.ndjson'))
    .sort();
  const cpuBefore = cpuSeconds(meili.server.pid);
  const started = performance.now();
  let payloadBytes = 0;
  const last = new Map<IndexKind, EnqueuedTask>();
  for (const file of files) {
    const kind = file.replace(/^\d+-|\.ndjson$/g, '') as IndexKind;
    const body = fs.readFileSync(path.join(preparedDir, file), 'utf8');
    payloadBytes += Buffer.byteLength(body);
    last.set(kind, await store.enqueueRecords(kind, body));
  }
  for (const task of last.values())
    await meili.client.tasks.waitForTask(task.taskUid, { timeout: 6 * 3600_000, interval: 200 });
  const ms = performance.now() - started;
  await assertNoFailedTasks(meili.client, Object.values(store.names));
  return { ms, payloadBytes, meiliCpuS: cpuSeconds(meili.server.pid) - cpuBefore };
}
