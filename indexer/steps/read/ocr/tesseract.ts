import fs from 'node:fs/promises';
import path from 'node:path';
import { run } from './exec.js';
import { layOut, type OcrLine } from './layout.js';

/** What Tesseract read on one page. */
export interface PageText {
  text: string;
  /** Mean word confidence, 0-100; null when no word was read. */
  confidence: number | null;
  words: number;
}

/** Tesseract's settings for these documents; part of the OCR cache key, so a change re-OCRs. */
export const TESSERACT_ARGS = ['-l', 'vie', '--psm', '3', '--oem', '1'] as const;
const PAGE_TIMEOUT_MS = 180_000;
/** Mean word confidence (0-100) under which a short line is taken for a stamp or a smudge. */
const NOISE_CONFIDENCE = 30;

/**
 * OCRs one page image. Tesseract runs single-threaded (OMP_THREAD_LIMIT=1): pages run in parallel
 * instead, which is faster on few cores. Text comes from Tesseract's TSV, so text and confidences agree.
 */
export async function ocrPage(tesseract: string, image: string, workDir: string): Promise<PageText> {
  const base = path.join(workDir, `${path.basename(image)}.ocr`);
  await run(tesseract, [image, base, ...TESSERACT_ARGS, 'tsv'], {
    timeoutMs: PAGE_TIMEOUT_MS,
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
  });
  return parseTsv(await fs.readFile(`${base}.tsv`, 'utf8'));
}

/**
 * Rebuilds plain text from Tesseract's TSV (level, page, block, paragraph, line, word, box, conf, text):
 * the lines with their boxes, laid out as text by layout.ts.
 */
export function parseTsv(tsv: string): PageText {
  const lines: (OcrLine & { conf: number; boxes: [number, number][] })[] = [];
  let confSum = 0;
  let words = 0;
  for (const row of tsv.split('\n').slice(1)) {
    const cols = row.split('\t');
    if (cols.length < 12) continue;
    if (cols[0] === '4') {
      const [left, top, width, height] = cols.slice(6, 10).map(Number) as [number, number, number, number];
      lines.push({ left, top, width, height, words: [], boxes: [], conf: 0 });
      continue;
    }
    const word = cols.slice(11).join('\t').trim();
    const conf = Number(cols[10]);
    if (cols[0] !== '5' || word === '' || !(conf >= 0) || lines.length === 0) continue;
    const line = lines.at(-1)!;
    line.words.push(word);
    line.boxes.push([Number(cols[6]), Number(cols[8])]);
    line.conf += conf;
  }
  const kept = lines.filter((l) => l.words.length > 0 && !isNoise(l));
  for (const l of kept) {
    confSum += l.conf;
    words += l.words.length;
  }
  return { text: layOut(kept), confidence: words ? confSum / words : null, words };
}

/**
 * A short line read with very low confidence is what a stamp, a signature or a smudge gives, not text:
 * Tesseract reads the curved letters of a seal as a few words it is not sure of at all.
 */
function isNoise(line: OcrLine & { conf: number }): boolean {
  return line.words.length <= 5 && line.conf / line.words.length < NOISE_CONFIDENCE;
}
