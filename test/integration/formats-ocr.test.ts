import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../indexer/steps/pipeline.js';
import { ocrAvailability } from '../../indexer/steps/read/ocr/index.js';
import type { IndexSummary } from '../../indexer/run/run-indexing.js';
import type { AppConfig } from '../../lib/config.js';
import { makeCorruptPng, makeEncryptedPdf, makeLongScan, makeTextlessImage, writeFile } from '../helpers/bad-scans.js';
import { indexWith, makeApp, seedsDir, testConfig } from '../helpers/env.js';
import { makeScan, type ScanOptions } from '../helpers/page-images.js';

/** Real documents printed and scanned four ways; the expected metadata is the pipeline's on the printed text. */
const SCANS: { name: string; seed: string; opts: ScanOptions }[] = [
  { name: 'thuan-nam.png', seed: '003', opts: { format: 'png', dpi: 200, noisy: true, maxPages: 1 } },
  { name: 'cai-nuoc.jpg', seed: '004', opts: { format: 'jpg', dpi: 300, noisy: true, maxPages: 1 } },
  { name: 'phung-hiep.tif', seed: '002', opts: { format: 'tif', dpi: 300, noisy: false } },
  { name: 'tra-cu.pdf', seed: '000', opts: { format: 'pdf', dpi: 300, noisy: true } },
];

interface Expected {
  file: string;
  phrase: string;
  district: string | null;
  directives: string[];
  pages: number;
}

const haveOcr = (await ocrAvailability()).ok;
let dir: string;
let config: AppConfig;
let app: FastifyInstance;
let first: IndexSummary;
const expected: Expected[] = [];

function seedText(prefix: string): string {
  const file = fs.readdirSync(seedsDir).find((f) => f.startsWith(prefix))!;
  return fs.readFileSync(path.join(seedsDir, file), 'utf8');
}

/** Five words from the middle of the middle paragraph. */
function middlePhrase(text: string): string {
  const paragraphs = text.split('\n').filter((p) => p.split(' ').length > 20);
  const words = paragraphs[Math.floor(paragraphs.length / 2)]!.split(' ');
  const at = Math.floor(words.length / 2);
  return words
    .slice(at, at + 5)
    .join(' ')
    .replace(/[.,;:()]/g, '');
}

beforeAll(async () => {
  if (!haveOcr) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-ocr-corpus-'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-ocr-work-'));
  for (const s of SCANS) {
    const scan = await makeScan(seedText(s.seed), { ...s.opts, dir: path.join(work, s.name) });
    fs.copyFileSync(scan.files[0]!, path.join(dir, s.name));
    const parsed = parseDocument(s.name, 'h', scan.text);
    expected.push({
      file: s.name,
      phrase: middlePhrase(scan.text),
      district: parsed.metadata.district,
      directives: [...new Set(parsed.citations.map((c) => c.key))],
      pages: scan.pages,
    });
  }
  fs.copyFileSync(
    path.join(
      seedsDir,
      fs.readdirSync(seedsDir).find((f) => f.startsWith('001'))!,
    ),
    path.join(dir, 'typed.txt'),
  );
  writeFile(dir, 'locked.pdf', makeEncryptedPdf());
  writeFile(dir, 'damaged.png', makeCorruptPng());
  writeFile(dir, 'long-scan.pdf', await makeLongScan(300));
  fs.copyFileSync(makeTextlessImage(work), path.join(dir, 'photo.jpg'));
  config = testConfig({ corpusDir: dir });
  first = await indexWith(config, dir);
  app = await makeApp(config);
}, 600_000);

afterAll(async () => {
  await app?.close();
});

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode, url).toBe(200);
  return res.json();
};

