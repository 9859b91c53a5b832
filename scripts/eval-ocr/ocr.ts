/**
 * The two OCR paths the evaluation and the bench time: the product's own reader (readDocument in
 * indexer/steps/read/index.ts, which OCRs a scan's pages in parallel) and a baseline by hand — Tesseract on one
 * page after another, single-threaded, with the same language and page segmentation.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { readDocument } from '../../indexer/steps/read/index.js';
import { ocrAvailability } from '../../indexer/steps/read/ocr/index.js';
import { CONVERT } from '../../test/helpers/page-images.js';

const run = promisify(execFile);

/**
 * Why OCR cannot be measured here (a missing tool), or null when everything is installed: the product's
 * own check, plus what the scan fixtures need (pdftoppm, ImageMagick at CONVERT).
 */
export async function missingOcrTools(): Promise<string | null> {
  const ocr = await ocrAvailability();
  if (!ocr.ok) return ocr.reason;
  if (!ocr.tools.pdftoppm) return 'pdftoppm is not installed (apt-get install poppler-utils)';
  if (!fs.existsSync(CONVERT)) return `ImageMagick is not at ${CONVERT} (apt-get install imagemagick)`;
  return null;
}

/** Reads the scan's files with the product, one after another (as the indexer reads a folder), no OCR cache. */
export async function readWithProduct(
  files: string[],
): Promise<{ text: string; confidence: number | null; ms: number }> {
  const started = performance.now();
  const texts: string[] = [];
  const confidences: number[] = [];
  for (const file of files) {
    const result = await readDocument(file);
    if (!result.ocr)
      throw new Error(`${path.basename(file)} was read without OCR: a scan fixture should have no text layer`);
    texts.push(result.text);
    if (result.ocr.confidence !== null) confidences.push(result.ocr.confidence);
  }
  const confidence = confidences.length ? confidences.reduce((a, b) => a + b, 0) / confidences.length : null;
  return { text: texts.join('\n\n'), confidence, ms: performance.now() - started };
}

/** The baseline: each page of an image-only PDF rasterised at `dpi`, then Tesseract on it, one page at a time. */
export async function tesseractSequential(
  pdf: string,
  pages: number,
  dpi: number,
  workDir: string,
): Promise<{ text: string; ms: number }> {
  const started = performance.now();
  const texts: string[] = [];
  for (let p = 1; p <= pages; p++) {
    const prefix = path.join(workDir, `baseline-${p}`);
    await run('pdftoppm', [
      '-r',
      String(dpi),
      '-gray',
      '-png',
      '-singlefile',
      '-f',
      String(p),
      '-l',
      String(p),
      pdf,
      prefix,
    ]);
    const { stdout } = await run('tesseract', [`${prefix}.png`, 'stdout', '-l', 'vie', '--psm', '3'], {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      maxBuffer: 1 << 24,
    });
    texts.push(stdout);
  }
  return { text: texts.join('\n\n'), ms: performance.now() - started };
}
