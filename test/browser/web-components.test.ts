import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, launchChromium } from '../helpers/browser.js';

const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'web-fixtures/components-entry.ts');
const ORIGIN = 'http://components.test';

/** Serves a blank page plus the bundled components from a fake origin, so history and links behave as on the real site. */
async function openPage(browser: Browser, script: string): Promise<Page> {
  const page = await browser.newPage();
  await page.route(`${ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/bundle.js') return route.fulfill({ contentType: 'text/javascript', body: script });
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="vi"><body><script type="module" src="/bundle.js"></script></body></html>',
    });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => 'vk' in window);
  return page;
}

describe.skipIf(!haveChromium)('components in Chromium', () => {
  let browser: Browser;
  let script: string;

  beforeAll(async () => {
    const out = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    script = out.outputFiles[0]!.text;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('renders snippet marks as elements and any markup in the text as text', async () => {
    const page = await openPage(browser, script);
    const result = await page.evaluate(async () => {
      (window as unknown as { pwned: boolean }).pwned = false;
      const el = document.createElement('vk-snippet') as HTMLElement & {
        snippet: string;
        updateComplete: Promise<unknown>;
      };
      el.snippet =
        'trước &lt;script&gt;window.pwned=true&lt;/script&gt; <mark>sốt</mark> <mark>xuất</mark> ' +
        '<script>window.pwned=true</script><img src=x onerror="window.pwned=true"> &amp; <b>đậm</b>';
      document.body.append(el);
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      const root = el.shadowRoot!;
      return {
        marks: [...root.querySelectorAll('mark')].map((m) => m.textContent),
        elements: [...root.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()).filter((t) => t !== 'style'),
        text: root.textContent,
        pwned: (window as unknown as { pwned: boolean }).pwned,
      };
    });
    expect(result.marks).toEqual(['sốt xuất']);
    expect(result.elements).toEqual(['mark']);
    expect(result.text).toContain('<script>window.pwned=true</script>');
    expect(result.text).toContain('<img src=x onerror="window.pwned=true"> & <b>đậm</b>');
    expect(result.pwned).toBe(false);
    await page.close();
  });

  it('renders a section with highlighted hits, linked document numbers and hostile text kept as text', async () => {
    const page = await openPage(browser, script);
    const result = await page.evaluate(async () => {
      const vk = (window as unknown as { vk: { prepareReaderText: (s: unknown[]) => { sections: unknown[] } } }).vk;
      const text =
        '3.3. Kiểm tra\nViệc chấp hành Chỉ thị số 10-CT/TU về rượu, bia; <script>window.pwned=true</script> sốt xuất huyết.';
      const at = text.indexOf('sốt xuất huyết');
      const reader = vk.prepareReaderText([
        {
          sectionId: 's1',
          heading: '3.3. Kiểm tra',
          path: ['3.', '3.3.'],
          directives: ['10-CT/TU'],
          text,
          marks: [[at, at + 'sốt xuất huyết'.length]],
        },
      ]);
      const el = document.createElement('vk-document-text') as HTMLElement & {
        sections: unknown[];
        activeHit: number;
        updateComplete: Promise<unknown>;
      };
      el.sections = reader.sections;
      el.activeHit = 0;
      document.body.append(el);
      await el.updateComplete;
      const root = el.shadowRoot!;
      return {
        heading: root.querySelector('[role="heading"]')?.textContent,
        level: root.querySelector('[role="heading"]')?.getAttribute('aria-level'),
        links: [...root.querySelectorAll('a.cite')].map((a) => [a.textContent, a.getAttribute('href')]),
        active: root.querySelector('mark.active')?.textContent,
        scripts: root.querySelectorAll('script').length,
        pwned: (window as unknown as { pwned?: boolean }).pwned ?? false,
      };
    });
    expect(result.heading?.trim()).toBe('3.3. Kiểm tra');
    expect(result.level).toBe('3');
    expect(result.links).toEqual([['10-CT/TU', '/directives/10-CT%2FTU']]);
    expect(result.active).toBe('sốt xuất huyết');
    expect(result.scripts).toBe(0);
    expect(result.pwned).toBe(false);
    await page.close();
  });

  it("names the document's relation after the first link to each cited number in a section, small and once", async () => {
    const page = await openPage(browser, script);
    const result = await page.evaluate(async () => {
      const vk = (window as unknown as { vk: { prepareReaderText: (s: unknown[]) => { sections: unknown[] } } }).vk;
      const text = vk.prepareReaderText([
        {
          sectionId: 's1',
          heading: null,
          path: [],
          directives: ['10-CT/TU', '11-QĐI/TW'],
          marks: [],
          text: 'Thực hiện Chỉ thị số 10-CT/TU; quán triệt Chỉ thị 10-CT/TU và Quy định số 11-QĐi/TW.',
        },
        {
          sectionId: 's2',
          heading: null,
          path: [],
          directives: ['10-CT/TU'],
          marks: [],
          text: 'Sơ kết Chỉ thị số 10-CT/TU.',
        },
      ]);
      const el = document.createElement('vk-document-text') as HTMLElement & {
        sections: unknown[];
        relations: Map<string, string>;
        updateComplete: Promise<unknown>;
      };
      el.sections = text.sections;
      el.relations = new Map([['10-CT/TU', 'thực hiện']]);
      document.body.append(el);
      await el.updateComplete;
      const root = el.shadowRoot!;
      const label = root.querySelector('.relation') as HTMLElement | null;
      return {
        perSection: [...root.querySelectorAll('section')].map((s) =>
          [...s.querySelectorAll('.relation')].map((r) => [r.previousElementSibling?.textContent, r.textContent]),
        ),
        links: root.querySelectorAll('a.cite').length,
        title: root.querySelector('a.cite')?.getAttribute('title'),
        smaller: label
          ? parseFloat(getComputedStyle(label).fontSize) < parseFloat(getComputedStyle(label.parentElement!).fontSize)
          : null,
      };
    });
    expect(result.perSection).toEqual([[['10-CT/TU', 'thực hiện']], [['10-CT/TU', 'thực hiện']]]);
    expect(result.links).toBe(4);
    expect(result.title).toBe('Văn bản này thực hiện 10-CT/TU. Xem văn bản 10-CT/TU và nơi trích dẫn');
    expect(result.smaller).toBe(true);
    await page.close();
  });

  it('keeps the route in the URL: links inside shadow DOM navigate without reloading, back restores', async () => {
    const page = await openPage(browser, script);
    await page.evaluate(async () => {
      (window as unknown as { marker: number }).marker = 42;
      const el = document.createElement('vk-hit') as HTMLElement & {
        hit: unknown;
        q: string;
        updateComplete: Promise<unknown>;
      };
      el.hit = {
        docId: 'abc',
        sectionId: 'abc-0003',
        file: 'a.txt',
        title: 'Thông báo kết luận',
        docType: 'thong_bao',
        date: '2023-09-12',
        issuer: null,
        district: 'Trà Cú',
        province: 'Trà Vinh',
        heading: '3.7. Y tế',
        path: ['3.', '3.7.'],
        snippet: 'x',
        directives: ['10-CT/TU'],
      };
      el.q = 'sốt xuất huyết';
      document.body.append(el);
      await el.updateComplete;
    });
    await page.locator('vk-hit h3 a').click();
    expect(new URL(page.url()).pathname).toBe('/documents/abc');
    expect(new URL(page.url()).hash).toBe('#abc-0003');
    await page.locator('vk-hit .directives a').click();
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe('/directives/10-CT/TU');
    await page.goBack();
    await page.waitForFunction(() => (window as unknown as { routeLog: unknown[] }).routeLog.length === 3);
    const log = await page.evaluate(() => ({
      log: (window as unknown as { routeLog: unknown[] }).routeLog,
      marker: (window as unknown as { marker: number }).marker,
    }));
    expect(log.marker).toBe(42);
    expect(log.log).toEqual([
      { name: 'document', docId: 'abc', q: 'sốt xuất huyết', sectionId: 'abc-0003' },
      { name: 'directive', key: '10-CT/TU' },
      { name: 'document', docId: 'abc', q: 'sốt xuất huyết', sectionId: 'abc-0003' },
    ]);
    await page.close();
  });
  it('filters a long facet list as you type (accents ignored) and reports a toggle', async () => {
    const page = await openPage(browser, script);
    await page.evaluate(async () => {
      const names = [
        'Trà Cú',
        'Trà Ôn',
        'Cầu Ngang',
        'Cầu Kè',
        'Tiểu Cần',
        'Châu Thành',
        'Càng Long',
        'Duyên Hải',
        'Cái Nước',
        'Đầm Dơi',
        'Năm Căn',
        'Thới Bình',
      ];
      const el = document.createElement('vk-facet-group') as HTMLElement & Record<string, unknown>;
      Object.assign(el, {
        name: 'district',
        heading: 'Huyện',
        counts: Object.fromEntries(names.map((n, i) => [n, 20 - i])),
        selected: ['Thới Bình'],
      });
      el.addEventListener('vk-facet-toggle', (e) => {
        (window as unknown as { toggled: unknown }).toggled = (e as CustomEvent).detail;
      });
      document.body.append(el);
    });
    const labels = () => page.locator('vk-facet-group label .name').allTextContents();
    expect(await labels()).toHaveLength(8);
    expect((await labels())[0]).toBe('Thới Bình');
    await page.getByRole('button', { name: 'Xem thêm 4' }).click();
    expect(await labels()).toHaveLength(12);
    await page.getByRole('searchbox', { name: 'Lọc danh sách huyện' }).fill('tra');
    expect(await labels()).toEqual(['Trà Cú', 'Trà Ôn']);
    await page.getByRole('checkbox', { name: /Trà Ôn/ }).check();
    expect(await page.evaluate(() => (window as unknown as { toggled: unknown }).toggled)).toEqual({
      name: 'district',
      value: 'Trà Ôn',
    });
    await page.close();
  });
});
