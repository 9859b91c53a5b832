import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, launchChromium } from '../helpers/browser.js';
import { indexWith, makeApp, seedsDir, testConfig } from '../helpers/env.js';

describe.skipIf(!haveChromium)('search page in Chromium', () => {
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    const config = testConfig();
    await indexWith(config, seedsDir);
    app = await makeApp(config);
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows highlighted hits for a query typed in the box', async () => {
    const page = await browser.newPage();
    await page.goto(base);
    await page.getByRole('searchbox').fill('sốt xuất huyết');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await page.locator('vk-hit').first().waitFor();
    expect(await page.locator('vk-hit').count()).toBeGreaterThanOrEqual(2);
    const marks = await page.locator('vk-hit mark').allTextContents();
    expect(marks.join(' ')).toMatch(/sốt/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('sốt xuất huyết');
    await page.close();
  });

  it('restores the search from a pasted URL', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/?q=sot+xuat+huyet`);
    await page.locator('vk-hit').first().waitFor();
    expect(await page.getByRole('searchbox').inputValue()).toBe('sot xuat huyet');
    await page.close();
  });
});
