import path from 'node:path';
import { run } from './exec.js';
import type { OcrTools } from './tools.js';

/** Resolution scanned PDF pages are rasterised at: Tesseract reads Vietnamese diacritics best around 300 dpi. */
export const PDF_DPI = 300;

/** How many pages (frames) an image file holds; 1 when ImageMagick cannot tell. */
export async function imageFrames(tools: OcrTools, file: string): Promise<number> {
  if (!tools.identify) return 1;
  const out = await run(tools.identify, ['-quiet', '-format', '%n\n', file], { timeoutMs: 60_000 });
  const n = Number(out.split('\n')[0]);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/**
 * One page of an image file, ready for Tesseract: grey, deskewed (a skew of 2-3° loses whole lines), as
 * uncompressed PGM (writing a noisy scan as PNG costs more than OCRing it). Without ImageMagick the file
 * goes to Tesseract as it is.
 */
export async function preparedFrame(tools: OcrTools, file: string, frame: number, workDir: string): Promise<string> {
  if (!tools.convert) return file;
  return straightened(
    tools.convert,
    `${file}[${frame}]`,
    path.join(workDir, `page-${String(frame + 1).padStart(4, '0')}.pgm`),
  );
}

/** One page of a PDF rasterised by poppler, then cleaned up like a scanned image. */
export async function rasterisedPdfPage(tools: OcrTools, file: string, page: number, workDir: string): Promise<string> {
  if (!tools.pdftoppm) throw new Error(`poppler's pdftoppm is needed to OCR PDF pages (apt-get install poppler-utils)`);
  const prefix = path.join(workDir, `raw-${page}`);
  await run(
    tools.pdftoppm,
    ['-f', String(page), '-l', String(page), '-r', String(PDF_DPI), '-gray', '-singlefile', file, prefix],
    { timeoutMs: 120_000 },
  );
  const raw = `${prefix}.pgm`;
  if (!tools.convert) return raw;
  return straightened(tools.convert, raw, path.join(workDir, `page-${String(page).padStart(4, '0')}.pgm`));
}

/** Below this skew (degrees) a page is OCRed as it is: rotating costs more than it gains. */
const MIN_SKEW = 0.3;

/**
 * The skew is measured on a third-size copy (ImageMagick's deskew at full size takes seconds), then the
 * page is rotated by it, transparency flattened onto white, grey, metadata dropped.
 */
async function straightened(convert: string, input: string, out: string): Promise<string> {
  const measured = await run(
    convert,
    ['-quiet', input, '-colorspace', 'Gray', '-resize', '33%', '-deskew', '40%', '-format', '%[deskew:angle]', 'info:'],
    { timeoutMs: 120_000 },
  );
  const angle = Number.parseFloat(measured);
  const rotate =
    Number.isFinite(angle) && Math.abs(angle) >= MIN_SKEW && Math.abs(angle) <= 15 ? ['-rotate', angle.toFixed(3)] : [];
  await run(
    convert,
    [
      '-quiet',
      input,
      '-background',
      'white',
      '-alpha',
      'remove',
      '-alpha',
      'off',
      '-colorspace',
      'Gray',
      ...rotate,
      '+repage',
      '-strip',
      out,
    ],
    { timeoutMs: 120_000 },
  );
  return out;
}
