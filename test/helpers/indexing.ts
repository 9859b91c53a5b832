import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EnqueuedTaskPromise } from 'meilisearch';
import { inject } from 'vitest';
import { createMeiliClient } from '../../lib/meili/client.js';
import { MeiliStore, quote, type IndexKind } from '../../indexer/run/meili-store.js';
import type { IndexNames } from '../../lib/schema/indexes.js';
import { runIndexing, type IndexRunOptions, type IndexSummary } from '../../indexer/run/run-indexing.js';
import { seedsDir, silentLogger } from './env.js';

/** A corpus of `copies` copies of the seeds, each in its own folder (so each file is its own document). */
export function seedCopies(copies: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-test-copies-'));
  for (let i = 0; i < copies; i++)
    fs.cpSync(seedsDir, path.join(dir, `copy-${String(i).padStart(2, '0')}`), { recursive: true });
  return dir;
}

export function storeFor(prefix: string): MeiliStore {
  return new MeiliStore(createMeiliClient(inject('meiliUrl'), inject('meiliKey')), prefix);
}

export function indexRun(
  store: MeiliStore,
  corpusDir: string,
  extra: Partial<IndexRunOptions> = {},
): Promise<IndexSummary> {
  return runIndexing({ corpusDir, store, logger: silentLogger, ...extra });
}

export async function indexExists(store: MeiliStore, uid: string): Promise<boolean> {
  return store.client.getIndex(uid).then(
    () => true,
    () => false,
  );
}

/** Sections of one document in the live index. */
export async function sectionsOf(store: MeiliStore, docId: string): Promise<number> {
  const res = await store.client
    .index(store.names.sections)
    .search('', { filter: [`docId = ${quote(docId)}`], hitsPerPage: 0 });
  return res.totalHits ?? 0;
}

/**
 * A store whose Nth sections batch carries one record Meilisearch must refuse (an id with
 * characters ids may not hold), so the run meets a real failed task.
 */
export class FailingStore extends MeiliStore {
  private sectionBatches = 0;

  constructor(
    prefix: string,
    private readonly failAt: number,
    names?: IndexNames,
  ) {
    super(createMeiliClient(inject('meiliUrl'), inject('meiliKey')), prefix, names);
  }

  override enqueueRecords(kind: IndexKind, ndjson: string): EnqueuedTaskPromise {
    if (kind === 'sections' && ++this.sectionBatches === this.failAt) {
      return super.enqueueRecords(
        kind,
        `${ndjson}\n${JSON.stringify({ id: 'not a valid id!', docId: 'x', text: 'x' })}`,
      );
    }
    return super.enqueueRecords(kind, ndjson);
  }

  protected override withNames(names: IndexNames): MeiliStore {
    return new FailingStore(this.prefix, this.failAt, names);
  }
}
