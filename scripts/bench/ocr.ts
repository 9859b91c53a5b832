/**
 * The bench's OCR row: a few pages of a seed typeset and scanned at test time (a clean 300 dpi
 * image-only PDF, test/helpers/page-images.ts), read by the product (readDocument: pages OCRed in
 * parallel, no cache) and, as the baseline in the same run, by hand — each page rasterised and put
 * through single-threaded Tesseract one after another. Pages per minute and CER for both; each is timed
 * twice, alternately, and the faster run kept, so a burst of other work on the machine weighs less.
 * Skipped, with the reason, when Tesseract, its Vietnamese model, pdftoppm or ImageMagick is missing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeScan } from '../../test/helpers/page-images.js';
import { seedDocuments } from '../eval-ocr/documents.js';
import { cer } from '../eval-ocr/metrics.js';
import { missingOcrTools, readWithProduct, tesseractSequential } from '../eval-ocr/ocr.js';

export interface OcrFigures {
  pagesPerMin: number;
  cer: number;
  seconds: number;
}
export type OcrBench =
  | { pages: number; dpi: number; cores: number; load: number; product: OcrFigures; baseline: OcrFigures }
  | { skipped: string };

const DPI = 300;
const RUNS = 2;

export async function measureOcr(pages: number): Promise<OcrBench> {
  const missing = await missingOcrTools();
  if (missing) return { skipped: missing };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-bench-ocr-'));
  try {
    const seed = seedDocuments()[0]!;
    const scan = await makeScan(seed.text, { format: 'pdf', dpi: DPI, noisy: false, maxPages: pages, dir });
    const figures = (text: string, ms: number): OcrFigures => ({
      pagesPerMin: scan.pages / (ms / 60_000),
      cer: cer(scan.text, text),
      seconds: ms / 1000,
    });
    const load = os.loadavg()[0]!;
    const runs: { product: OcrFigures; baseline: OcrFigures }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const product = await readWithProduct(scan.files);
      const baseline = await tesseractSequential(scan.files[0]!, scan.pages, DPI, dir);
      runs.push({ product: figures(product.text, product.ms), baseline: figures(baseline.text, baseline.ms) });
    }
    const best = (pick: (r: (typeof runs)[number]) => OcrFigures): OcrFigures =>
      runs.map(pick).reduce((a, b) => (b.seconds < a.seconds ? b : a));
    return {
      pages: scan.pages,
      dpi: DPI,
      cores: os.availableParallelism(),
      load,
      product: best((r) => r.product),
      baseline: best((r) => r.baseline),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
