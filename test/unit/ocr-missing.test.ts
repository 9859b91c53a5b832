import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Before the reader is loaded: this test file's process has no Tesseract (the worker may run other files next).
process.env.TESSERACT_PATH = '/nonexistent/tesseract';
afterAll(() => {
  delete process.env.TESSERACT_PATH;
});
const { readDocument, ReadError } = await import('../../indexer/steps/read/index.js');
const { ocrAvailability } = await import('../../indexer/steps/read/ocr/index.js');

describe('without Tesseract', () => {
  it('a scan gets one line naming what to install, and typed files are read as before', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-no-ocr-'));
    const png = path.join(dir, 'scan.png');
    fs.writeFileSync(
      png,
      Buffer.from(
        '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a30000000049454e44ae426082',
        'hex',
      ),
    );
    const err = await readDocument(png).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadError);
    expect((err as InstanceType<typeof ReadError>).code).toBe('needs_ocr');
    expect((err as Error).message).toMatch(
      /needs OCR, but Tesseract is not installed \(apt-get install tesseract-ocr tesseract-ocr-vie/,
    );
    expect((await ocrAvailability()).ok).toBe(false);
    const txt = path.join(dir, 'a.txt');
    fs.writeFileSync(txt, 'Thường trực Huyện ủy Trà Cú');
    expect((await readDocument(txt)).text).toBe('Thường trực Huyện ủy Trà Cú');
  });
});
