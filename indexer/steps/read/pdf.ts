import { getDocumentProxy } from 'unpdf';
import { countLetters } from '../../../lib/vietnamese/index.js';
import { ReadError } from './errors.js';
import { meanConfidence, ocrPdfPages, pageBody, type OcrContext } from './ocr/index.js';
import { joinPages, pageText, runFromItem } from './pdf-layout.js';
import type { ReadResult } from './result.js';

/** A page whose text layer has fewer letters than this is a scanned page: it is OCRed. */
const MIN_PAGE_LETTERS = 20;

const PARSE_TIMEOUT_MS = 60_000;

/**
 * Reads the text layer of a PDF (pdf.js through unpdf), page by page in reading order. Pages without
 * a text layer (scanned pages) are OCRed; a damaged or truncated file is reported as corrupt.
 * Never throws anything but ReadError.
 */
export async function readPdf(bytes: Uint8Array, ctx: OcrContext = {}): Promise<ReadResult> {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) throw new ReadError('not a PDF file (no %PDF header)', 'corrupt');
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  if (!tail.includes('%%EOF'))
    throw new ReadError('the PDF file is truncated (its %%EOF end marker is missing)', 'corrupt');
  const pages = await withTimeout(textLayer(bytes), PARSE_TIMEOUT_MS);
  const scanned = pages.flatMap((text, i) => (countLetters(text) < MIN_PAGE_LETTERS ? [i + 1] : []));
  if (scanned.length === 0) return { text: joinPages(pages), ocr: null };
  const ocred = await ocrPdfPages(bytes, scanned, ctx);
  scanned.forEach((page, i) => {
    pages[page - 1] = pageBody(ocred[i]!.text);
  });
  const text = joinPages(pages);
  if (countLetters(text) < MIN_PAGE_LETTERS) {
    throw new ReadError(
      `the PDF has ${pages.length} page(s) without a text layer and OCR found no text on them`,
      'empty',
    );
  }
  return { text, ocr: { confidence: meanConfidence(ocred), pages: scanned.length } };
}

/** The text of each page's text layer ('' for a scanned page). */
async function textLayer(bytes: Uint8Array): Promise<string[]> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the buffer it is given: pass a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), {
      verbosity: 0,
      isEvalSupported: false,
      stopAtErrors: false,
    } as never);
  } catch (err) {
    const name = (err as Error)?.name ?? '';
    if (name === 'PasswordException')
      throw new ReadError('the PDF is password-protected; save an unprotected copy', 'unsupported');
    throw new ReadError(`the PDF file is damaged (${shortReason(err)})`, 'corrupt');
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const runs = content.items.flatMap((item) => ('str' in item ? [runFromItem(item)] : []));
      pages.push(pageText(runs));
      page.cleanup();
    }
    return pages;
  } catch (err) {
    if (err instanceof ReadError) throw err;
    throw new ReadError(`the PDF file is damaged (${shortReason(err)})`, 'corrupt');
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadError(`the PDF could not be read within ${ms / 1000} s`, 'corrupt')), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function shortReason(err: unknown): string {
  return ((err as Error)?.message ?? String(err)).split('\n')[0]!.slice(0, 120);
}
