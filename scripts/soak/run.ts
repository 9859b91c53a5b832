/**
 * Soak test (not part of `npm test`): `npm run soak` — SOAK_MINUTES (30) of mixed searches from
 * SOAK_CLIENTS (16) concurrent clients against a real `npm start` on loopback, with a full
 * `npm run index -- <corpus> --reset` in the middle. Reports errors, latency and memory.
 * SOAK_START_MINUTES (30) bounds the start and first indexing. Every process it starts is stopped
 * on every way out (the end, an error, SIGINT, SIGTERM): see scripts/shared/process.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onStop, runScript, startChild, waitFor } from '../shared/process.js';
import { percentile, sortedAscending } from '../shared/stats.js';
import { keyValueTable } from '../shared/table.js';
import { rssMb } from '../shared/usage.js';
import { writeSoakCorpus } from './corpus.js';
import { soakOptions } from './options.js';
import { SOAK_PATHS, SOAK_QUERIES } from './queries.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = (s: string): boolean => process.stdout.write(`${s}\n`);
const memory = (pid: number): string => String(Math.round(rssMb(pid) ?? Number.NaN));

runScript('soak', async () => {
  const { minutes, clients, articles, startMinutes } = soakOptions(process.env);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-soak-'));
  onStop(() => fs.rmSync(work, { recursive: true, force: true }));
  return soak(work, minutes, clients, articles, startMinutes);
});

async function soak(
  work: string,
  minutes: number,
  clients: number,
  articles: number,
  startMinutes: number,
): Promise<number> {
  const corpus = path.join(work, 'corpus');
  const dataDir = path.join(work, 'data');
  const n = await writeSoakCorpus(
    corpus,
    path.join(root, 'corpus'),
    path.join(root, '../shared/datasets/vietnews-party/articles.jsonl.gz'),
    articles,
  );
  out(`soak: ${minutes} min, ${clients} clients, corpus = 5 seeds + ${n} news articles in ${corpus}`);

  const env = {
    ...process.env,
    PORT: '0',
    DATA_DIR: dataDir,
    CORPUS_DIR: corpus,
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'warn',
    ADMIN_TOKEN: 'soak',
  };
  const server = startChild(process.execPath, ['--import', 'tsx', 'cli/start.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    collect: true,
  });
  out(`server pid ${server.pid}, data in ${dataDir}`);
  await waitFor(
    "the server's start and first indexing",
    () => (/Indexed \d+ files/.test(server.output()) ? true : null),
    {
      timeoutMs: startMinutes * 60_000,
      abort: () => (server.hasExited() ? `the server exited:\n${server.output()}` : null),
    },
  );
  const base = server.output().match(/running at (http:\/\/\S+)/)![1]!;
  const meiliPid = Number(fs.readFileSync(path.join(dataDir, 'meili.pid'), 'utf8'));
  const memStart = { app: memory(server.pid), meili: memory(meiliPid) };
  const reference = 'q=covid';
  const baseline = ((await (await fetch(`${base}/api/search?${reference}`)).json()) as { total: number }).total;
  out(`server ${base}; initial indexing done; reference total for ${reference}: ${baseline}`);

  const latencies: number[] = [];
  const statuses = new Map<string, number>();
  let inconsistent = 0;
  const deadline = Date.now() + minutes * 60_000;

  async function client(id: number): Promise<void> {
    for (let i = id; Date.now() < deadline; i++) {
      const url =
        i % 10 === 9 ? SOAK_PATHS[i % SOAK_PATHS.length]! : `/api/search?${SOAK_QUERIES[i % SOAK_QUERIES.length]!}`;
      const t = performance.now();
      let key: string;
      try {
        const res = await fetch(`${base}${url}`);
        const body = await res.text();
        key = String(res.status);
        if (url.endsWith(reference) && res.status === 200 && (JSON.parse(body) as { total: number }).total !== baseline)
          inconsistent++;
      } catch (err) {
        key = `network:${(err as Error).message}`;
      }
      latencies.push(performance.now() - t);
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    }
  }

  async function reindexHalfway(): Promise<string> {
    await new Promise((r) => setTimeout(r, (minutes * 60_000) / 2));
    const started = Date.now();
    const proc = startChild(process.execPath, ['--import', 'tsx', 'cli/index-command.ts', corpus, '--reset'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      collect: true,
    });
    const code = await proc.exited;
    const text = proc.output();
    const summary = text.split('\n').find((l) => l.startsWith('Indexed')) ?? text.slice(-300);
    return `exit ${code} after ${((Date.now() - started) / 1000).toFixed(0)} s: ${summary}`;
  }

  const [reindex] = await Promise.all([reindexHalfway(), ...Array.from({ length: clients }, (_, i) => client(i))]);
  const memEnd = { app: memory(server.pid), meili: memory(meiliPid) };
  const health = (await (await fetch(`${base}/api/health`)).json()) as { documents: number };
  await server.stop();

  const sorted = sortedAscending(latencies);
  const errors = [...statuses.entries()].filter(([k]) => !k.startsWith('2')).reduce((s, [, v]) => s + v, 0);
  out(
    keyValueTable([
      ['requests', String(sorted.length)],
      ['answers by status', [...statuses.entries()].map(([k, v]) => `${k}: ${v}`).join(', ')],
      ['errors (non-2xx or network)', String(errors)],
      ['p50 / p95 / p99 ms', [50, 95, 99].map((p) => percentile(sorted, p).toFixed(1)).join(' / ')],
      ['reference answers differing from baseline', `${inconsistent} (searches must never see a half-built index)`],
      ['reindex --reset mid-run', reindex],
      ['documents at end', `${health.documents} (expected ${n + 5})`],
      ['RSS app start → end (MB)', `${memStart.app} → ${memEnd.app}`],
      ['RSS Meilisearch start → end (MB)', `${memStart.meili} → ${memEnd.meili}`],
    ]),
  );
  return errors === 0 && inconsistent === 0 && health.documents === n + 5 ? 0 : 1;
}
