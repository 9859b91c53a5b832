/**
 * Meilisearch killed in the middle of an indexing run (the embedded, supervised server, so the
 * product restarts it): searches keep seeing the old complete index, and the next run leaves
 * exactly the documents and sections a clean run of the same corpus gives, none missing or doubled.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeiliStore, stagingNames } from '../../indexer/run/meili-store.js';
import type { ProgressReporter } from '../../indexer/run/progress.js';
import type { IndexRunOptions, IndexSummary } from '../../indexer/run/run-indexing.js';
import { createMeiliClient } from '../../lib/meili/client.js';
import { startEmbeddedMeili, type EmbeddedMeili } from '../../lib/meili/embedded.js';
import { isHealthy } from '../../lib/meili/health.js';
import { seedsDir, silentLogger } from '../helpers/env.js';
import { indexExists, indexRun, sectionsOf, seedCopies } from '../helpers/indexing.js';

const SLOW = 300_000;
const small = { maxBatchChars: 20_000, maxInFlight: 2, pollMs: 20 };
/** How the run reports the server vanishing under it. */
const DEAD = /^Meilisearch stopped answering during the run .*Run the indexer again to finish\.$/;
let meili: EmbeddedMeili;

beforeAll(async () => {
  meili = await startEmbeddedMeili({
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'vk-kill-index-')),
    logger: silentLogger,
  });
}, 60_000);
afterAll(async () => meili?.stop());

const store = (prefix: string): MeiliStore => new MeiliStore(createMeiliClient(meili.url, meili.masterKey), prefix);
const run = (s: MeiliStore, corpusDir: string, extra: Partial<IndexRunOptions> = {}): Promise<IndexSummary> =>
  indexRun(s, corpusDir, { batch: small, ...extra });

async function untilHealthy(): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await isHealthy(meili.url))) {
    if (Date.now() > deadline) throw new Error('Meilisearch did not come back');
    await new Promise((r) => setTimeout(r, 100));
  }
}

type Counts = { documents: number; sections: number };

/**
 * A progress reporter that SIGKILLs Meilisearch once `afterFiles` files are done, and records live counts
 * before that. A count still in flight when the kill lands fails; it says nothing about what the index
 * served, so it is recorded as null (and left out), not as an unhandled rejection.
 */
function killer(s: MeiliStore, afterFiles: number, seen: Promise<Counts | null>[]): ProgressReporter {
  let killed = false;
  return {
    update: (state) => {
      if (killed) return;
      if (state.done < afterFiles) {
        seen.push(s.counts().catch(() => null));
        return;
      }
      killed = true;
      process.kill(meili.pid, 'SIGKILL');
    },
    finish: () => undefined,
  };
}

/** Waits until Meilisearch has processed every task it accepted (it keeps them across the restart). */
async function tasksDone(s: MeiliStore): Promise<void> {
  const uids = Object.values(s.names);
  while (
    (await s.client.tasks.getTasks({ indexUids: uids, statuses: ['enqueued', 'processing'], limit: 1 })).results
      .length > 0
  ) {
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** file → number of sections, read from the index (every document and every section counted once). */
async function sectionsPerFile(s: MeiliStore): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const files = await s.indexedFiles();
  for (const [file, { id }] of files) out.set(file, await sectionsOf(s, id));
  return out;
}

/** What a clean, uninterrupted run of the corpus puts in the index, under its own prefix. */
async function reference(
  corpusDir: string,
  prefix: string,
): Promise<{ perFile: Map<string, number>; counts: { documents: number; sections: number } }> {
  const s = store(prefix);
  await run(s, corpusDir);
  return { perFile: await sectionsPerFile(s), counts: await s.counts() };
}

async function runOrFail(s: MeiliStore, corpusDir: string, extra: Partial<IndexRunOptions>): Promise<string> {
  try {
    await run(s, corpusDir, extra);
    return 'completed';
  } catch (err) {
    return (err as Error).message;
  }
}

describe('Meilisearch killed in the middle of an indexing run', () => {
  it(
    '--reset: the old index keeps serving, and the next run builds the complete new one',
    async () => {
      const live = store('killreset');
      const first = await run(live, seedsDir);
      const corpus = seedCopies(4);
      const seen: Promise<Counts | null>[] = [];
      const outcome = await runOrFail(live, corpus, { reset: true, progress: killer(live, 9, seen) });
      expect(outcome).toMatch(DEAD);
      await untilHealthy();
      expect(meili.restarts).toBeGreaterThanOrEqual(1);
      const counted = (await Promise.all(seen)).filter((c) => c !== null);
      expect(counted.length).toBeGreaterThanOrEqual(5);
      for (const c of counted) expect(c).toEqual({ documents: 5, sections: first.sections });
      // Back up, the live index is still the old complete one: the half-built staging one was never swapped in.
      expect(await live.counts()).toEqual({ documents: 5, sections: first.sections });
      const hit = await live.client.index(live.names.sections).search('sốt xuất huyết', { hitsPerPage: 1 });
      expect(hit.hits[0]?.file).toBe('000_dced245384db6003.txt');

      const again = await run(live, corpus, { reset: true });
      expect(again.indexed).toBe(20);
      const ref = await reference(corpus, 'killresetref');
      expect(await live.counts()).toEqual(ref.counts);
      expect(await sectionsPerFile(live)).toEqual(ref.perFile);
      for (const uid of Object.values(stagingNames('killreset'))) {
        expect(await indexExists(live, uid)).toBe(false);
      }
    },
    SLOW,
  );

  it(
    'incremental: a run of changed files cut short is completed by the next run, with no stale or doubled sections',
    async () => {
      const live = store('killincr');
      const corpus = seedCopies(4);
      await run(live, corpus);
      // Every file changes: each document must replace its old sections, the riskiest path.
      for (const dir of fs.readdirSync(corpus)) {
        for (const f of fs.readdirSync(path.join(corpus, dir))) {
          fs.appendFileSync(path.join(corpus, dir, f), '\n\nPhụ lục bổ sung: rà soát kết quả thực hiện nghị quyết.\n');
        }
      }
      const before = await sectionsPerFile(live);
      const ref = await reference(corpus, 'killincrref');
      expect(ref.counts.documents).toBe(20);
      const outcome = await runOrFail(live, corpus, { progress: killer(live, 9, []) });
      expect(outcome).toMatch(DEAD);
      await untilHealthy();
      // In between, every document is still there, each with its old or its new sections, none doubled.
      await tasksDone(live);
      const between = await sectionsPerFile(live);
      expect([...between.keys()].sort()).toEqual([...before.keys()].sort());
      for (const [file, n] of between) expect([before.get(file), ref.perFile.get(file)]).toContain(n);
      expect([...between].some(([file, n]) => n !== before.get(file))).toBe(true);

      const next = await run(live, corpus);
      expect(next.failed).toEqual([]);
      expect(await live.counts()).toEqual(ref.counts);
      expect(await sectionsPerFile(live)).toEqual(ref.perFile);
      const added = await live.client.index(live.names.sections).search('"Phụ lục bổ sung"', { hitsPerPage: 0 });
      expect(added.totalHits).toBe(20);
    },
    SLOW,
  );
});
