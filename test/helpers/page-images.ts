/**
 * Scanned-document fixtures made at test time from real document text (nothing binary is checked in):
 * typeset the text as A4 pages (./typeset.ts) → rasterise with pdftoppm → optionally degrade like a
 * cheap office scan with ImageMagick (slight rotation, Gaussian noise, blur; grey kept) → pack the pages
 * as PNG, JPEG, one multi-page TIFF, or an image-only PDF (no text layer).
 * Needs poppler-utils (pdftoppm) and ImageMagick 6. ImageMagick is called as /usr/bin/convert: another
 * `convert` may stand before it on PATH, and its policy forbids the PDF coder, so PDFs are built with pdf-lib.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { typesetPages, type TypesetOptions } from './typeset.js';

const run = promisify(execFile);
export const CONVERT = process.env.IMAGEMAGICK_CONVERT ?? '/usr/bin/convert';

export type ScanFormat = 'png' | 'jpg' | 'tif' | 'pdf';

export interface Degradation {
  /** Skew in degrees; the page stays A4, white shows in the corners. */
  rotateDeg: number;
  /** Gaussian noise attenuation (ImageMagick -attenuate; 0.4 is a grainy office scan). */
  noise: number;
  /** Gaussian blur sigma in pixels. */
  blur: number;
  /** Noise seed, so a fixture is the same on every run. */
  seed?: number;
}

export interface ScanOptions extends TypesetOptions {
  format: ScanFormat;
  dpi: number;
  noisy: boolean;
  /** Overrides the default degradation of a noisy scan. */
  degradation?: Partial<Degradation>;
  /** Folder for the files; a fresh temporary folder by default (the caller removes it). */
  dir?: string;
}

export interface Scan {
  /** The files to read: one per page for PNG and JPEG, one in all for TIFF and PDF. */
  files: string[];
  /** Every page as a grey PNG, degraded when noisy, before any JPEG compression. */
  pagePngs: string[];
  pages: number;
  /** The text typeset on the pages kept, one paragraph a line: the OCR reference. */
  text: string;
  pageTexts: string[];
  dir: string;
}

const GREY = ['-colorspace', 'Gray', '-type', 'Grayscale', '-depth', '8'];
export const NOISY: Degradation = { rotateDeg: 1.5, noise: 0.4, blur: 0.6, seed: 1 };

/** ImageMagick operations of a degradation, for a page of w × h pixels. */
function degradeOps(d: Degradation, w: number, h: number): string[] {
  return [
    '-seed',
    String(d.seed ?? 1),
    '-background',
    'white',
    '-rotate',
    String(d.rotateDeg),
    '-gravity',
    'center',
    '-extent',
    `${w}x${h}`,
    '+repage',
    '-blur',
    `0x${d.blur}`,
    '-attenuate',
    String(d.noise),
    '+noise',
    'Gaussian',
  ];
}

/** Width and height from a binary PGM's header ("P5 <w> <h> 255"). */
function pgmSize(file: string): [number, number] {
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(64);
  fs.readSync(fd, head, 0, 64, 0);
  fs.closeSync(fd);
  const [, w, h] = /^P5\s+(\d+)\s+(\d+)/.exec(head.toString('latin1')) ?? [];
  return [Number(w), Number(h)];
}

/**
 * pdftoppm -gray → one grey 8-bit PNG per page, in page order, degraded in the same pass when asked.
 * (poppler 22 writes an RGB PNG even with -gray, so it writes PGM here and ImageMagick makes the PNG.)
 */
