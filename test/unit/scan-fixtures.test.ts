import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { CONVERT, makeScan } from '../helpers/page-images.js';
import { findHeader, printableLines, typesetPages } from '../helpers/typeset.js';

const HEADER_DOC = [
  'HUYỆN ỦY TRÀ CÚ',
  '*',
  'Số 123-TB/HU',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'Trà Cú, ngày 12 tháng 9 năm 2023',
  '',
  'THÔNG BÁO',
  '',
  'Thực hiện **Kế hoạch số 45-KH/TU** ngày 3/4/2023 của Tỉnh ủy, Thường trực Huyện ủy kết luận như sau.',
].join('\n');

describe('typeset pages (the text under a scan fixture)', () => {
  it('reads a two-column Party header off the first lines', () => {
    const header = findHeader(printableLines(HEADER_DOC));
    expect(header?.left).toEqual(['HUYỆN ỦY TRÀ CÚ', '*', 'Số 123-TB/HU']);
    expect(header?.right).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM', 'Trà Cú, ngày 12 tháng 9 năm 2023']);
    expect(header?.after[0]).toBe('THÔNG BÁO');
    expect(findHeader(['THÔNG BÁO', 'Ngày 12/9/2023, Thường trực Huyện ủy họp.'])).toBeNull();
  });

  it('wraps long text onto A4 pages, keeps every word once, and stops at maxPages', async () => {
    const paragraph = 'Ban Thường vụ Huyện ủy lãnh đạo, chỉ đạo thực hiện đạt nhiều kết quả quan trọng. '.repeat(40);
    const text = `${HEADER_DOC}\n\n${paragraph}\n\n${paragraph}`;
    const full = await typesetPages(text);
    expect(full.pageTexts.length).toBeGreaterThan(1);
    const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
    expect(words(full.text)).toEqual(words(printableLines(text).join(' ')));
    expect(full.text).not.toContain('**');
    const doc = await PDFDocument.load(full.pdf);
    expect(doc.getPage(0).getSize().width).toBeCloseTo(595.28, 1);
    const one = await typesetPages(text, { maxPages: 1 });
    expect(one.pageTexts).toHaveLength(1);
    expect(words(one.text)).toEqual(words(one.pageTexts[0]!));
  });
});

const tools = spawnSync('pdftoppm', ['-v']).error === undefined && fs.existsSync(CONVERT);
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe.skipIf(!tools)('scan fixtures (pdftoppm + ImageMagick)', () => {
  const identify = (file: string): string =>
    execFileSync(CONVERT.replace(/convert$/, 'identify'), ['-format', '%w %h %[colorspace]\n', file], {
      encoding: 'utf8',
    });

  it('packs a noisy two-page scan as one multi-page grey TIFF at the asked resolution', async () => {
    const scan = await makeScan(`${HEADER_DOC}\n\n${'Nội dung văn bản. '.repeat(300)}`, {
      format: 'tif',
      dpi: 100,
      noisy: true,
      maxPages: 2,
    });
    dirs.push(scan.dir);
    expect(scan.pages).toBe(2);
    expect(scan.files).toHaveLength(1);
    expect(identify(scan.files[0]!).trim().split('\n')).toEqual(['827 1170 Gray', '827 1170 Gray']);
  });

  it('packs an image-only PDF: A4 pages, no text layer', async () => {
    const scan = await makeScan(HEADER_DOC, { format: 'pdf', dpi: 100, noisy: false });
    dirs.push(scan.dir);
    const doc = await PDFDocument.load(fs.readFileSync(scan.files[0]!));
    expect(doc.getPageCount()).toBe(1);
    expect(Math.abs(doc.getPage(0).getSize().height - 841.89)).toBeLessThan(1); // A4, to a pixel at 100 dpi
    const resources = doc.getPage(0).node.Resources();
    const entries = (name: string): string[] => {
      const dict = resources?.lookup(PDFName.of(name));
      return dict instanceof PDFDict ? dict.keys().map(String) : [];
    };
    expect(entries('Font')).toEqual([]);
    expect(entries('XObject')).toHaveLength(1);
  });
});
