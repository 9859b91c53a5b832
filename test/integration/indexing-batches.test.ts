import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docIdFor } from '../../indexer/steps/build.js';
import { FailingStore, indexRun, sectionsOf, seedCopies, storeFor } from '../helpers/indexing.js';

const prefix = (): string => `t${crypto.randomBytes(5).toString('hex')}`;
const small = { maxBatchChars: 30_000, maxInFlight: 2, pollMs: 20 };
/** Generous: Meilisearch indexes slowly on a busy 2-core machine (this is not a speed test). */
const SLOW = 240_000;

describe('streaming in bounded batches', () => {
  it(
    'indexes every section of a corpus sent in many small batches, the same as in one batch',
    async () => {
      const corpus = seedCopies(2);
      const many = storeFor(prefix());
      const one = storeFor(prefix());
      const a = await indexRun(many, corpus, { batch: small });
      const b = await indexRun(one, corpus);
      expect(a.failed).toEqual([]);
      expect(a.indexed).toBe(10);
      expect(a.batches).toBeGreaterThan(5);
      expect(b.batches).toBe(1);
      expect(a.sections).toBe(b.sections);
      expect(await many.counts()).toEqual({ documents: 10, sections: a.sections });
      expect(await one.counts()).toEqual({ documents: 10, sections: b.sections });
    },
    SLOW,
  );

  it(
    're-indexes changed documents across batches without leaving their old sections behind',
    async () => {
      const corpus = seedCopies(3);
      const store = storeFor(prefix());
      const first = await indexRun(store, corpus, { batch: small });
      const shortened = 'copy-01/002_76f042f7985f06f7.txt';
      const before = await sectionsOf(store, docIdFor(shortened));
      expect(before).toBeGreaterThan(3);
      const text = fs.readFileSync(path.join(corpus, shortened), 'utf8');
      fs.writeFileSync(path.join(corpus, shortened), text.split('\n').slice(0, 12).join('\n'));
      fs.rmSync(path.join(corpus, 'copy-02'), { recursive: true });

      const second = await indexRun(store, corpus, { batch: small });
      expect(second).toMatchObject({ indexed: 1, unchanged: 9, removed: 5 });
      const after = await sectionsOf(store, docIdFor(shortened));
      expect(after).toBeGreaterThan(0);
      expect(after).toBeLessThan(before);
      const counts = await store.counts();
      expect(counts.documents).toBe(10);
      expect(counts.sections).toBe((first.sections / 3) * 2 - before + after);
    },
    SLOW,
  );

  it(
    'stops at a batch Meilisearch refuses, with its reason, after waiting for what was sent',
    async () => {
      const corpus = seedCopies(2);
      const store = new FailingStore(prefix(), 2);
      await expect(indexRun(store, corpus, { batch: small })).rejects.toThrow(/adding sections failed: .*document id/i);
      const tasks = await store.client.tasks.getTasks({
        indexUids: [store.names.sections],
        statuses: ['enqueued', 'processing'],
      });
      expect(tasks.results).toEqual([]);
    },
    SLOW,
  );

  it(
    'queues each batch in order: sections, citations, old records removed, the document record last',
    async () => {
      const corpus = seedCopies(2);
      const store = storeFor(prefix());
      await indexRun(store, corpus, { batch: small });
      for (const dir of fs.readdirSync(corpus)) {
        for (const f of fs.readdirSync(path.join(corpus, dir)))
          fs.appendFileSync(path.join(corpus, dir, f), '\n\nPhụ lục bổ sung.\n');
      }
      const since = (await store.client.tasks.getTasks({ limit: 1 })).results[0]!.uid;
      const run = await indexRun(store, corpus, { batch: small });
      expect(run.batches).toBeGreaterThan(3);
      const uids = Object.values(store.names);
      const tasks = (
        await store.client.tasks.getTasks({
          indexUids: uids,
          types: ['documentAdditionOrUpdate', 'documentDeletion'],
          limit: 1000,
        })
      ).results
        .filter((t) => t.uid > since)
        .sort((a, b) => a.uid - b.uid);
      // Meilisearch's queue, read in order, must be runs of [sections add, citations add?, deletions, documents add].
      const kinds = tasks.map(
        (t) =>
          `${t.indexUid === store.names.documents ? 'documents' : t.indexUid === store.names.sections ? 'sections' : 'citations'}:${t.type}`,
      );
      const batches = kinds.join(' ').split(/(?<=documents:documentAdditionOrUpdate) /);
      expect(batches).toHaveLength(run.batches ?? -1);
      for (const b of batches) {
        expect(b).toMatch(
          /^sections:documentAdditionOrUpdate( citations:documentAdditionOrUpdate)? sections:documentDeletion citations:documentDeletion documents:documentAdditionOrUpdate$/,
        );
      }
    },
    SLOW,
  );
});
