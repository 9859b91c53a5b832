import { countLetters } from '../../../lib/vietnamese/index.js';
import { ReadError } from './errors.js';
import { joinOcrPages, ocrImageFile, type OcrContext } from './ocr/index.js';
import type { ReadResult } from './result.js';

/** Fewer letters than this on every page: a photo, a blank page or a stamp, not a document. */
const MIN_LETTERS = 12;

/** Reads a scanned page image (PNG, JPEG, TIFF with one or more pages) by OCR. */
export async function readImage(
  bytes: Uint8Array,
  ext: '.png' | '.jpg' | '.tif',
  ctx: OcrContext,
): Promise<ReadResult> {
  checkMagic(bytes, ext);
  const pages = await ocrImageFile(bytes, ext, ctx);
  const joined = joinOcrPages(pages);
  if (countLetters(joined.text) < MIN_LETTERS) {
    throw new ReadError(
      `OCR found no text in the image (${pages.length} page${pages.length > 1 ? 's' : ''}): a photo or a blank page?`,
      'empty',
    );
  }
  return { text: joined.text, ocr: { confidence: joined.confidence, pages: joined.pages } };
}

const MAGIC: Record<string, { name: string; test: (b: Uint8Array) => boolean }> = {
  '.png': { name: 'PNG', test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  '.jpg': { name: 'JPEG', test: (b) => b[0] === 0xff && b[1] === 0xd8 },
  '.tif': {
    name: 'TIFF',
    test: (b) => (b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a) || (b[0] === 0x4d && b[1] === 0x4d && b[3] === 0x2a),
  },
};

/**
 * A file whose bytes are no picture gets a clear line before any program is run on it. A picture of
 * another kind than its name says (a PNG saved as .jpg) is read all the same: the programs sniff the bytes.
 */
function checkMagic(bytes: Uint8Array, ext: string): void {
  if (Object.values(MAGIC).some((m) => m.test(bytes))) return;
  const name = MAGIC[ext]!.name;
  throw new ReadError(`not a ${name} image (its first bytes are no PNG, JPEG or TIFF signature)`, 'corrupt');
}
