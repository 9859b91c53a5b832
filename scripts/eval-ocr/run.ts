/**
 * `npm run eval:ocr`: how well the product reads scans. Each document (the five seeds and ten real pages of
 * party-docs-dev, see documents.ts) is typeset as A4 pages and scanned twice at test time — "clean"
 * (300 dpi as is) and "noisy" (200-300 dpi, skewed, blurred, grainy; see variants.ts) — then read back
 * with the product's own reader (readDocument, no OCR cache) and compared with the text typeset:
 * pages/minute, character error rate (mean, worst) and F1 of the citation keys the pipeline extracts.
 *   npm run eval:ocr                                  the tables
 *   npm run eval:ocr -- --details                     and every document, and what the OCR got wrong
 *   npm run eval:ocr -- --max-pages=0                 whole documents (38 pages a variant, not 24; ~15 min)
 *   npm run eval:ocr -- --only=dev/ --variants=noisy  some documents / variants; --keep keeps the scans
 * Exits non-zero on an error (missing tool, unreadable scan), never because of a figure.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mapLimit } from '../../lib/map-limit.js';
import { makeScan, type Scan, type ScanOptions } from '../../test/helpers/page-images.js';
import { tallyDiffs, top, wordDiffs, type Tally } from './confusions.js';
import { evalDocuments, type SourceDocument } from './documents.js';
import { cer, citationKeys, compareKeys } from './metrics.js';
import { missingOcrTools, readWithProduct } from './ocr.js';
import { detailTable, summaryTable, type DocResult } from './table.js';
import { describeScan, scanOptions, VARIANTS, type VariantName } from './variants.js';

const arg = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const flag = (name: string): boolean => process.argv.includes(`--${name}`);
/** Pages a document at most by default: 24 pages a variant, the run within ~10 minutes on two cores. */
const DEFAULT_MAX_PAGES = 3;
const log = (msg: string): void => void process.stderr.write(`[eval:ocr] ${msg}\n`);

interface Job {
  doc: SourceDocument;
  variant: VariantName;
  options: ScanOptions;
  scan?: Scan;
}

async function buildScans(jobs: Job[], workDir: string): Promise<void> {
  await mapLimit(jobs, os.availableParallelism(), async (j) => {
    j.scan = await makeScan(j.doc.text, {
      ...j.options,
      dir: path.join(workDir, j.doc.id.replace('/', '-'), j.variant),
    });
  });
}

async function main(): Promise<void> {
  const missing = await missingOcrTools();
  if (missing) throw new Error(`cannot evaluate OCR: ${missing}`);
  const maxPages = Number(arg('max-pages') ?? DEFAULT_MAX_PAGES) || undefined;
  const only = arg('only')?.split(',') ?? [];
  const variants = (arg('variants')?.split(',') ?? VARIANTS) as VariantName[];
  // A document's scans follow from its place in the whole list, so --only builds the same files.
  const chosen = evalDocuments()
    .map((doc, k) => ({ doc, k }))
    .filter(({ doc }) => only.length === 0 || only.some((o) => doc.id.includes(o)));
  const docs = chosen.map((c) => c.doc);
  const jobs: Job[] = chosen.flatMap(({ doc, k }) =>
    variants.map((variant) => ({ doc, variant, options: scanOptions(variant, k, maxPages) })),
  );
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-eval-ocr-'));
  const load = os.loadavg()[0]!.toFixed(1);

  let started = performance.now();
  await buildScans(jobs, workDir);
  log(
    `${jobs.length} scans, ${jobs.reduce((n, j) => n + j.scan!.pages, 0)} pages built in ${((performance.now() - started) / 1000).toFixed(0)} s in ${workDir}`,
  );

  const results: DocResult[] = [];
  const words = new Map<VariantName, Tally>(variants.map((v) => [v, new Map()]));
  const letters = new Map<VariantName, Tally>(variants.map((v) => [v, new Map()]));
  started = performance.now();
  for (const [n, { doc, variant, options, scan }] of jobs.entries()) {
    const ocr = await readWithProduct(scan!.files);
    const r: DocResult = {
      id: doc.id,
      variant,
      scan: describeScan(options),
      format: options.format,
      pages: scan!.pages,
      ms: ocr.ms,
      cer: cer(scan!.text, ocr.text),
      confidence: ocr.confidence,
      citations: compareKeys(citationKeys(scan!.text), citationKeys(ocr.text)),
    };
    results.push(r);
    tallyDiffs(wordDiffs(scan!.text, ocr.text), words.get(variant)!, letters.get(variant)!);
    log(
      `${n + 1}/${jobs.length} ${doc.id} ${variant} (${r.scan}): ${r.pages} pages in ${(r.ms / 1000).toFixed(1)} s, CER ${(100 * r.cer).toFixed(2)}%`,
    );
  }
  const ocrSeconds = (performance.now() - started) / 1000;

  const tesseract = execFileSync('tesseract', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  const out = [
    `OCR evaluation: ${docs.length} documents × ${variants.join(' / ')}, ${results.reduce((n, r) => n + r.pages, 0)} pages OCRed in ${ocrSeconds.toFixed(0)} s ` +
      `by the product's reader (no OCR cache) on ${os.availableParallelism()} cores (load average ${load} at the start), ${tesseract}${maxPages ? `; at most ${maxPages} pages a document` : ''}`,
    '',
    summaryTable(results, variants),
    '',
    'CER: Levenshtein distance ÷ reference length, both NFC with whitespace collapsed and ** removed; reference = the text typeset.',
    'Citations: keys the pipeline (parseDocument) extracts from the OCR text vs from the reference, summed over documents (micro F1).',
  ];
  if (flag('details')) {
    out.push('', detailTable(results));
    for (const v of variants) {
      out.push('', `Most frequent differences, ${v} (reference → OCR):`, ...top(words.get(v)!, 30));
      out.push('', `Letters changed inside one-word differences, ${v}:`, ...top(letters.get(v)!, 25));
    }
  }
  const json = path.join(os.tmpdir(), 'vankien-eval-ocr.json');
  fs.writeFileSync(json, JSON.stringify(results, null, 2));
  if (flag('keep')) log(`scans kept in ${workDir}`);
  else fs.rmSync(workDir, { recursive: true, force: true });
  log(`per-document results in ${json}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`eval:ocr failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
