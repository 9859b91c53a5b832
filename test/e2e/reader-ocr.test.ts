import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ocrAvailability } from '../../indexer/steps/read/ocr/index.js';
import { haveChromium } from '../helpers/browser.js';
import { makeScan } from '../helpers/page-images.js';
import { FIXTURE_DOCS, partyDocument } from '../helpers/e2e-corpus.js';
import { screenshots, startE2E, type E2E } from '../helpers/e2e-app.js';

const haveOcr = (await ocrAvailability()).ok;
const SCAN = 'scans/tra-cu-thong-bao-scan.png';

describe.skipIf(!haveChromium || !haveOcr)('a scanned document in the reader', () => {
  let e2e: E2E;

  beforeAll(async () => {
    // The fixture's Trà Cú notice, printed with its two-column header and scanned grey, skewed and noisy.
    e2e = await startE2E(async (corpus) => {
      const scan = await makeScan(partyDocument(FIXTURE_DOCS[0]!), {
        format: 'png',
        dpi: 300,
        noisy: true,
        maxPages: 1,
      });
      fs.mkdirSync(path.join(corpus, 'scans'), { recursive: true });
      fs.copyFileSync(scan.files[0]!, path.join(corpus, SCAN));
      fs.rmSync(scan.dir, { recursive: true, force: true });
    });
  }, 300_000);

  afterAll(async () => {
    await e2e?.close();
  });

  it('reads the header of the scan and says the text comes from OCR, with its confidence and the original', async () => {
    const list = (await (await fetch(`${e2e.base}/api/documents?perPage=100`)).json()) as {
      documents: { docId: string; file: string }[];
    };
    const docId = list.documents.find((d) => d.file === SCAN)!.docId;
    const doc = await (await fetch(`${e2e.base}/api/documents/${docId}`)).json();
    expect([doc.district, doc.province, doc.ownNumber, doc.date, doc.docType]).toEqual([
      'Trà Cú',
      'Trà Vinh',
      '112-TB/HU',
      '2023-10-16',
      'thong_bao',
    ]);
    expect(doc.directives.map((d: { key: string }) => d.key)).toContain('10-CT/TU');

    const p = await e2e.context.newPage();
    await p.goto(`${e2e.base}/documents/${docId}`);
    const note = p.locator('vk-document-meta .ocr');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/Văn bản nhận dạng từ ảnh \(OCR\), độ tin cậy \d{2}% \(1 trang\)/);
    const href = await note.locator('a', { hasText: 'xem bản gốc' }).getAttribute('href');
    expect(href).toBe(`/api/documents/${docId}/file`);
    const original = await fetch(`${e2e.base}${href}`);
    expect(original.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await original.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    await screenshots(p, 'reader-ocr', (page) => page.locator('vk-document-meta .ocr').waitFor());
    expect(e2e.problems).toEqual([]);
  });

  it('marks the hit of the scan in the results, and only it', async () => {
    const p = await e2e.context.newPage();
    await p.goto(`${e2e.base}/?${new URLSearchParams({ q: 'chiến dịch diệt lăng quăng', group: 'document' })}`);
    await p.locator('vk-hit').first().waitFor();
    const badges = await p
      .locator('vk-hit')
      .evaluateAll((hits) =>
        hits.map((h) => [
          h.shadowRoot?.querySelector('h3 a')?.getAttribute('href') ?? '',
          h.shadowRoot?.querySelector('.ocr')?.textContent ?? null,
        ]),
      );
    expect(badges.length).toBeGreaterThanOrEqual(2);
    const list = (await (await fetch(`${e2e.base}/api/documents?perPage=100`)).json()) as {
      documents: { docId: string; file: string }[];
    };
    const scanId = list.documents.find((d) => d.file === SCAN)!.docId;
    for (const [href, badge] of badges) expect(badge, href!).toBe(href!.includes(scanId) ? 'Bản quét (OCR)' : null);
    expect(badges.some(([href]) => href!.includes(scanId))).toBe(true);
  });

  it('does not show the OCR note on a typed document', async () => {
    const p = await e2e.context.newPage();
    const list = (await (await fetch(`${e2e.base}/api/documents?perPage=100`)).json()) as {
      documents: { docId: string; file: string }[];
    };
    await p.goto(`${e2e.base}/documents/${list.documents.find((d) => d.file === FIXTURE_DOCS[0]!.file)!.docId}`);
    await p.locator('vk-document-meta dl').waitFor();
    expect(await p.locator('vk-document-meta .ocr').count()).toBe(0);
  });
});
