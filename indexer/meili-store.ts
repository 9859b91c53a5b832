import { Meilisearch, type EnqueuedTaskPromise, type Settings } from 'meilisearch';
import type { CitationRecord, DocumentRecord, SectionRecord } from '../lib/schema/records.js';
import { indexNames, type IndexNames } from '../lib/schema/indexes.js';
import { citationSettings, documentSettings, sectionSettings } from '../lib/schema/settings.js';
import type { BuiltDocument } from './build.js';

export class IndexTaskError extends Error {
  override name = 'IndexTaskError';
}

/** Waits for a Meilisearch task and fails loudly when it did not succeed. */
export async function settle(task: EnqueuedTaskPromise, what: string): Promise<void> {
  const done = await task.waitTask({ timeout: 30 * 60_000, interval: 50 });
  if (done.status !== 'succeeded') {
    throw new IndexTaskError(`${what} failed: ${done.error?.message ?? done.status}`);
  }
}

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The one module of the indexer that talks to Meilisearch. */
export class MeiliStore {
  readonly names: IndexNames;

  constructor(readonly client: Meilisearch, prefix: string) {
    this.names = indexNames(prefix);
  }

  static connect(url: string, apiKey: string | undefined, prefix: string): MeiliStore {
    return new MeiliStore(new Meilisearch({ host: url, ...(apiKey ? { apiKey } : {}) }), prefix);
  }

  /** Creates the indexes when missing and applies the settings (a no-op when unchanged). */
  async ensureIndexes(): Promise<void> {
    const plan: [string, Settings][] = [
      [this.names.sections, sectionSettings],
      [this.names.documents, documentSettings],
      [this.names.citations, citationSettings],
    ];
    for (const [uid, settings] of plan) {
      const exists = await this.client.getIndex(uid).then(() => true, () => false);
      if (!exists) await settle(this.client.createIndex(uid, { primaryKey: 'id' }), `creating index ${uid}`);
      await settle(this.client.index(uid).updateSettings(settings), `settings of ${uid}`);
    }
  }

  /** file → {docId, hash} of every indexed document. */
  async indexedFiles(): Promise<Map<string, { id: string; hash: string }>> {
    const out = new Map<string, { id: string; hash: string }>();
    const index = this.client.index<DocumentRecord>(this.names.documents);
    const limit = 1000;
    for (let offset = 0; ; offset += limit) {
      const page = await index.getDocuments({ fields: ['id', 'file', 'hash'], limit, offset });
      for (const d of page.results) out.set(d.file, { id: d.id, hash: d.hash });
      if (page.results.length < limit) break;
    }
    return out;
  }

  /**
   * Writes documents with all their sections and citations, then removes the records an
   * earlier run left for them. Searches never see a document without its sections.
   */
  async write(batch: BuiltDocument[], runId: string): Promise<void> {
    if (batch.length === 0) return;
    const sections: SectionRecord[] = batch.flatMap((b) => b.sections);
    const citations: CitationRecord[] = batch.flatMap((b) => b.citations);
    const tasks: [EnqueuedTaskPromise, string][] = [
      [this.client.index(this.names.sections).addDocuments(sections, { primaryKey: 'id' }), 'adding sections'],
      [this.client.index(this.names.citations).addDocuments(citations, { primaryKey: 'id' }), 'adding citations'],
      [this.client.index(this.names.documents).addDocuments(batch.map((b) => b.document), { primaryKey: 'id' }), 'adding documents'],
    ];
    const ids = batch.map((b) => quote(b.document.id)).join(', ');
    const stale = `docId IN [${ids}] AND runId != ${quote(runId)}`;
    tasks.push([this.client.index(this.names.sections).deleteDocuments({ filter: stale }), 'removing old sections']);
    tasks.push([this.client.index(this.names.citations).deleteDocuments({ filter: stale }), 'removing old citations']);
    for (const [task, what] of tasks) await settle(task, what);
  }

  /** Removes documents (and their sections and citations) from the index. */
  async remove(docIds: string[]): Promise<void> {
    if (docIds.length === 0) return;
    const filter = `docId IN [${docIds.map(quote).join(', ')}]`;
    await settle(this.client.index(this.names.sections).deleteDocuments({ filter }), 'removing sections');
    await settle(this.client.index(this.names.citations).deleteDocuments({ filter }), 'removing citations');
    await settle(this.client.index(this.names.documents).deleteDocuments(docIds), 'removing documents');
  }

  async deleteAll(): Promise<void> {
    for (const uid of Object.values(this.names)) {
      const exists = await this.client.getIndex(uid).then(() => true, () => false);
      if (exists) await settle(this.client.deleteIndex(uid), `deleting index ${uid}`);
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
