/**
 * `npm run eval:search`: the search evaluation. One run, one table: the product's search, Meilisearch
 * with default settings and plain BM25 side by side on the same sections, over
 * (1) judged queries on the seeds and Party news (test/fixtures/search), (2) ALQAC 2023, (3) Zalo / Pháp điển.
 * Uses MEILI_URL (+ MEILI_MASTER_KEY) when set, else starts the bundled Meilisearch in a temp folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { startEmbeddedMeili } from '../../lib/meili/embedded.js';
import { alqac2023, zaloPhapdien, type EvalSet } from './legal-sets.js';
import { makeEngines } from './engines.js';
import { mean } from '../shared/stats.js';
import { mrrAt, recallAt } from './metrics.js';
import { partyNote, partyRows } from './party.js';
import { readPartyQueries } from './party-corpus.js';
import { printPool } from './pool.js';
import { printTable, type Row } from './table.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const shared = process.env.SHARED_DIR ?? path.resolve(root, '../shared');
const pool = process.argv.includes('--pool');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const wanted = (name: string): boolean =>
  only.length === 0 || only.some((o) => name.toLowerCase().includes(o.toLowerCase()));

async function legalRows(set: EvalSet, url: string, key: string | undefined): Promise<Row[]> {
  const engines = await makeEngines(url, key, set.sections);
  const rows: Row[] = [];
  for (const [system, run] of [
    ['product', engines.product],
    ['meili-default', engines.meiliDefault],
    ['bm25', engines.bm25],
  ] as const) {
    const r5: number[] = [],
      r10: number[] = [],
      mrr: number[] = [];
    const started = performance.now();
    for (const [n, q] of set.queries.entries()) {
      if (n % 200 === 0) process.stderr.write(`  ${set.name} · ${system}: ${n}/${set.queries.length}\n`);
      const ranked = (await run(q.q, 'section')).map((h) => h.id);
      const rel = new Set(q.relevant);
      r5.push(recallAt(ranked, rel, 5));
      r10.push(recallAt(ranked, rel, 10));
      mrr.push(mrrAt(ranked, rel, 10));
    }
    const ms = (performance.now() - started) / set.queries.length;
    rows.push({
      set: set.name,
      system,
      metrics: { 'recall@5': mean(r5), 'recall@10': mean(r10), 'MRR@10': mean(mrr) },
      msPerQuery: ms,
    });
  }
  await engines.close();
  return rows;
}

async function main(): Promise<void> {
  let url = process.env.MEILI_URL;
  let key = process.env.MEILI_MASTER_KEY;
  let stop = async (): Promise<void> => {};
  if (!url) {
    const dir = path.join(os.tmpdir(), 'vankien-eval-meili');
    fs.mkdirSync(dir, { recursive: true });
    const meili = await startEmbeddedMeili({ dataDir: dir, logger: pino({ level: 'silent' }) });
    url = meili.url;
    key = meili.masterKey;
    stop = () => meili.stop();
  }
  const rows: Row[] = [];
  const notes: string[] = [];
  try {
    if (wanted('judged')) {
      const party = await partyRows(root, url, key);
      rows.push(...party.rows);
      notes.push(partyNote(root));
      if (pool) printPool(readPartyQueries(root), party);
      if (process.argv.includes('--per-query')) {
        for (const [id, r] of party.perQuery)
          process.stdout.write(
            `${id.padEnd(28)} ${Object.entries(r)
              .map(([k, v]) => `${k} ${v.toFixed(2)}`)
              .join('  ')}\n`,
          );
      }
    }
    const legal: (() => EvalSet)[] = [];
    if (fs.existsSync(path.join(shared, 'datasets'))) {
      if (wanted('alqac'))
        legal.push(
          () => alqac2023(shared, 'train'),
          () => alqac2023(shared, 'test'),
        );
      if (wanted('zalo')) legal.push(() => zaloPhapdien(shared));
    } else {
      notes.push(`(${shared}/datasets not found: sets (2) and (3) skipped)`);
    }
    for (const load of legal) {
      const set = load();
      notes.push(`${set.name}: ${set.note}`);
      rows.push(...(await legalRows(set, url, key)));
    }
  } finally {
    await stop();
  }
  printTable(rows, notes);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
