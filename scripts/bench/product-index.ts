import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startChild } from '../shared/process.js';
import { cpuSeconds, rssMb } from '../shared/usage.js';
import type { BenchMeili } from './meili.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ProductIndexResult {
  ms: number;
  files: number;
  sections: number;
  /** Peak resident memory of the indexer process (GNU time's maximum RSS). */
  maxRssMb: number;
  indexerCpuS: number;
  meiliCpuS: number;
  meiliPeakRssMb: number;
  output: string;
}

/**
 * The product's own command, `npm run index -- <corpus> --reset`, run as users run it (the
 * same entry point, a fresh DATA_DIR so no hash cache helps), against the bench Meilisearch.
 */
export async function indexWithProduct(
  meili: BenchMeili,
  corpusDir: string,
  dataDir: string,
  prefix: string,
): Promise<ProductIndexResult> {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const env = {
    ...process.env,
    MEILI_URL: meili.server.url,
    MEILI_MASTER_KEY: meili.server.masterKey,
    INDEX_PREFIX: prefix,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  const meiliPid = meili.server.pid;
  const cpuBefore = cpuSeconds(meiliPid);
  let meiliPeak = 0;
  const sampler = setInterval(() => {
    meiliPeak = Math.max(meiliPeak, rssMb(meiliPid) ?? 0);
  }, 500);
  const started = performance.now();
  const child = startChild(
    '/usr/bin/time',
    ['-f', 'TIME %e %U %S %M', process.execPath, '--import', 'tsx', 'cli/index-command.ts', corpusDir, '--reset'],
    { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.process.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.process.stderr!.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const code = await child.exited;
  const ms = performance.now() - started;
  clearInterval(sampler);
  const time = err.match(/TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/);
  if (code !== 0 || !time) throw new Error(`npm run index failed (exit ${code}):\n${out}\n${err.slice(-3000)}`);
  const summary = out.match(/Indexed (\d+) files \((\d+) sections\)/);
  return {
    ms,
    files: Number(summary?.[1] ?? 0),
    sections: Number(summary?.[2] ?? 0),
    maxRssMb: Number(time[4]) / 1024,
    indexerCpuS: Number(time[2]) + Number(time[3]),
    meiliCpuS: cpuSeconds(meiliPid) - cpuBefore,
    meiliPeakRssMb: meiliPeak,
    output: out.trim(),
  };
}
