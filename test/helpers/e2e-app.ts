import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { indexWith, makeApp, repoRoot, testConfig } from './env.js';
import { makeFixtureCorpus } from './e2e-corpus.js';

export const SCREENSHOT_DIR = path.join(repoRoot, 'test-output', 'screenshots');

export interface E2E {
  base: string;
  /** The indexed fixture folder (the app's CORPUS_DIR). */
  corpus: string;
  /** Script errors and console errors (CSP violations included) of every page; failed fetches left out. */
  problems: string[];
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

/** One real app on port 0 over a freshly indexed fixture corpus, and one Chromium, for a whole test file. */
export async function startE2E(addFiles?: (corpus: string) => Promise<void>, adminToken?: string): Promise<E2E> {
  const corpus = makeFixtureCorpus();
  await addFiles?.(corpus);
  const config = testConfig({ corpusDir: corpus, ...(adminToken ? { adminToken } : {}) });
  await indexWith(config, corpus);
  const app: FastifyInstance = await makeApp(config);
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await launchChromium();
  const context = await browser.newContext({
    locale: 'vi-VN',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  const problems: string[] = [];
  context.on('page', (page) => {
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource'))
        problems.push(`console: ${msg.text()}`);
    });
  });
  return {
    base,
    corpus,
    browser,
    context,
    problems,
    async close() {
      await context.close();
      await browser.close();
      await app.close();
      fs.rmSync(corpus, { recursive: true, force: true });
    },
  };
}

/** Full-page screenshots at desktop and phone widths, into test-output/screenshots/<name>-<width>.png. */
export async function screenshots(page: Page, name: string, ready: (p: Page) => Promise<unknown>): Promise<string[]> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const files: string[] = [];
  const original = page.viewportSize();
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: width > 600 ? 900 : 780 });
    await ready(page);
    const file = path.join(SCREENSHOT_DIR, `${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    files.push(file);
  }
  if (original) await page.setViewportSize(original);
  return files;
}

/** The number shown as the result total ("12 mục · 4 ms"). */
export async function shownTotal(page: Page): Promise<number> {
  const text = await page.locator('vk-result-toolbar .summary strong').textContent();
  return Number((text ?? '').replace(/\D/g, ''));
}
