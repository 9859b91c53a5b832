import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium } from '../helpers/browser.js';
import { makeApp, testConfig } from '../helpers/env.js';
import { screenshots, shownTotal, startE2E, type E2E } from '../helpers/e2e-app.js';

const Q = 'sốt xuất huyết';
const qs = (params: Record<string, string>) => new URLSearchParams(params).toString();

describe.skipIf(!haveChromium)('search page in Chromium', () => {
  let e2e: E2E;
  let page: Page;

  beforeAll(async () => {
    e2e = await startE2E();
  });

  afterAll(async () => {
    await e2e?.close();
  });

  async function open(path: string): Promise<Page> {
    page = await e2e.context.newPage();
    await page.goto(`${e2e.base}${path}`);
    return page;
  }

  const box = (p: Page) => p.getByRole('combobox', { name: 'Từ khóa tìm kiếm' });
  const firstHit = (p: Page) => p.locator('vk-hit').first();

  it('searches from the box and shows highlighted hits, the total and the time', async () => {
    const p = await open('/');
    await box(p).fill(Q);
    await box(p).press('Enter');
    expect(new URL(p.url()).searchParams.get('q')).toBe(Q);
    // The page opened on the newest sections (empty query); wait for the hits of this query.
    await expect.poll(() => p.locator('vk-hit mark').count()).toBeGreaterThanOrEqual(4);
    const marks = await p.locator('vk-hit mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toContain(Q);
    expect(await shownTotal(p)).toBe(await p.locator('vk-hit').count());
    expect(await p.locator('vk-result-toolbar .summary').textContent()).toMatch(/mục · \d+ ms/);
    await screenshots(p, 'search', async (pg) => firstHit(pg).waitFor());
    await p.close();
  });

  it('narrows by a district facet: the total drops, the chip shows, removing it restores', async () => {
    const p = await open(`/?${qs({ q: Q })}`);
    await firstHit(p).waitFor();
    const before = await shownTotal(p);
    const group = p.locator('vk-facet-group').filter({ hasText: 'Huyện' }).first();
    const option = group.getByRole('checkbox', { name: /Trà Cú/ });
    const facetCount = Number(await group.locator('label', { hasText: 'Trà Cú' }).locator('.count').textContent());
    await option.check();
    await expect.poll(() => new URL(p.url()).searchParams.getAll('district')).toEqual(['Trà Cú']);
    await expect.poll(() => shownTotal(p)).toBe(facetCount);
    expect(facetCount).toBeLessThan(before);
    const metas = await p.locator('vk-hit .meta').allTextContents();
    expect(metas.filter((m) => !m.includes('Trà Cú'))).toEqual([]);
    await p.getByRole('button', { name: /Bỏ lọc Huyện: Trà Cú/ }).click();
    await expect.poll(() => shownTotal(p)).toBe(before);
    await p.goBack();
    await expect.poll(() => shownTotal(p)).toBe(facetCount);
    await p.close();
  });

  it('restores a pasted URL with filters, sort and page state', async () => {
    const p = await open(`/?${qs({ q: Q, docType: 'bao_cao', sort: 'date_desc' })}`);
    await firstHit(p).waitFor();
    expect(await box(p).inputValue()).toBe(Q);
    expect(await p.getByRole('button', { name: /Bỏ lọc Loại văn bản: Báo cáo/ }).count()).toBe(1);
    expect(
      await p
        .locator('vk-facet-group')
        .filter({ hasText: 'Loại văn bản' })
        .getByRole('checkbox', { name: /Báo cáo/ })
        .isChecked(),
    ).toBe(true);
    expect(await p.locator('vk-result-toolbar select').first().inputValue()).toBe('date_desc');
    const types = await p.locator('vk-hit .type').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Báo cáo']));
    await p.close();
  });

  it('pages through everything when the query is empty', async () => {
    const p = await open('/');
    await firstHit(p).waitFor();
    const total = await shownTotal(p);
    expect(total).toBeGreaterThan(20);
    const links = () => p.locator('vk-hit h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const first = await links();
    expect(first.length).toBe(20);
    await p.getByRole('link', { name: 'Trang sau' }).click();
    await expect.poll(() => new URL(p.url()).searchParams.get('page')).toBe('2');
    await expect.poll(links).not.toEqual(first);
    expect(await p.locator('vk-hit').count()).toBe(Math.min(20, total - 20));
    expect(await p.getByRole('link', { name: 'Trang 2' }).getAttribute('aria-current')).toBe('page');
    await p.goBack();
    await expect.poll(links).toEqual(first);
    await p.close();
  });

  it('switches to results grouped by document and back with the browser', async () => {
    const p = await open(`/?${qs({ q: Q })}`);
    await firstHit(p).waitFor();
    const sections = await shownTotal(p);
    await p.getByRole('button', { name: 'Theo văn bản' }).click();
    await expect.poll(() => new URL(p.url()).searchParams.get('group')).toBe('document');
    await expect.poll(() => shownTotal(p)).toBeLessThan(sections);
    const hrefs = await p
      .locator('vk-hit h3 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(await p.locator('vk-result-toolbar .summary').textContent()).toContain('văn bản');
    await p.goBack();
    await expect.poll(() => shownTotal(p)).toBe(sections);
    expect(await p.getByRole('button', { name: 'Theo mục' }).getAttribute('aria-pressed')).toBe('true');
    await p.close();
  });

  it('suggests completions while typing and searches the chosen one', async () => {
    const p = await open('/');
    await box(p).pressSequentially('sốt xu', { delay: 30 });
    const option = p.getByRole('option', { name: /sốt xuất huyết/i }).first();
    await option.waitFor();
    await option.click();
    await expect.poll(() => new URL(p.url()).searchParams.get('q')?.toLowerCase()).toMatch(/^sốt xuất huyết/);
    await firstHit(p).waitFor();
    await p.close();
  });

  it('is usable from the keyboard: / focuses the box, arrows move through hits, Enter opens', async () => {
    const p = await open(`/?${qs({ q: Q })}`);
    await firstHit(p).waitFor();
    await p.locator('body').press('/');
    expect(await box(p).evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('ArrowDown');
    const focused = await p.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el instanceof HTMLAnchorElement ? new URL(el.href).pathname + new URL(el.href).hash : null;
    });
    const second = await p
      .locator('vk-hit')
      .nth(1)
      .locator('h3 a')
      .evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash);
    expect(focused).toBe(second);
    await p.keyboard.press('Enter');
    await expect.poll(() => new URL(p.url()).pathname + new URL(p.url()).hash).toBe(second);
    await p.locator('vk-document-page h1').waitFor();
    await p.close();
  });

  it('downloads the current results as CSV', async () => {
    const p = await open(`/?${qs({ q: Q })}`);
    await firstHit(p).waitFor();
    const total = await shownTotal(p);
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('link', { name: 'CSV' }).click()]);
    const file = await download.path();
    const body = fs.readFileSync(file);
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Rows, not lines: the whole-text column holds line breaks inside quoted cells.
    const rows = parse(body.toString('utf8').replace(/^\uFEFF/, '')) as string[][];
    expect(rows.length).toBe(total + 1);
    expect(rows[0]!.at(-1)).toBe('text');
    expect(
      rows
        .slice(1)
        .map((r) => r.at(-1))
        .join('\n')
        .toLowerCase(),
    ).toContain('sốt');
    await p.close();
  });

  it('shows the trend of matching sections per district over time', async () => {
    const p = await open(`/?${qs({ q: Q })}`);
    await firstHit(p).waitFor();
    await p.getByRole('button', { name: 'Xu hướng theo thời gian' }).click();
    await expect.poll(() => new URL(p.url()).searchParams.get('view')).toBe('trend');
    const cells = p.locator('vk-trend-view svg[aria-label^="Bản đồ nhiệt"] rect');
    await cells.first().waitFor();
    expect(await cells.count()).toBeGreaterThan(1);
    expect(await p.locator('vk-trend-view table').textContent()).toContain('Trà Cú');
    expect(await p.locator('vk-trend-view th', { hasText: /^Quý/ }).count()).toBeGreaterThan(1);
    await p.locator('vk-trend-view select').nth(1).selectOption('month');
    await expect.poll(() => new URL(p.url()).searchParams.get('interval')).toBe('month');
    await p
      .locator('vk-trend-view th', { hasText: /^10\/2023$/ })
      .first()
      .waitFor({ state: 'attached' });
    await screenshots(p, 'trend', async (pg) => pg.locator('vk-trend-view svg[aria-label^="Bản đồ nhiệt"]').waitFor());
    // A cell leads to its sections: that district, that month, the same query.
    await p.locator('vk-trend-view svg a rect[aria-label^="Trà Cú, 10/2023"]').first().click();
    await expect.poll(() => new URL(p.url()).searchParams.get('view')).toBeNull();
    const params = new URL(p.url()).searchParams;
    expect([params.get('q'), params.getAll('district'), params.get('from'), params.get('to')]).toEqual([
      Q,
      ['Trà Cú'],
      '2023-10-01',
      '2023-10-31',
    ]);
    await firstHit(p).waitFor();
    expect(await p.locator('vk-hit time').allTextContents()).toEqual(expect.arrayContaining(['16/10/2023']));
    await p.close();
  });

  it('shows an empty state that offers to drop a filter or the accents', async () => {
    const p = await open(`/?${qs({ q: 'sốt xuất huyết ở sao hỏa', docType: 'nghi_quyet' })}`);
    const notice = p.locator('vk-search-notice');
    await notice.getByRole('heading', { name: /Không tìm thấy mục nào/ }).waitFor();
    expect(await notice.getByRole('link', { name: /Tìm không dấu/ }).count()).toBe(1);
    await notice.getByRole('link', { name: /Bỏ lọc loại văn bản/ }).click();
    await expect.poll(() => new URL(p.url()).searchParams.get('docType')).toBeNull();
    expect(new URL(p.url()).searchParams.get('q')).toBe('sốt xuất huyết ở sao hỏa');
    await p.close();
  });

  it('shows an error state with a retry button when the search engine is down', async () => {
    const down: FastifyInstance = await makeApp(testConfig({ meiliUrl: 'http://127.0.0.1:9' }));
    try {
      const base = await down.listen({ host: '127.0.0.1', port: 0 });
      const p = await e2e.context.newPage();
      await p.goto(`${base}/?${qs({ q: Q })}`);
      const alert = p.locator('vk-search-notice [role="alert"]');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/Không tìm được lúc này/);
      expect(await alert.locator('p').textContent()).toMatch(/Không kết nối được máy chủ tìm kiếm/);
      expect(await p.getByRole('button', { name: 'Thử lại' }).count()).toBe(1);
      await screenshots(p, 'search-error', async () => alert.waitFor());
      await p.close();
    } finally {
      await down.close();
    }
  });

  it('ran every test above without script errors or CSP violations', () => {
    expect(e2e.problems).toEqual([]);
  });
});
