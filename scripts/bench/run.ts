/**
 * `npm run bench`: one table, every figure measured in this run on the same generated archive.
 *   1. generate (or reuse) an archive of --sections sections from the real datasets;
 *   2. run the product's pipeline alone, writing the records it would send (the ceiling's input);
 *   3. push those records straight into Meilisearch (the ceiling), then drop them;
 *   4. index the archive with the product's own `npm run index -- <dir> --reset`;
 *   5. serve the product's API and load it and Meilisearch with the same mixed queries;
 *   6. time ripgrep over the same files, and facet-heavy / trend queries;
 * and, before all that, OCR a few scanned pages with the product and with sequential Tesseract (ocr.ts).
 * See scripts/bench/config.ts for the knobs (size, seconds, concurrency, work folder).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runScript } from '../shared/process.js';
import { generateArchive } from './corpus/generate.js';
import { loadBenchConfig, USAGE } from './config.js';
import { ingestDirect } from './direct-ingest.js';
import { startApi } from './api-server.js';
import { diskBytes, indexSizes, startBenchMeili } from './meili.js';
import { indexWithProduct, repoRoot } from './product-index.js';
import { measureOcr } from './ocr.js';
import { measureSearch } from './search-phase.js';
import { measureLists } from './list-phase.js';
import { formatListTable, formatTable, type BenchResults, type PipelineOnly } from './table.js';

const PREFIX = 'bench';
const log = (msg: string): void => void process.stderr.write(`[bench] ${msg}\n`);

function runPipelineAlone(corpusDir: string, outDir: string): PipelineOnly {
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/prepare-child.ts', corpusDir, outDir], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (res.status !== 0) throw new Error(`pipeline run failed:\n${res.stderr.slice(-3000)}`);
  return JSON.parse(res.stdout.trim().split('\n').pop()!) as PipelineOnly;
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadBenchConfig();
  const corpusDir = path.join(config.workDir, `archive-${config.sections}-s${config.seed}`);
  const meiliDir = path.join(config.workDir, `meili-${config.sections}`);
  log(`work folder ${config.workDir}; archive of ${config.sections} sections`);
  const archive = await generateArchive(corpusDir, config.sections, config.seed, (m) =>
    log(`generating: ${m.files} files, ${m.sections} sections`),
  );
  const results: BenchResults = {
    corpus: { files: archive.files, bytes: archive.bytes, dir: corpusDir },
    pipeline: null,
    direct: null,
    product: null,
    indexSize: null,
    sectionsInIndex: 0,
    queryCount: 0,
    api: [],
    meili: [],
    rg: null,
    heavy: [],
    ocr: null,
    lists: [],
  };

  // First, while the bench has started nothing else: OCR is CPU-bound and parallel.
  if (config.ocrPages > 0) {
    log(`OCR: ${config.ocrPages} scanned pages, the product and sequential tesseract`);
    results.ocr = await measureOcr(config.ocrPages);
    if ('skipped' in results.ocr) log(`OCR skipped: ${results.ocr.skipped}`);
  }
  const ceiling = !config.searchOnly && !config.skipDirect;
  if (ceiling) {
    log('pipeline alone (no Meilisearch)');
    const prepared = path.join(config.workDir, 'prepared');
    results.pipeline = runPipelineAlone(corpusDir, prepared);
  }
  if (!config.searchOnly) fs.rmSync(meiliDir, { recursive: true, force: true });
  const meili = await startBenchMeili(meiliDir);
  try {
    if (ceiling) {
      log('Meilisearch alone: the prepared records pushed directly');
      results.direct = await ingestDirect(meili, path.join(config.workDir, 'prepared'), `${PREFIX}-direct`);
      await meili.client.deleteIndex(`${PREFIX}-direct-sections`).waitTask();
      await meili.client.deleteIndex(`${PREFIX}-direct-documents`).waitTask();
      await meili.client.deleteIndex(`${PREFIX}-direct-citations`).waitTask();
      if (!config.keep) fs.rmSync(path.join(config.workDir, 'prepared'), { recursive: true, force: true });
    }
    if (!config.searchOnly) {
      log('the product: npm run index -- <archive> --reset');
      results.product = await indexWithProduct(meili, corpusDir, path.join(config.workDir, 'data'), PREFIX);
      log(results.product.output);
      results.indexSize = { usedDb: (await indexSizes(meili.client)).usedDb, du: diskBytes(meili.dbPath) };
      fs.writeFileSync(path.join(config.workDir, `indexing-${config.sections}.json`), JSON.stringify(results, null, 2));
    }
    results.sectionsInIndex = (await meili.client.index(`${PREFIX}-sections`).getStats()).numberOfDocuments;
    // The main table's search rows measure the API with its cache off (figures comparable across
    // runs and versions); the list table measures it off and on (SEARCH_CACHE).
    const api = await startApi(meili, PREFIX, { SEARCH_CACHE: 'off' });
    const cached = await startApi(meili, PREFIX, { SEARCH_CACHE: 'on' });
    try {
      const figures = await measureSearch({
        config,
        meili,
        apiUrl: api.url,
        sectionsIndex: `${PREFIX}-sections`,
        corpusDir,
      });
      Object.assign(results, figures);
      results.lists = await measureLists({
        meili,
        sectionsIndex: `${PREFIX}-sections`,
        picks: figures.picks,
        apiOn: cached.url,
        apiOff: api.url,
        concurrency: config.concurrency,
        seconds: config.loadSeconds,
        seed: config.seed,
      });
    } finally {
      await api.stop();
      await cached.stop();
    }
  } finally {
    await meili.server.stop();
    if (!config.keep) fs.rmSync(meiliDir, { recursive: true, force: true });
  }
  const out = path.join(config.workDir, `results-${config.sections}.json`);
  fs.writeFileSync(out, JSON.stringify(results, null, 2));
  log(`details in ${out}`);
  process.stdout.write(`\n${formatTable(results)}\n\n${formatListTable(results.lists)}\n`);
}

runScript('bench', main);
