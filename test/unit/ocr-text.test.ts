import { describe, expect, it } from 'vitest';
import { joinOcrPages, pageBody } from '../../indexer/steps/read/ocr/index.js';
import { layOut, type OcrLine } from '../../indexer/steps/read/ocr/layout.js';
import { repairOcrText } from '../../indexer/steps/read/ocr/repair.js';
import { parseTsv } from '../../indexer/steps/read/ocr/tesseract.js';

/** Lines of a page as Tesseract boxes them: 40 px high, 60 px apart, starting at x=300. */
function page(lines: [text: string, right: number, gapBefore?: number][]): OcrLine[] {
  let top = 100;
  return lines.map(([text, right, gap = 0]) => {
    top += gap;
    const line = { left: 300, top, width: right - 300, height: 40, words: text.split(' ') };
    top += 60;
    return line;
  });
}

describe('OCR page layout', () => {
  it('joins lines wrapped at the right margin into one paragraph, keeps short lines, breaks at wide gaps', () => {
    const text = layOut(
      page([
        ['HUYỆN ỦY TRÀ CÚ', 900],
        ['Ngày 12/9/2023, Thường trực Huyện ủy tổ chức Hội nghị Ban', 2200, 60],
        ['Thường vụ Huyện ủy mở rộng sơ kết tình hình công tác tháng', 2210],
        ['8 năm 2023.', 700],
        ['1. Về kinh tế - xã hội', 1200, 60],
        ['Tiếp tục chỉ đạo phòng, chống dịch sốt xuất huyết, kinh tế -', 2205],
        ['xã hội phát triển; Covid-', 2200],
        ['19 được kiểm soát.', 800],
      ]),
    );
    expect(text.split('\n')).toEqual([
      'HUYỆN ỦY TRÀ CÚ',
      '',
      'Ngày 12/9/2023, Thường trực Huyện ủy tổ chức Hội nghị Ban Thường vụ Huyện ủy mở rộng sơ kết tình hình công tác tháng 8 năm 2023.',
      '',
      '1. Về kinh tế - xã hội',
      'Tiếp tục chỉ đạo phòng, chống dịch sốt xuất huyết, kinh tế - xã hội phát triển; Covid-19 được kiểm soát.',
    ]);
  });

  it('splits a line that holds both columns of the header, and joins neither to its neighbours', () => {
    const box = (words: string[], left: number): [number, number][] => words.map((_, i) => [left + i * 150, 130]);
    const left = 'ĐẢNG BỘ TỈNH TRÀ VINH'.split(' ');
    const right = 'ĐẢNG CỘNG SẢN VIỆT NAM'.split(' ');
    const lines: OcrLine[] = [
      {
        left: 300,
        top: 100,
        width: 1900,
        height: 40,
        words: [...left, ...right],
        boxes: [...box(left, 300), ...box(right, 1300)],
      },
      {
        left: 300,
        top: 160,
        width: 1900,
        height: 40,
        words: 'HUYỆN ỦY TRÀ CÚ Trà Cú, ngày 16 tháng 10 năm 2023'.split(' '),
      },
    ];
    lines[1]!.boxes = [
      ...box(['HUYỆN', 'ỦY', 'TRÀ', 'CÚ'], 300),
      ...box('Trà Cú, ngày 16 tháng 10 năm 2023'.split(' '), 1000),
    ];
    expect(layOut(lines).split('\n')).toEqual([
      'ĐẢNG BỘ TỈNH TRÀ VINH',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'HUYỆN ỦY TRÀ CÚ',
      'Trà Cú, ngày 16 tháng 10 năm 2023',
    ]);
  });

  it('does not join a sentence ending at the margin to a line that starts a new item', () => {
    const text = layOut(
      page([
        ['Các xã hoàn thành chỉ tiêu đề ra trong năm 2023.', 2200],
        ['- Xã Phước Hưng đạt 100%.', 2200],
        ['2. Nhiệm vụ', 900],
      ]),
    );
    expect(text.split('\n')).toEqual([
      'Các xã hoàn thành chỉ tiêu đề ra trong năm 2023.',
      '- Xã Phước Hưng đạt 100%.',
      '2. Nhiệm vụ',
    ]);
  });

  it('reads text and mean confidence from Tesseract TSV, dropping a stamp read with low confidence', () => {
    const head = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
    const row = (level: number, line: number, box: number[], conf: number, text: string) =>
      [level, 1, 1, 1, line, 1, ...box, conf, text].join('\t');
    const tsv = [
      head,
      row(4, 1, [300, 100, 900, 40], -1, ''),
      row(5, 1, [300, 100, 200, 40], 96, 'HUYỆN'),
      row(5, 1, [520, 100, 200, 40], 94, 'ỦY'),
      row(4, 2, [300, 160, 400, 40], -1, ''),
      row(5, 2, [300, 160, 100, 40], 12, '~ĨỊ'),
      row(5, 2, [420, 160, 100, 40], 20, 'Ỳ@'),
    ].join('\n');
    expect(parseTsv(tsv)).toEqual({ text: 'HUYỆN ỦY', confidence: 95, words: 2 });
  });
});

