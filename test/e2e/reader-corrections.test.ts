import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium } from '../helpers/browser.js';
import { FIXTURE_DOCS } from '../helpers/e2e-corpus.js';
import { screenshots, startE2E, type E2E } from '../helpers/e2e-app.js';

const TOKEN = 'e2e-archivist';
const FILE = FIXTURE_DOCS[0]!.file;

describe.skipIf(!haveChromium)('an archivist corrects a document from the reader', () => {
  let e2e: E2E;
  let docId: string;

  beforeAll(async () => {
    e2e = await startE2E(undefined, TOKEN);
    const list = (await (await fetch(`${e2e.base}/api/documents?perPage=100`)).json()) as {
      documents: { docId: string; file: string }[];
    };
    docId = list.documents.find((d) => d.file === FILE)!.docId;
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('a wrong token is refused with a message; the right one saves, re-indexes and shows the new values', async () => {
    const p = await e2e.context.newPage();
    await p.goto(`${e2e.base}/documents/${docId}`);
    const meta = p.locator('vk-document-meta dl');
    await meta.waitFor();
    expect(await meta.textContent()).toContain('16/10/2023');
    // Provenance: how each value was found.
    expect(await p.locator('vk-document-meta .source[data-source=header]').count()).toBeGreaterThanOrEqual(3);
    expect(await meta.textContent()).toContain('theo phần đầu văn bản');
    await p.locator('vk-metadata-editor button.edit').click();
    const form = p.locator('vk-metadata-editor form');
    await form.locator('select[name=docType]').selectOption('ket_luan');
    await form.locator('input[name=date]').fill('2023-10-18');
    await form.locator('input[name=signerName]').fill('Trần Văn Minh');
    await form.locator('input[name=token]').fill('not-the-token');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.locator('.error').textContent()).toMatch(/Mã quản trị không đúng/);
    await screenshots(p, 'reader-correction-form', (page) => page.locator('vk-metadata-editor form').waitFor());

    await form.locator('input[name=token]').fill(TOKEN);
    await form.locator('button[type=submit]').click();
    await expect
      .poll(async () => (await p.locator('vk-document-meta dl').textContent()) ?? '', { timeout: 30_000 })
      .toContain('18/10/2023');
    const shown = (await p.locator('vk-document-meta dl').textContent()) ?? '';
    expect(shown).toContain('Kết luận');
    expect(shown).toContain('Trần Văn Minh');
    expect(shown).toContain('do người lưu trữ sửa');
    expect(await p.locator('vk-metadata-editor form').count()).toBe(0);

    const doc = await (await fetch(`${e2e.base}/api/documents/${docId}`)).json();
    expect([doc.docType, doc.date, doc.signer?.name, doc.district]).toEqual([
      'ket_luan',
      '2023-10-18',
      'Trần Văn Minh',
      'Trà Cú',
    ]);
    expect(doc.metadataSource).toEqual({
      docType: 'correction',
      date: 'correction',
      signer: 'correction',
      district: 'header',
      province: 'header',
    });
    const sidecar = JSON.parse(fs.readFileSync(path.join(e2e.corpus, `${FILE}.meta.json`), 'utf8'));
    expect(sidecar).toMatchObject({
      docType: 'ket_luan',
      date: '2023-10-18',
      signer: { name: 'Trần Văn Minh', position: 'Bí thư' },
    });
    expect(e2e.problems.filter((m) => !/401/.test(m))).toEqual([]);
  });
});
