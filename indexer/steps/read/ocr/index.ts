import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ReadError } from '../errors.js';
import { OcrCache } from './cache.js';
import { mapLimit } from '../../../../lib/map-limit.js';
import { ExecError } from './exec.js';
import { imageFrames, PDF_DPI, preparedFrame, rasterisedPdfPage } from './pages.js';
import { ocrPage, TESSERACT_ARGS, type PageText } from './tesseract.js';
import { ocrAvailability, type OcrTools } from './tools.js';

export type { PageText } from './tesseract.js';
export { ocrAvailability, OCR_INSTALL_HINT } from './tools.js';
export { joinOcrPages, meanConfidence, pageBody } from './join.js';

/** How OCR runs for one indexing run. */
export interface OcrContext {
  /** Folder of the OCR cache (DATA_DIR/ocr-cache); no cache when unset. */
  cacheDir?: string;
  /** Called after each OCRed page: pages done and pages of the file. */
  onPage?: (done: number, total: number) => void;
  /** A scan with more pages is refused with a clear line (default DEFAULT_OCR_MAX_PAGES). */
  maxPages?: number;
}

export const DEFAULT_OCR_MAX_PAGES = 200;
/** Bumped when the page preparation changes, so cached text is read again. */
const OCR_VERSION = `1|${PDF_DPI}|${TESSERACT_ARGS.join(' ')}`;

/** OCRs every page of an image file (.png, .jpg, .tif with one or more frames). */
export async function ocrImageFile(bytes: Uint8Array, ext: string, ctx: OcrContext = {}): Promise<PageText[]> {
  return cached(bytes, 'image', ctx, async (tools, dir) => {
    const file = path.join(dir, `input${ext}`);
    await fs.writeFile(file, bytes);
    const frames =
      ext === '.tif'
        ? await imageFrames(tools, file).catch((err) => {
            throw damaged(err);
          })
        : 1;
    checkPageCount(frames, ctx);
    return ocrPages(tools, frames, dir, ctx, (i) => preparedFrame(tools, file, i, dir));
  });
}

/** OCRs the given pages (1-based) of a PDF: the pages that have no text layer. */
export async function ocrPdfPages(
  bytes: Uint8Array,
  pages: readonly number[],
  ctx: OcrContext = {},
): Promise<PageText[]> {
  checkPageCount(pages.length, ctx);
  return cached(bytes, `pdf:${pages.join(',')}`, ctx, async (tools, dir) => {
    const file = path.join(dir, 'input.pdf');
    await fs.writeFile(file, bytes);
    return ocrPages(tools, pages.length, dir, ctx, (i) => rasterisedPdfPage(tools, file, pages[i]!, dir));
  });
}

async function cached(
  bytes: Uint8Array,
  what: string,
  ctx: OcrContext,
  work: (tools: OcrTools, dir: string) => Promise<PageText[]>,
): Promise<PageText[]> {
  const cache = ctx.cacheDir ? new OcrCache(ctx.cacheDir) : null;
  const key = OcrCache.key(bytes, `${OCR_VERSION}|${what}`);
  const hit = cache?.get(key);
  if (hit) return hit;
  const available = await ocrAvailability();
  if (!available.ok) throw new ReadError(`the file is a scan and needs OCR, but ${available.reason}`, 'needs_ocr');
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vk-ocr-'));
  try {
    const pages = await work(available.tools, dir);
    cache?.set(key, pages);
    return pages;
  } finally {
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** Prepares and OCRs pages in parallel, as many at a time as there are cores. */
async function ocrPages(
  tools: OcrTools,
  count: number,
  dir: string,
  ctx: OcrContext,
  prepare: (i: number) => Promise<string>,
): Promise<PageText[]> {
  let done = 0;
  return mapLimit(
    Array.from({ length: count }, (_, i) => i),
    os.availableParallelism(),
    async (i) => {
      let image: string;
      try {
        image = await prepare(i);
      } catch (err) {
        throw damaged(err, count > 1 ? i + 1 : null);
      }
      const page = await ocrPage(tools.tesseract, image, dir).catch((err) => {
        throw damaged(err, count > 1 ? i + 1 : null);
      });
      ctx.onPage?.(++done, count);
      return page;
    },
  );
}

function checkPageCount(pages: number, ctx: OcrContext): void {
  const max = ctx.maxPages ?? DEFAULT_OCR_MAX_PAGES;
  if (pages > max) {
    throw new ReadError(
      `the scan has ${pages} pages to OCR, more than the limit of ${max} (OCR_MAX_PAGES): split it into its documents or raise the limit`,
      'too_large',
    );
  }
}

function damaged(err: unknown, page: number | null = null): ReadError {
  if (err instanceof ReadError) return err;
  const where = page ? ` (page ${page})` : '';
  const raw = err instanceof ExecError ? err.message : ((err as Error)?.message ?? String(err));
  // ImageMagick's last word on a picture it cannot decode names its own command line, not the file.
  const reason = /no images defined|improper image header|insufficient image data/i.test(raw)
    ? 'it could not be decoded'
    : raw;
  const timedOut = err instanceof ExecError && err.timedOut;
  return new ReadError(
    timedOut
      ? `OCR of the image${where} took too long: ${reason}`
      : `the image is damaged or not a picture${where} (${reason})`,
    'corrupt',
  );
}
