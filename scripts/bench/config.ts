import os from 'node:os';
import path from 'node:path';

/** What one `npm run bench` does; every knob is an environment variable or a `--name=value` flag. */
export interface BenchConfig {
  /** Sections the generated archive should hold (the indexer's own count is reported). */
  sections: number;
  seed: number;
  /** Work folder: generated archive, prepared records, Meilisearch data. Reused across runs. */
  workDir: string;
  /** Seconds of load per search measurement (one concurrency level, one target). */
  loadSeconds: number;
  concurrency: number[];
  /** Keep the bench Meilisearch data after the run (to re-run searches by hand). */
  keep: boolean;
  /** Skip the indexing part and measure search only on an index kept by an earlier run. */
  searchOnly: boolean;
  /** Skip the pipeline-alone and direct-ingestion ceiling (e.g. measured at a smaller size already). */
  skipDirect: boolean;
  /** Pages of the OCR row (a scanned seed read by the product and by sequential Tesseract); 0 skips it. */
  ocrPages: number;
}

function arg(name: string): string | undefined {
  const flag = process.argv.find((a) => a.startsWith(`--${name}=`));
  return flag ? flag.slice(name.length + 3) : process.env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`];
}

function num(name: string, fallback: number): number {
  const raw = arg(name);
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, got "${raw}"`);
  return value;
}

export function loadBenchConfig(): BenchConfig {
  const sections = Math.round(num('sections', 20_000));
  return {
    sections,
    seed: Math.round(num('seed', 7)),
    workDir: path.resolve(arg('dir') ?? path.join(os.tmpdir(), 'vankien-bench')),
    loadSeconds: num('seconds', sections >= 200_000 ? 20 : 8),
    concurrency: (arg('concurrency') ?? '1,8,32')
      .split(',')
      .map(Number)
      .filter((n) => n > 0),
    keep: arg('keep') === '1' || process.argv.includes('--keep'),
    searchOnly: arg('search-only') === '1' || process.argv.includes('--search-only'),
    skipDirect: arg('skip-direct') === '1' || process.argv.includes('--skip-direct'),
    ocrPages: arg('ocr-pages') === '0' || process.argv.includes('--skip-ocr') ? 0 : Math.round(num('ocr-pages', 4)),
  };
}

/** Usage, printed by --help. */
export const USAGE = `npm run bench [-- --sections=1000000] [--seconds=20] [--concurrency=1,8,32] [--dir=/tmp/vankien-bench] [--keep] [--search-only] [--skip-direct] [--ocr-pages=4 | --skip-ocr]
Environment equivalents: BENCH_SECTIONS, BENCH_SECONDS, BENCH_CONCURRENCY, BENCH_DIR, BENCH_KEEP=1, BENCH_SEARCH_ONLY=1, BENCH_SKIP_DIRECT=1, BENCH_OCR_PAGES (0 skips OCR).
Quick run (default): 2×10^4 sections, a few minutes. Full run: --sections=1000000.`;
