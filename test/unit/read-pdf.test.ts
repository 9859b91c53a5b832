import { describe, expect, it } from 'vitest';
import { readBytes, readError } from '../helpers/read-files.js';
import { joinPages, pageText, type TextRun } from '../../indexer/steps/read/pdf-layout.js';
import { makePdf, makeScannedPdf } from '../helpers/make-files.js';

describe('.pdf with a text layer', () => {
  it('round-trips Vietnamese text in reading order, columns apart, page number dropped', async () => {
    const bytes = await makePdf([
      [
        { text: 'ĐẢNG BỘ TỈNH TRÀ VINH', y: 790 },
        { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', x: 330, y: 790 },
        { text: 'HUYỆN ỦY TRÀ CÚ', y: 772 },
        { text: 'Trà Cú, ngày 12 tháng 9 năm 2023', x: 330, y: 772 },
        { text: 'Thường trực Huyện ủy yêu cầu tăng cường phòng, chống dịch sốt xuất huyết', y: 700 },
        { text: '1', x: 470, y: 705, size: 7 },
        { text: 'và kiểm tra an toàn thực phẩm trong dịp Tết Trung thu,', y: 684 },
        { text: '2', x: 290, y: 30, size: 10 },
      ],
      [{ text: 'nhất là ở các xã vùng sâu, vùng xa của huyện.', y: 790 }],
    ]);
    const text = await readBytes('notice.pdf', bytes);
    expect(text.split('\n').slice(0, 4)).toEqual([
      'ĐẢNG BỘ TỈNH TRÀ VINH',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'HUYỆN ỦY TRÀ CÚ',
      'Trà Cú, ngày 12 tháng 9 năm 2023',
    ]);
    expect(text).toContain('phòng, chống dịch sốt xuất huyết¹');
    // The sentence runs over the page break and is rejoined; the page number "2" is gone.
    expect(text).toMatch(/Tết Trung thu,\nnhất là ở các xã vùng sâu, vùng xa của huyện\.$/);
    expect(text).not.toMatch(/^2$/m);
  });

  it('OCRs a page without a text layer, and says so when the picture holds no text', async () => {
    const err = await readError('scan.pdf', await makeScannedPdf());
    expect(err.code).toBe('empty');
    expect(err.message).toMatch(/without a text layer and OCR found no text/);
  });

  it('reports truncated and damaged PDFs as corrupt', async () => {
    const bytes = await makePdf([[{ text: 'Báo cáo kết quả thực hiện nhiệm vụ', y: 700 }]]);
    const truncated = await readError('truncated.pdf', bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(truncated.code).toBe('corrupt');
    expect(truncated.message).toMatch(/truncated/);
    const junk = Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)),
      Buffer.from('\n%%EOF\n'),
    ]);
    expect((await readError('junk.pdf', junk)).code).toBe('corrupt');
    expect((await readError('notpdf.pdf', Buffer.from('hello'))).message).toMatch(/not a PDF/);
  });
});

describe('PDF page layout', () => {
  const run = (str: string, x: number, y: number, size = 12): TextRun => ({
    str,
    x,
    y,
    width: str.length * size * 0.5,
    size,
  });

  it('orders runs top to bottom, left to right, and starts a paragraph at a wider gap', () => {
    const text = pageText([
      run('dòng hai', 60, 686),
      run('Dòng một', 60, 700),
      run('tiếp theo', 115, 700),
      run('Đoạn mới', 60, 640),
    ]);
    expect(text).toBe('Dòng một tiếp theo\ndòng hai\n\nĐoạn mới');
  });

  it('joins pages, rejoining a sentence cut by the page break only', () => {
    expect(joinPages(['Câu chưa xong của', 'trang sau.', 'Câu mới.'])).toBe(
      'Câu chưa xong của\ntrang sau.\n\nCâu mới.',
    );
  });
});
