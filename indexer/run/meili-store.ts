import type { EnqueuedTaskPromise, Meilisearch, Settings } from 'meilisearch';
import { createMeiliClient } from '../../lib/meili/client.js';
import type { DocumentRecord } from '../../lib/schema/records.js';
import { indexNames, type IndexNames } from '../../lib/schema/indexes.js';
import { citationSettings, documentSettings, sectionSettings } from '../../lib/schema/settings.js';
import type { BuiltDocument } from '../steps/build.js';

export class IndexTaskError extends Error {
  override name = 'IndexTaskError';
}

/** Waits for a Meilisearch task and fails loudly when it did not succeed. */
export async function settle(task: EnqueuedTaskPromise, what: string, interval = 50): Promise<void> {
  const done = await task.waitTask({ timeout: 60 * 60_000, interval });
  if (done.status !== 'succeeded') {
    throw new IndexTaskError(`${what} failed: ${done.error?.message ?? done.status}`);
  }
}

/** One write to send: how to start it (it is sent when called) and what it is, for errors. */
export type WriteStep = [() => EnqueuedTaskPromise, string];
export type SentWrite = [EnqueuedTaskPromise, string];

/**
 * Sends writes one after another: each is sent only once Meilisearch has accepted (enqueued)
 * the one before, so its queue holds them in this order even when the server dies between two.
 * Sent concurrently, a small later payload could be accepted before a large earlier one.
 * Each sent write is added to `sent` as it goes, so a caller that fails half-way knows them.
 */
export async function enqueueInOrder(steps: WriteStep[], sent: SentWrite[] = []): Promise<SentWrite[]> {
  for (const [start, what] of steps) {
    const task = start();
    sent.push([task, what]);
    await task;
  }
  return sent;
}

export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export type IndexKind = keyof IndexNames;
const KINDS: IndexKind[] = ['sections', 'documents', 'citations'];
const SETTINGS: Record<IndexKind, Settings> = {
  sections: sectionSettings,
  documents: documentSettings,
  citations: citationSettings,
};

/** Where a full rebuild is written before it is swapped in: `${prefix}-sections-rebuild` … */
export function stagingNames(prefix: string): IndexNames {
  const live = indexNames(prefix);
  return {
    sections: `${live.sections}-rebuild`,
    documents: `${live.documents}-rebuild`,
    citations: `${live.citations}-rebuild`,
  };
}

/** The one module of the indexer that talks to Meilisearch. */
export class MeiliStore {
  readonly names: IndexNames;

  constructor(
    readonly client: Meilisearch,
    readonly prefix: string,
    names?: IndexNames,
  ) {
    this.names = names ?? indexNames(prefix);
  }

  static connect(url: string, apiKey: string | undefined, prefix: string): MeiliStore {
    return new MeiliStore(createMeiliClient(url, apiKey), prefix);
  }

  /** The same store over other indexes (subclasses keep their behaviour). */
  protected withNames(names: IndexNames): MeiliStore {
    return new MeiliStore(this.client, this.prefix, names);
  }

  private async exists(uid: string): Promise<boolean> {
    return this.client.getIndex(uid).then(
      () => true,
      () => false,
    );
  }

  /** Creates the indexes when missing and applies the settings (a no-op when unchanged). */
  async ensureIndexes(): Promise<void> {
    for (const kind of KINDS) {
      const uid = this.names[kind];
      if (!(await this.exists(uid)))
        await settle(this.client.createIndex(uid, { primaryKey: 'id' }), `creating index ${uid}`);
      await settle(this.client.index(uid).updateSettings(SETTINGS[kind]), `settings of ${uid}`);
    }
  }

  /**
   * A store over a fresh, empty set of staging indexes (leftovers of a failed or killed
   * rebuild are dropped first). Searches keep using the live indexes until swapIn().
   */
  async startRebuild(): Promise<MeiliStore> {
    const staging = this.withNames(stagingNames(this.prefix));
    await staging.deleteAll();
    await staging.ensureIndexes();
    return staging;
  }

