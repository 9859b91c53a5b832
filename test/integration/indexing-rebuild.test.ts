import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { stagingNames } from '../../indexer/run/meili-store.js';
import type { ProgressReporter } from '../../indexer/run/progress.js';
import { FailingStore, indexExists, indexRun, seedCopies, storeFor } from '../helpers/indexing.js';
import { runCli } from '../helpers/cli.js';
import { seedsDir } from '../helpers/env.js';

const prefix = (): string => `t${crypto.randomBytes(5).toString('hex')}`;
const small = { maxBatchChars: 30_000, maxInFlight: 2, pollMs: 20 };
const SLOW = 240_000;

describe('rebuilding with --reset', () => {
  it(
    'builds beside the live index, which keeps answering with the old content until one swap',
    async () => {
      const p = prefix();
      const store = storeFor(p);
      await indexRun(store, seedsDir);
      const seen: Promise<{ documents: number; sections: number }>[] = [];
      const watcher: ProgressReporter = { update: () => void seen.push(store.counts()), finish: () => undefined };
      const summary = await indexRun(store, seedCopies(2), { reset: true, batch: small, progress: watcher });

      expect(summary.batches).toBeGreaterThan(5);
      const during = await Promise.all(seen);
      expect(during.length).toBe(10);
      for (const c of during) expect(c.documents).toBe(5);
      expect(await store.counts()).toEqual({ documents: 10, sections: summary.sections });
      for (const uid of Object.values(stagingNames(p))) expect(await indexExists(store, uid)).toBe(false);
    },
    SLOW,
  );

  it(
    'a first run with --reset (no live index yet) ends with the live indexes in place',
    async () => {
      const p = prefix();
      const store = storeFor(p);
      const summary = await indexRun(store, seedsDir, { reset: true });
      expect(summary).toMatchObject({ indexed: 5, removed: 0, failed: [] });
      expect(await store.counts()).toEqual({ documents: 5, sections: summary.sections });
      const settings = await store.client.index(store.names.sections).getSettings();
      expect(settings.searchableAttributes).toContain('textTelex');
      for (const uid of Object.values(stagingNames(p))) expect(await indexExists(store, uid)).toBe(false);
    },
    SLOW,
  );

  it(
    'a rebuild that fails leaves the old index serving and no staging index behind',
    async () => {
      const p = prefix();
      const live = storeFor(p);
      const first = await indexRun(live, seedsDir);
      await expect(indexRun(new FailingStore(p, 3), seedCopies(2), { reset: true, batch: small })).rejects.toThrow(
        /adding sections failed/,
      );
      expect(await live.counts()).toEqual({ documents: 5, sections: first.sections });
      const hit = await live.client.index(live.names.sections).search('sốt xuất huyết', { hitsPerPage: 1 });
      expect(hit.hits[0]?.file).toBe('000_dced245384db6003.txt');
      for (const uid of Object.values(stagingNames(p))) expect(await indexExists(live, uid)).toBe(false);
    },
    SLOW,
  );

  it(
    'a killed rebuild leaves the old index serving; the next rebuild clears its leftovers',
    async () => {
      const p = prefix();
      const live = storeFor(p);
      const first = await indexRun(live, seedsDir);
      const corpus = seedCopies(3);
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-test-data-'));
      const { proc: child, exited } = runCli('index-command.ts', [corpus, '--reset'], {
        MEILI_URL: inject('meiliUrl'),
        MEILI_MASTER_KEY: inject('meiliKey'),
        INDEX_PREFIX: p,
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
      });
      const staging = stagingNames(p);
      while (!(await indexExists(live, staging.citations))) await new Promise((r) => setTimeout(r, 20));
      child.kill('SIGKILL');
      await exited;

      expect(await live.counts()).toEqual({ documents: 5, sections: first.sections });
      expect(await indexExists(live, staging.sections)).toBe(true);
      const again = await indexRun(live, corpus, { reset: true });
      expect(again.indexed).toBe(15);
      expect(await live.counts()).toEqual({ documents: 15, sections: again.sections });
      for (const uid of Object.values(staging)) expect(await indexExists(live, uid)).toBe(false);
    },
    SLOW,
  );
});
