/**
 * `npx tsx scripts/bench/ingest-variants.ts <prepared-dir> [--runs=1]`: the indexing changes of issue 16
 * measured alone. The records `npm run bench -- --keep` prepared (its `prepared/` folder) are pushed
 * straight into fresh indexes with the product's settings, by a Meilisearch started with 1 indexing
 * thread (Meilisearch's default on 2 cores) or every core, with and without `localizedAttributes`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestDirect } from './direct-ingest.js';
import { startBenchMeili } from './meili.js';

const prepared = path.resolve(process.argv[2] ?? '');
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 1);
if (!fs.existsSync(prepared))
  throw new Error('usage: ingest-variants.ts <prepared-dir> (from npm run bench -- --keep)');

const cores = os.availableParallelism();
const variants = [
  { threads: 1, localized: false },
  { threads: cores, localized: false },
  { threads: 1, localized: true },
  { threads: cores, localized: true },
];
const lines: string[] = [];
for (const v of variants) {
  for (let run = 0; run < runs; run++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-ingest-'));
    process.env.MEILI_MAX_INDEXING_THREADS = String(v.threads);
    const meili = await startBenchMeili(dir);
    try {
      const prefix = 'variant';
      // Meilisearch's own default (no localizedAttributes): the settings are reset after the product's.
      const reset = v.localized
        ? undefined
        : async (uid: string) => meili.client.index(uid).resetLocalizedAttributes().waitTask();
      const r = await ingestDirect(meili, prepared, prefix, reset);
      lines.push(
        `| ${v.threads} | ${v.localized ? 'vie' : '—'} | ${(r.ms / 1000).toFixed(1)} s | ${r.meiliCpuS.toFixed(0)} |`,
      );
      process.stderr.write(`${lines.at(-1)}\n`);
    } finally {
      await meili.server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}
process.stdout.write(
  `| indexing threads | localizedAttributes | wall time | Meilisearch CPU s |\n|---|---|---|---|\n${lines.join('\n')}\n`,
);