describe.skipIf(!haveOcr)('scanned documents (PNG, JPEG, multi-page TIFF, image-only PDF) through OCR', () => {
  it('indexes every scan and the typed file, and reports each bad scan on one line', () => {
    expect(first.indexed).toBe(SCANS.length + 1);
    // The photo is OCRed too (one page) before it is turned away for holding no text.
    expect(first.ocrPages).toBe(expected.reduce((n, e) => n + e.pages, 0) + 1);
    const reasons = Object.fromEntries(first.failed.map((f) => [f.file, f.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['damaged.png', 'locked.pdf', 'long-scan.pdf', 'photo.jpg']);
    expect(reasons['locked.pdf']).toMatch(/password-protected/);
    expect(reasons['damaged.png']).toMatch(/damaged or not a picture/);
    expect(reasons['long-scan.pdf']).toMatch(/300 pages to OCR, more than the limit of 200 \(OCR_MAX_PAGES\)/);
    expect(reasons['photo.jpg']).toMatch(/OCR found no text/);
    for (const reason of Object.values(reasons)) expect(reason).not.toContain('\n');
  });

  it('finds each scan by a phrase from its middle, with its district and its citations', async () => {
    let [hits, extracted, cited] = [0, 0, 0];
    for (const e of expected) {
      const body = await get(`/api/search?group=document&q=${encodeURIComponent(e.phrase)}`);
      expect(body.hits[0]?.file, `${e.file}: "${e.phrase}"`).toBe(e.file);
      expect(body.hits[0].snippet).toContain('<mark>');
      const doc = await get(`/api/documents/${body.hits[0].docId}`);
      expect(e.district, e.file).not.toBeNull();
      expect(doc.district, e.file).toBe(e.district);
      const found = new Set<string>(doc.directives.map((d: { key: string }) => d.key));
      const hit = e.directives.filter((k) => found.has(k)).length;
      // One misread letter of a number costs a document with few citations a lot: each document ≥ 0.75, all ≥ 0.9.
      const f1 = e.directives.length + found.size === 0 ? 1 : (2 * hit) / (e.directives.length + found.size);
      expect(f1, `${e.file}: ${[...found].join(' ')} vs ${e.directives.join(' ')}`).toBeGreaterThanOrEqual(0.75);
      [hits, extracted, cited] = [hits + hit, extracted + found.size, cited + e.directives.length];
    }
    expect(cited).toBeGreaterThanOrEqual(8);
    expect((2 * hits) / (extracted + cited)).toBeGreaterThanOrEqual(0.9);
  });

  it('marks a document read by OCR, with its confidence, pages and original file', async () => {
    const list = await get('/api/documents?perPage=100');
    for (const d of list.documents as { docId: string; file: string }[]) {
      const doc = await get(`/api/documents/${d.docId}`);
      const scan = expected.find((e) => e.file === d.file);
      expect(doc.ocr, d.file).toBe(scan !== undefined);
      if (!scan) continue;
      expect(doc.ocrPages).toBe(scan.pages);
      expect(doc.ocrConfidence).toBeGreaterThan(80);
      const original = await app.inject({ method: 'GET', url: doc.fileUrl });
      expect(original.statusCode).toBe(200);
      expect(original.rawPayload.equals(fs.readFileSync(path.join(dir, d.file)))).toBe(true);
    }
  });

  it('filters by ocr=true and ocr=false', async () => {
    const scans = await get('/api/search?group=document&perPage=50&ocr=true');
    expect((scans.hits as { file: string }[]).map((h) => h.file).sort()).toEqual(SCANS.map((s) => s.name).sort());
    const typed = await get('/api/search?group=document&perPage=50&ocr=false');
    expect((typed.hits as { file: string }[]).map((h) => h.file)).toEqual(['typed.txt']);
    expect((await app.inject({ method: 'GET', url: '/api/search?ocr=maybe' })).statusCode).toBe(400);
  });

  it('re-indexing the unchanged folder OCRs nothing, and neither does a --reset (the OCR cache)', async () => {
    const again = await indexWith(config, dir);
    expect(again.unchanged).toBe(SCANS.length + 1);
    expect(again.ocrPages).toBe(0);
    const reset = await indexWith(config, dir, true);
    expect(reset.indexed).toBe(SCANS.length + 1);
    expect(reset.ocrPages).toBe(0);
    expect((await get(`/api/search?group=document&q=${encodeURIComponent(expected[2]!.phrase)}`)).hits[0].file).toBe(
      expected[2]!.file,
    );
  });
});
