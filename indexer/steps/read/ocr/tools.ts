import fs from 'node:fs';
import { run } from './exec.js';

/** The programs OCR needs: Tesseract with Vietnamese; poppler for PDFs; ImageMagick to deskew and split TIFFs. */
export interface OcrTools {
  tesseract: string;
  /** pdftoppm (poppler-utils); null when absent: scanned PDFs cannot be OCRed. */
  pdftoppm: string | null;
  /** ImageMagick's convert/identify; null when absent: pages are OCRed as they are, multi-page TIFFs by Tesseract alone. */
  convert: string | null;
  identify: string | null;
}

export type OcrAvailability = { ok: true; tools: OcrTools } | { ok: false; reason: string };

export const OCR_INSTALL_HINT = 'apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils imagemagick';

let probe: Promise<OcrAvailability> | null = null;

/** Finds the OCR programs once per process. */
export function ocrAvailability(): Promise<OcrAvailability> {
  probe ??= findTools();
  return probe;
}

async function findTools(): Promise<OcrAvailability> {
  const tesseract = process.env.TESSERACT_PATH ?? 'tesseract';
  let langs: string;
  try {
    langs = await run(tesseract, ['--list-langs'], { timeoutMs: 15_000 });
  } catch {
    return { ok: false, reason: `Tesseract is not installed (${OCR_INSTALL_HINT})` };
  }
  if (!langs.split('\n').some((l) => l.trim() === 'vie')) {
    return { ok: false, reason: `Tesseract has no Vietnamese language data (apt-get install tesseract-ocr-vie)` };
  }
  const pdftoppm = (await works('pdftoppm', ['-v'])) ? 'pdftoppm' : null;
  // Debian's ImageMagick 6 lives in /usr/bin; a `convert` earlier on PATH may be something else entirely.
  const im = await imageMagick();
  return { ok: true, tools: { tesseract, pdftoppm, convert: im?.convert ?? null, identify: im?.identify ?? null } };
}

async function imageMagick(): Promise<{ convert: string; identify: string } | null> {
  const candidates = [
    ['/usr/bin/convert', '/usr/bin/identify'],
    ['convert', 'identify'],
  ];
  for (const [convert, identify] of candidates as [string, string][]) {
    if (convert.startsWith('/') && !fs.existsSync(convert)) continue;
    const version = await run(convert, ['-version'], { timeoutMs: 10_000 }).catch(() => '');
    if (version.includes('ImageMagick')) return { convert, identify };
  }
  return null;
}

async function works(cmd: string, args: string[]): Promise<boolean> {
  try {
    await run(cmd, args, { timeoutMs: 10_000 });
    return true;
  } catch (err) {
    // pdftoppm -v prints its version on stderr and exits 0 or 99 depending on the build.
    return /version/i.test((err as { stderr?: string }).stderr ?? '');
  }
}