export async function rasterise(
  pdf: Uint8Array,
  dpi: number,
  dir: string,
  degradation?: (page: number) => Degradation,
): Promise<string[]> {
  const src = path.join(dir, 'typeset.pdf');
  fs.writeFileSync(src, pdf);
  await run('pdftoppm', ['-r', String(dpi), '-gray', src, path.join(dir, 'page')]);
  fs.rmSync(src);
  const pgms = fs
    .readdirSync(dir)
    .filter((f) => /^page-\d+\.pgm$/.test(f))
    .sort((a, b) => parseInt(a.slice(5), 10) - parseInt(b.slice(5), 10))
    .map((f) => path.join(dir, f));
  return inParallel(pgms, async (pgm, i) => {
    const png = pgm.replace(/\.pgm$/, '.png');
    const [w, h] = pgmSize(pgm);
    await run(CONVERT, [pgm, ...(degradation ? degradeOps(degradation(i), w, h) : []), ...GREY, `png:${png}`]);
    fs.rmSync(pgm);
    return png;
  });
}

/** fn over the items, as many at a time as there are cores (one ImageMagick call holds ~150 MB). */
async function inParallel<T, R>(items: T[], fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i]!, i);
  };
  await Promise.all(Array.from({ length: Math.min(items.length, os.availableParallelism()) }, worker));
  return out;
}

/** Pixel width and height of an image. */
export async function imageSize(file: string): Promise<[number, number]> {
  const { stdout } = await run(CONVERT.replace(/convert$/, 'identify'), ['-format', '%w %h', file]);
  const [w, h] = stdout.trim().split(' ').map(Number);
  return [w!, h!];
}

/** A scanner's faults: rotate on white (cropped back to the page), slight blur (optics), then Gaussian noise (sensor), grey kept. */
export async function degrade(png: string, d: Degradation, out = png): Promise<string> {
  const [w, h] = await imageSize(png);
  await run(CONVERT, [png, ...degradeOps(d, w, h), ...GREY, `png:${out}`]);
  return out;
}

export async function toJpeg(png: string, quality = 80): Promise<string> {
  const out = png.replace(/\.png$/, '.jpg');
  await run(CONVERT, [png, '-quality', String(quality), out]);
  return out;
}

export async function toTiff(pngs: string[], out: string): Promise<string> {
  await run(CONVERT, [...pngs, '-compress', 'lzw', out]);
  return out;
}

/** An image-only PDF: one picture a page at its physical size (pixels ÷ dpi), no text layer. */
export async function toImagePdf(images: string[], dpi: number, out: string): Promise<string> {
  const doc = await PDFDocument.create();
  for (const file of images) {
    const bytes = fs.readFileSync(file);
    const image = file.endsWith('.png') ? await doc.embedPng(bytes) : await doc.embedJpg(bytes);
    const [w, h] = [(image.width * 72) / dpi, (image.height * 72) / dpi];
    doc.addPage([w, h]).drawImage(image, { x: 0, y: 0, width: w, height: h });
  }
  fs.writeFileSync(out, await doc.save());
  return out;
}

/**
 * A scan of the document's text. A noisy scan is degraded and, packed as a PDF, holds JPEG pages (what
 * scanners write); a clean one is the rasterised page as is (PNG inside a PDF).
 */
export async function makeScan(text: string, opts: ScanOptions): Promise<Scan> {
  const dir = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'scan-'));
  fs.mkdirSync(dir, { recursive: true });
  const { pdf, pageTexts, text: typeset } = await typesetPages(text, opts);
  const noise = (i: number): Degradation => ({
    ...NOISY,
    ...opts.degradation,
    seed: (opts.degradation?.seed ?? 1) + i,
  });
  const pngs = await rasterise(pdf, opts.dpi, dir, opts.noisy ? noise : undefined);
  let files: string[];
  if (opts.format === 'png') files = pngs;
  else if (opts.format === 'jpg') files = await inParallel(pngs, (p) => toJpeg(p));
  else if (opts.format === 'tif') files = [await toTiff(pngs, path.join(dir, 'scan.tif'))];
  else {
    const images = opts.noisy ? await inParallel(pngs, (p) => toJpeg(p)) : pngs;
    files = [await toImagePdf(images, opts.dpi, path.join(dir, 'scan.pdf'))];
  }
  return { files, pagePngs: pngs, pages: pngs.length, text: typeset, pageTexts, dir };
}
