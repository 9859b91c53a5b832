import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium } from '../helpers/browser.js';
import { screenshots, startE2E, type E2E } from '../helpers/e2e-app.js';

const Q = 'sốt xuất huyết';

describe.skipIf(!haveChromium)('document reader and directive page in Chromium', () => {
  let e2e: E2E;

  beforeAll(async () => {
    e2e = await startE2E();
    await e2e.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.base });
  });

  afterAll(async () => {
    await e2e?.close();
  });

  const hitCounter = (p: Page) => p.locator('vk-document-page .hitnav .count');
  const activeMark = (p: Page) => p.locator('vk-document-text mark.active');

  /** Searches, then opens the hit of the fixture's Trà Cú notice (two matches in one section, one more after it). */
  async function openTraCuHit(q = Q): Promise<Page> {
    const p = await e2e.context.newPage();
    await p.goto(`${e2e.base}/?${new URLSearchParams({ q })}`);
    const hit = p.locator('vk-hit', { hasText: 'Tình hình dịch bệnh' }).first();
    await hit.locator('h3 a').click();
    await p.locator('vk-document-page h1').waitFor();
    return p;
  }

  it('opens a document at the hit and moves to the next and previous hit', async () => {
    const p = await openTraCuHit();
    const url = new URL(p.url());
    expect(url.pathname).toMatch(/^\/documents\//);
    expect(url.searchParams.get('q')).toBe(Q);
    expect(url.hash).not.toBe('');
    expect(await p.locator('vk-document-page h1').textContent()).toContain('Trà Cú');
    await expect.poll(() => hitCounter(p).textContent()).toMatch(/Chỗ khớp 1\/3/);
    expect((await activeMark(p).textContent())?.toLowerCase()).toBe(Q);
    const first = await activeMark(p).getAttribute('data-hit');
    await p.getByRole('button', { name: /Sau/ }).click();
    await expect.poll(() => hitCounter(p).textContent()).toMatch(/Chỗ khớp 2\/3/);
    expect(await activeMark(p).getAttribute('data-hit')).not.toBe(first);
    await p.keyboard.press('n');
    await expect.poll(() => hitCounter(p).textContent()).toMatch(/Chỗ khớp 3\/3/);
    await p.getByRole('button', { name: /Trước/ }).click();
    await expect.poll(() => hitCounter(p).textContent()).toMatch(/Chỗ khớp 2\/3/);
    expect(await p.locator('vk-document-meta dl').textContent()).toContain('16/10/2023');
    await screenshots(p, 'reader', async (pg) => activeMark(pg).waitFor());
    await p.close();
  });

  it('marks what the search marks: "SXH" lights up "sốt xuất huyết" in the reader', async () => {
    const p = await openTraCuHit('SXH');
    expect(new URL(p.url()).searchParams.get('q')).toBe('SXH');
    await expect.poll(() => hitCounter(p).textContent()).toMatch(/Chỗ khớp 1\/3/);
    expect((await activeMark(p).textContent())?.toLowerCase()).toBe(Q);
    const marks = await p.locator('vk-document-text mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toEqual([Q, Q, Q]);
    await p.keyboard.press('p');
    await expect.poll(() => hitCounter(p).textContent()).toMatch(/Chỗ khớp 3\/3/);
    await p.close();
  });

  it('copies a Vietnamese-style citation of the document and section', async () => {
    const p = await openTraCuHit();
    await p.getByRole('button', { name: 'Sao chép trích dẫn' }).click();
    const shown = p.locator('vk-document-page .copied .citation');
    await shown.waitFor();
    const citation = await shown.textContent();
    expect(citation).toMatch(
      /^Thông báo (số 112-TB\/HU )?ngày 16\/10\/2023 “kết luận của Ban Thường vụ Huyện ủy Trà Cú về công tác phòng, chống dịch bệnh”, mục 1\.$/,
    );
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    await p.close();
  });

  it('follows a cited number to its directive page and comes back', async () => {
    const p = await openTraCuHit();
    const readerUrl = p.url();
    await p.locator('vk-document-text a.cite', { hasText: '10-CT/TU' }).first().click();
    await p.locator('vk-directive-page h1').waitFor();
    expect(decodeURIComponent(new URL(p.url()).pathname)).toBe('/directives/10-CT/TU');
    expect(await p.locator('vk-directive-page h1').textContent()).toContain('10-CT/TU');
    const citing = p.locator('vk-directive-page li');
    expect(await citing.count()).toBeGreaterThanOrEqual(3);
    expect(await p.locator('vk-directive-page blockquote mark').first().textContent()).toBe('10-CT/TU');
    expect(await p.locator('vk-directive-page li', { hasText: 'Cầu Ngang' }).count()).toBe(1);
    await screenshots(p, 'directive', async (pg) => pg.locator('vk-directive-page h1').waitFor());
    await p.goBack();
    await p.locator('vk-document-page h1').waitFor();
    expect(p.url()).toBe(readerUrl);
    await expect.poll(() => hitCounter(p).textContent()).toMatch(/Chỗ khớp \d\/3/);
    await p.close();
  });

  it('opens a citing section from the directive page', async () => {
    const p = await e2e.context.newPage();
    await p.goto(`${e2e.base}/directives/10-CT%2FTU`);
    await p.locator('vk-directive-page li a', { hasText: 'Cầu Ngang' }).first().click();
    await p.locator('vk-document-page h1').waitFor();
    expect(await p.locator('vk-document-page h1').textContent()).toContain('Cầu Ngang');
    await expect.poll(() => activeMark(p).textContent()).toBe('10-CT/TU');
    await p.close();
  });

  it('says so when a document or a directive is unknown', async () => {
    const p = await e2e.context.newPage();
    await p.goto(`${e2e.base}/documents/khong-co-van-ban-nay`);
    await p.locator('vk-document-page [role="alert"]').waitFor();
    expect(await p.locator('vk-document-page [role="alert"]').textContent()).toContain('Không có văn bản này');
    await p.goto(`${e2e.base}/directives/999-CT%2FXX`);
    await p.locator('vk-directive-page [role="alert"]').waitFor();
    await p.close();
  });

  it('ran every test above without script errors or CSP violations', () => {
    expect(e2e.problems).toEqual([]);
  });
});