  /** Swaps the staging indexes in as one atomic task, then drops the replaced ones. */
  async swapIn(staging: MeiliStore): Promise<void> {
    await this.ensureIndexes(); // both sides of a swap must exist
    const swaps = KINDS.map((kind) => ({
      indexes: [this.names[kind], staging.names[kind]] as [string, string],
      rename: false,
    }));
    await settle(this.client.swapIndexes(swaps), 'swapping in the rebuilt indexes');
    await staging.deleteAll();
  }

  /** file → {docId, hash} of every indexed document. */
  async indexedFiles(): Promise<Map<string, { id: string; hash: string }>> {
    const out = new Map<string, { id: string; hash: string }>();
    const index = this.client.index<DocumentRecord>(this.names.documents);
    const limit = 5000;
    for (let offset = 0; ; offset += limit) {
      const page = await index.getDocuments({ fields: ['id', 'file', 'hash'], limit, offset });
      for (const d of page.results) out.set(d.file, { id: d.id, hash: d.hash });
      if (page.results.length < limit) break;
    }
    return out;
  }

  /** Enqueues records (one JSON object a line) for one index; the caller waits for the task. */
  enqueueRecords(kind: IndexKind, ndjson: string): EnqueuedTaskPromise {
    return this.client
      .index(this.names[kind])
      .addDocumentsFromString(ndjson, 'application/x-ndjson', { primaryKey: 'id' });
  }

  /**
   * The writes of one batch, in the only safe order: sections, citations, the removal of the
   * records an earlier run left for `replaced` documents, and the document records (with their
   * hashes) last. A run cut short anywhere then leaves the old hash, and the next run redoes them.
   * Empty record sets are not sent.
   */
  batchSteps(ndjson: Record<IndexKind, string>, replaced: readonly string[], runId: string): WriteStep[] {
    const add = (kind: IndexKind): WriteStep[] =>
      ndjson[kind] === '' ? [] : [[() => this.enqueueRecords(kind, ndjson[kind]), `adding ${kind}`]];
    const stale = `docId IN [${replaced.map(quote).join(', ')}] AND runId != ${quote(runId)}`;
    const removal: WriteStep[] =
      replaced.length === 0
        ? []
        : [
            [() => this.client.index(this.names.sections).deleteDocuments({ filter: stale }), 'removing old sections'],
            [
              () => this.client.index(this.names.citations).deleteDocuments({ filter: stale }),
              'removing old citations',
            ],
          ];
    return [...add('sections'), ...add('citations'), ...removal, ...add('documents')];
  }

  /**
   * Writes a few documents with their sections and citations, removes the records earlier runs
   * left for them, and waits until all is indexed (fixtures, single uploads; runs use BatchWriter).
   */
  async write(batch: BuiltDocument[], runId: string): Promise<void> {
    if (batch.length === 0) return;
    const lines = (records: object[]): string => records.map((r) => JSON.stringify(r)).join('\n');
    const ndjson = {
      sections: lines(batch.flatMap((b) => b.sections)),
      citations: lines(batch.flatMap((b) => b.citations)),
      documents: lines(batch.map((b) => b.document)),
    };
    const steps = this.batchSteps(
      ndjson,
      batch.map((b) => b.document.id),
      runId,
    );
    for (const [task, what] of await enqueueInOrder(steps)) await settle(task, what);
  }

  /** Removes documents (and their sections and citations) from the index, in bounded chunks. */
  async remove(docIds: string[]): Promise<void> {
    for (let i = 0; i < docIds.length; i += 1000) {
      const chunk = docIds.slice(i, i + 1000);
      const filter = `docId IN [${chunk.map(quote).join(', ')}]`;
      await settle(this.client.index(this.names.sections).deleteDocuments({ filter }), 'removing sections');
      await settle(this.client.index(this.names.citations).deleteDocuments({ filter }), 'removing citations');
      await settle(this.client.index(this.names.documents).deleteDocuments(chunk), 'removing documents');
    }
  }

  async deleteAll(): Promise<void> {
    for (const uid of Object.values(this.names)) {
      if (await this.exists(uid)) await settle(this.client.deleteIndex(uid), `deleting index ${uid}`);
    }
  }

  async counts(): Promise<{ documents: number; sections: number }> {
    const [d, s] = await Promise.all([
      this.client.index(this.names.documents).getStats(),
      this.client.index(this.names.sections).getStats(),
    ]);
    return { documents: d.numberOfDocuments, sections: s.numberOfDocuments };
  }
}