describe('OCR repairs', () => {
  it('reads look-alike letters inside document numbers, article numbers and dates as digits', () => {
    expect(repairOcrText('thực hiện Chỉ thị số l0-CT/TU, ngày l5/6/2Ol6 của Ban Thường vụ')).toBe(
      'thực hiện Chỉ thị số 10-CT/TU, ngày 15/6/2016 của Ban Thường vụ',
    );
    expect(repairOcrText('Quyết định số 1O/QĐ-UBND; Nghị quyết số 29/2O23/NQ-HĐND')).toBe(
      'Quyết định số 10/QĐ-UBND; Nghị quyết số 29/2023/NQ-HĐND',
    );
    expect(repairOcrText('Điều l. Phạm vi; Khoản I Điều 5')).toBe('Điều 1. Phạm vi; Khoản 1 Điều 5');
  });

  it('reads a Party type or committee code with one letter too many as the one known code it can be', () => {
    expect(repairOcrText('Quy định số 218-QĐĐ/TW và số 217-QĐ/TIW, Chỉ thị 05-CT/T|U')).toBe(
      'Quy định số 218-QĐ/TW và số 217-QĐ/TW, Chỉ thị 05-CT/TU',
    );
    expect(repairOcrText('Quyết định số 101/QĐÐ-TTg, Nghị quyết 29/2023/NQQ-HĐND; ÐẢNG BỘ')).toBe(
      'Quyết định số 101/QĐ-TTg, Nghị quyết 29/2023/NQ-HĐND; ĐẢNG BỘ',
    );
    // Known codes, and codes with no single reading, stay as OCR read them.
    expect(repairOcrText('số 12-TT/TW, 11-QĐi/TW, 05-QC/BTCTU, 3-XYZ/HU')).toBe(
      'số 12-TT/TW, 11-QĐi/TW, 05-QC/BTCTU, 3-XYZ/HU',
    );
  });

  it('leaves Roman numerals, words and hyphenated phrases alone', () => {
    const text =
      'I - NHỮNG KẾT QUẢ; Chương I; Phần II; Mục I. Ông Lò Văn OI; kinh tế - xã hội; Covid-19; Ban Chỉ đạo 1O';
    expect(repairOcrText(text)).toBe(text);
  });

  it('drops page numbers around each page and joins a sentence over the page break', () => {
    const pages = [
      { text: '- 2 -\nTiếp tục chỉ đạo phòng, chống dịch', confidence: 90, words: 6 },
      { text: 'sốt xuất huyết trên địa bàn.\n\nTrang 3', confidence: 80, words: 6 },
    ];
    expect(pageBody(pages[0]!.text)).toBe('Tiếp tục chỉ đạo phòng, chống dịch');
    expect(joinOcrPages(pages)).toEqual({
      text: 'Tiếp tục chỉ đạo phòng, chống dịch\nsốt xuất huyết trên địa bàn.',
      confidence: 85,
      pages: 2,
    });
  });
});
