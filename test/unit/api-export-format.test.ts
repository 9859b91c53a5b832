import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvRow, snippetText } from '../../api/export/csv.js';
import { exportFileName } from '../../api/export/format.js';

describe('csvCell', () => {
  it('leaves plain text alone and quotes what CSV needs quoted', () => {
    expect(csvCell('Trà Cú')).toBe('Trà Cú');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('nói "không"')).toBe('"nói ""không"""');
    expect(csvCell('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
    expect(csvCell('x; y')).toBe('"x; y"');
    expect(csvCell(' lề ')).toBe('" lề "');
  });

  it('writes null as an empty cell and arrays joined by "; "', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(['3.', '3.7.'])).toBe('"3.; 3.7."');
    expect(csvCell([])).toBe('');
    expect(csvCell(2023)).toBe('2023');
  });

  it('keeps cells that Excel would run as formulas as text', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+84')).toBe("'+84");
    expect(csvCell('- Tiếp tục')).toBe("'- Tiếp tục");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('ends rows with CRLF', () => {
    expect(csvRow(['a', 'b,c', null])).toBe('a,"b,c",\r\n');
    expect(BOM).toBe('\uFEFF');
  });
});

describe('snippetText', () => {
  it('drops <mark> and unescapes entities', () => {
    expect(snippetText('… dịch <mark>sốt</mark> &amp; &lt;b&gt; &quot;x&quot; …')).toBe('… dịch sốt & <b> "x" …');
    expect(snippetText('&amp;lt;')).toBe('&lt;');
  });
});

describe('exportFileName', () => {
  const day = new Date('2024-05-01T10:00:00Z');
  it('is ASCII, from the folded query', () => {
    expect(exportFileName('sốt xuất huyết', 'csv', day)).toBe('vankien-sot-xuat-huyet-2024-05-01.csv');
    expect(exportFileName('Đảng "bộ"/../x', 'json', day)).toBe('vankien-dang-bo-x-2024-05-01.json');
    expect(exportFileName('', 'csv', day)).toBe('vankien-2024-05-01.csv');
    expect(exportFileName('a'.repeat(300), 'csv', day)).toHaveLength('vankien-'.length + 60 + '-2024-05-01.csv'.length);
  });
});
