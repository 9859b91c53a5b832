import fs from 'node:fs/promises';
import path from 'node:path';
import { fixLegacyEncoding } from '../../../lib/vietnamese/legacy-encodings.js';
import { readOfficeDocument, sniffOfficeKind } from './doc.js';
import { readDocx } from './docx.js';
import { ReadError } from './errors.js';
import { readHtml } from './html.js';
import { readPdf } from './pdf.js';
import type { ReadResult } from './result.js';
import { readImage } from './image.js';
import type { OcrContext } from './ocr/index.js';
import { decodeTextBytes } from './text-decode.js';

export { ReadError } from './errors.js';

export type { OcrSummary, ReadResult } from './result.js';

/** A reader turns a file's bytes into plain text (or text with its OCR details). */
export type Reader = (
  bytes: Uint8Array,
  file: string,
  ctx: OcrContext,
) => Promise<string | ReadResult> | string | ReadResult;

const readers: Record<string, Reader> = {
  '.txt': (bytes) => decodeTextBytes(bytes),
  // An old Word or RTF file renamed .docx (common in archives) is read as what its bytes are.
  '.docx': (bytes, file) =>
    ['ole2', 'rtf'].includes(sniffOfficeKind(bytes)) ? readOfficeDocument(bytes, file) : readDocx(bytes),
  '.pdf': (bytes, _file, ctx) => readPdf(bytes, ctx),
  '.html': (bytes) => readHtml(bytes),
  '.htm': (bytes) => readHtml(bytes),
  '.doc': readOfficeDocument,
  '.rtf': readOfficeDocument,
  '.odt': readOfficeDocument,
  '.png': (bytes, _file, ctx) => readImage(bytes, '.png', ctx),
  '.jpg': (bytes, _file, ctx) => readImage(bytes, '.jpg', ctx),
  '.jpeg': (bytes, _file, ctx) => readImage(bytes, '.jpg', ctx),
  '.tif': (bytes, _file, ctx) => readImage(bytes, '.tif', ctx),
  '.tiff': (bytes, _file, ctx) => readImage(bytes, '.tif', ctx),
};

export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** One document's text at most; more is almost always several documents in one file. */
export const MAX_TEXT_CHARS = 5_000_000;

export function isSupportedFile(file: string): boolean {
  return Object.hasOwn(readers, path.extname(file).toLowerCase());
}

export function supportedExtensions(): string[] {
  return Object.keys(readers);
}

/** Reads one file into raw text (see readDocument). */
export async function readDocumentText(file: string, ctx: OcrContext = {}): Promise<string> {
  return (await readDocument(file, ctx)).text;
}

/**
 * Reads one file into raw text (not yet normalised); scans (images, PDF pages without a text layer) are
 * OCRed. Text in a legacy 8-bit Vietnamese encoding (TCVN3, VNI), whatever the format carried it, is
 * converted to Unicode here. Throws ReadError with a clear message.
 */
export async function readDocument(file: string, ctx: OcrContext = {}): Promise<ReadResult> {
  const reader = readers[path.extname(file).toLowerCase()];
  if (!reader) throw new ReadError(`unsupported file type "${path.extname(file)}"`, 'unsupported');
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_FILE_BYTES)
      throw new ReadError(`the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`, 'too_large');
    bytes = await fs.readFile(file);
  } catch (err) {
    if (err instanceof ReadError) throw err;
    throw new ReadError(
      `cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
      'io',
    );
  }
  if (bytes.length === 0) throw new ReadError('the file is empty', 'empty');
  let result: ReadResult;
  try {
    const read = await reader(bytes, file, ctx);
    result = typeof read === 'string' ? { text: read, ocr: null } : read;
  } catch (err) {
    if (err instanceof ReadError) throw err;
    throw new ReadError(`cannot read the file (${(err as Error)?.message ?? String(err)})`, 'corrupt');
  }
  const { text } = result;
  if (text.trim() === '')
    throw new ReadError(result.ocr ? 'OCR found no text in the scan' : 'the file holds no text', 'empty');
  if (text.length > MAX_TEXT_CHARS) {
    throw new ReadError(
      `the file holds ${(text.length / 1e6).toFixed(1)} million characters of text, more than one document ` +
        `(limit ${MAX_TEXT_CHARS / 1e6} million): split it into its documents`,
      'too_large',
    );
  }
  return { text: fixLegacyEncoding(text).text, ocr: result.ocr };
}
