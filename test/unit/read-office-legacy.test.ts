import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocumentText } from '../../indexer/steps/read/index.js';
import { encodeTcvn3, makeDocx } from '../helpers/make-files.js';
import { hasSoffice, makeOfficeFiles, OFFICE_FORMATS, wordMatch } from '../helpers/office-files.js';
import { readBytes, readError } from '../helpers/read-files.js';
import { seedsDir } from '../helpers/env.js';

const SEEDS = { ket_luan: '001_fda1dcde8ea67d8e.txt', thong_bao: '000_dced245384db6003.txt' } as const;
/** Phrases and document numbers each seed must keep verbatim, diacritics and all. */
const VERBATIM: Record<keyof typeof SEEDS, string[]> = {
  ket_luan: [
    'KẾT LUẬN',
    'CỦA THƯỜNG TRỰC HUYỆN ỦY',
    'Tại hội nghị giao ban tháng 4 năm 2020',
    '137-KH/HU',
    '4386-CV/TU',
    'văn hóa – văn nghệ',
    'quản lý, bảo vệ rừng tại tiểu khu 338',
  ],
  thong_bao: [
    'Chỉ thị số 10-CT/TU, ngày 15/',
    'Chỉ thị số 28-CT/TW',
    'Nguyễn Quốc Phương',
    'Bí thư Huyện ủy',
    'nhiệm kỳ 2025 - 2030',
  ],
};

const STRUCTURED = `<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body>
<table><tr><td><p>HUYỆN ỦY TRÀ CÚ</p><p>Số 123-TB/HU</p></td><td><p>ĐẢNG CỘNG SẢN VIỆT NAM</p><p>Trà Cú, ngày 12 tháng 9 năm 2023</p></td></tr></table>
<h1>THÔNG BÁO</h1>
<p>Các xã triển khai Chỉ thị số 10-CT/TU về phát triển kinh tế<a class="sdfootnoteanc" name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a> nông thôn &amp; đô thị.</p>
<ul><li><p>Xã Đại An tiếp tục làm tốt</p></li><li><p>Xã Hàm Giang chủ động</p></li></ul>
<p>Đoạn cuối với dấu “ngoặc kép” và gạch – ngang.</p>
<div id="sdfootnote1"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote1sym" href="#sdfootnote1anc">1</a>Nghị quyết số 06-NQ/HU ngày 5/3/2021.</p></div>
</body></html>`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-office-'));
const sourceText = (key: keyof typeof SEEDS): string => fs.readFileSync(path.join(seedsDir, SEEDS[key]), 'utf8');
const file = (name: string, format: string): string => path.join(dir, `${name}.${format}`);
const bytesOf = (name: string, format: string): Buffer => fs.readFileSync(file(name, format));

describe.skipIf(!hasSoffice)('.doc, .rtf and .odt written by LibreOffice', () => {
  beforeAll(() => {
    makeOfficeFiles(dir, [
      ...Object.keys(SEEDS).map((key) => ({ name: key, text: sourceText(key as keyof typeof SEEDS) })),
      { name: 'structured', html: STRUCTURED },
    ]);
  });

  for (const key of Object.keys(SEEDS) as (keyof typeof SEEDS)[]) {
    for (const format of OFFICE_FORMATS) {
      it(`${key}.${format}: reads the seed's text word for word, Vietnamese intact`, async () => {
        const text = await readDocumentText(file(key, format));
        const match = wordMatch(sourceText(key), text);
        expect(match.recall, `source words found in order (${match.sourceWords} words)`).toBeGreaterThanOrEqual(0.995);
        expect(match.precision, `read words that are source words (${match.readWords} words)`).toBeGreaterThanOrEqual(
          0.995,
        );
        for (const phrase of VERBATIM[key]) expect(text.normalize('NFC')).toContain(phrase);
        expect(text).not.toMatch(/[\uE000-\uF8FF\uFFFD]|\\u\d|\\'[0-9a-f]{2}/);
      });
    }
  }

  for (const format of OFFICE_FORMATS) {
    it(`structured.${format}: table cells, list items and the footnote become paragraphs and a ⁽¹⁾ note`, async () => {
      const lines = (await readDocumentText(file('structured', format)))
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      for (const cell of [
        'HUYỆN ỦY TRÀ CÚ',
        'Số 123-TB/HU',
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'Trà Cú, ngày 12 tháng 9 năm 2023',
        'THÔNG BÁO',
      ]) {
        expect(lines).toContain(cell);
      }
      expect(lines).toContain('Các xã triển khai Chỉ thị số 10-CT/TU về phát triển kinh tế⁽¹⁾ nông thôn & đô thị.');
      expect(lines.some((l) => l.endsWith('Xã Đại An tiếp tục làm tốt'))).toBe(true);
      expect(lines).toContain('Đoạn cuối với dấu “ngoặc kép” và gạch – ngang.');
      expect(lines.at(-1)).toBe('⁽¹⁾ Nghị quyết số 06-NQ/HU ngày 5/3/2021.');
    });
  }

  it('reads a .doc that is really an RTF, a .docx or an .odt, and an .rtf that is really a .doc', async () => {
    const rtfText = await readDocumentText(file('ket_luan', 'rtf'));
    expect(await readBytes('renamed-rtf.doc', bytesOf('ket_luan', 'rtf'))).toBe(rtfText);
    expect(await readBytes('renamed-odt.doc', bytesOf('ket_luan', 'odt'))).toBe(
      await readDocumentText(file('ket_luan', 'odt')),
    );
    expect(await readBytes('renamed-doc.rtf', bytesOf('ket_luan', 'doc'))).toBe(
      await readDocumentText(file('ket_luan', 'doc')),
    );
    const docx = await makeDocx({ body: ['Nhiệm vụ xây dựng nông thôn mới được tập trung thực hiện'] });
    expect(await readBytes('renamed-docx.doc', docx)).toContain(
      'Nhiệm vụ xây dựng nông thôn mới được tập trung thực hiện',
    );
    expect(await readBytes('renamed-docx.odt', docx)).toContain(
      'Nhiệm vụ xây dựng nông thôn mới được tập trung thực hiện',
    );
    // And the other way round: an old Word file or an RTF saved under a .docx name.
    expect(await readBytes('renamed-doc.docx', bytesOf('ket_luan', 'doc'))).toBe(
      await readDocumentText(file('ket_luan', 'doc')),
    );
    expect(await readBytes('renamed-rtf.docx', bytesOf('ket_luan', 'rtf'))).toBe(rtfText);
  });

  for (const format of OFFICE_FORMATS) {
    it(`a truncated .${format} is reported as damaged, whatever the cut`, async () => {
      const whole = bytesOf('thong_bao', format);
      for (const share of [0.25, 0.5, 0.75, 0.95]) {
        const err = await readError(`cut.${format}`, whole.subarray(0, Math.floor(whole.length * share)));
        expect(err.code, `${format} cut at ${share}`).toBe('corrupt');
        expect(err.message).toMatch(/^[^\n]*(truncated|damaged)[^\n]*$/);
      }
    });
  }

  it('a .doc whose sector chain loops fails fast instead of eating all memory', async () => {
    const bytes = Buffer.from(bytesOf('ket_luan', 'doc'));
    const fat = (bytes.readInt32LE(0x4c) + 1) * 512;
    const dirStart = bytes.readInt32LE(0x30);
    const next = bytes.readInt32LE(fat + dirStart * 4);
    const other = next >= 0 ? next : dirStart + 1;
    bytes.writeInt32LE(other, fat + dirStart * 4);
    bytes.writeInt32LE(dirStart, fat + other * 4);
    const err = await readError('loop.doc', bytes);
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/damaged.*loops/);
  });
});

describe('RTF as Word writes it', () => {
  const rtf = (body: string): Buffer =>
    Buffer.from(
      String.raw`{\rtf1\ansi\ansicpg1258\uc1\deff0{\fonttbl{\f0\fswiss\fcharset163 Arial;}` +
        String.raw`{\f1\fnil\fcharset0 .VnTime;}{\f2\froman\fcharset0 Times New Roman{\*\falt TNR};}}{\colortbl;\red0\green0\blue0;}` +
        String.raw`{\stylesheet{\s0 Normal;}}{\info{\title B\'e1o c\'e1o}{\author Ai \'f0\'f3}}{\*\generator Microsoft Word;}` +
        `${body}}`,
      'latin1',
    );

  it('decodes \\u escapes (\\ucN fallbacks, negative numbers, \\upr/\\ud pairs) and cp1258 bytes, and skips what is not text', async () => {
    const text = await readBytes(
      'word.rtf',
      rtf(
        String.raw`\pard\plain\f0 \'d0a\'d2ng b\'f4\'f2 huy\'ea\'f2n\par ` +
          String.raw`{\uc2 Vi\u7879\'ea\'f2t Nam}\u-10179?\u-8704? {\upr{Dang}{\*\ud{\uc0 \u272 \u7843 ng}}}\par ` +
          String.raw`{\pict\pngblip 89504e470d0a}{\*\bkmkstart a}{\field{\*\fldinst HYPERLINK "x"}{\fldrslt Ch\u7881\'3f th\u7883\'3f 10-CT/TU}}\par ` +
          String.raw`\trowd\cellx100\cellx200 \intbl A1\cell B1\cell\row \ldblquote x\rdblquote\tab y\emdash z\line w\par ` +
          String.raw`{\f2 Nguy\u7877\'3fn \'93q\'94}{\super\chftn}{\footnote\pard\plain{\super\chftn} Ghi ch\u250\'fa.}\par`,
      ),
    );
    expect(text.split('\n')).toEqual([
      'Đảng bộ huyện',
      'Việt Nam😀 Đảng',
      'Chỉ thị 10-CT/TU',
      'A1',
      'B1',
      '',
      '“x”\ty—z',
      'w',
      'Nguyễn “q”⁽¹⁾',
      '',
      '',
      '⁽¹⁾ Ghi chú.',
    ]);
  });

  it('keeps the bytes of a TCVN3 font (.VnTime) for the legacy converter, which turns them into Unicode', async () => {
    const tcvn3 = [...encodeTcvn3('thông báo kết luận của huyện ủy')].map((b) =>
      b < 0x80 ? String.fromCharCode(b) : `\\'${b.toString(16)}`,
    );
    expect(await readBytes('tcvn3.rtf', rtf(`{\\f1 ${tcvn3.join('')}}\\par`))).toBe(
      'thông báo kết luận của huyện ủy\n',
    );
  });

  it('a truncated RTF, or one that does not start with {\\rtf, is damaged', async () => {
    expect(
      (await readError('open.rtf', Buffer.from(String.raw`{\rtf1\ansi {\b Ngh\u7883\'3f quy\u7871\'3ft`))).message,
    ).toMatch(/truncated or damaged \(2 groups are never closed\)/);
    expect((await readError('plain.rtf', Buffer.from('Nghị quyết của Huyện ủy'))).message).toMatch(/not an RTF file/);
    expect((await readError('deep.rtf', Buffer.from(`{\\rtf1${'{'.repeat(1_000_000)}`))).message).toMatch(
      /nested over/,
    );
  });
});

describe('legacy office files that are not what they claim', () => {
  let seed = 20240601;
  const noise = (n: number): Buffer =>
    Buffer.from(Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256));

  it('random bytes give a clear one-line error naming the expected format', async () => {
    const expected = { doc: /not a Word \.doc file/, rtf: /not an RTF file/, odt: /not an \.odt file/ };
    for (const format of OFFICE_FORMATS) {
      const err = await readError(`noise.${format}`, noise(4096));
      expect(err.code).toBe('corrupt');
      expect(err.message).toMatch(expected[format]);
      expect(err.message).not.toContain('\n');
    }
  });

  it('a .doc that is plain TCVN3 text, or a saved web page, is read as such', async () => {
    expect(await readBytes('plain.doc', encodeTcvn3('thông báo kết luận của huyện ủy'))).toBe(
      'thông báo kết luận của huyện ủy',
    );
    const page =
      '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><h1>Nghị quyết</h1><p>Huyện ủy Trà Cú lãnh đạo các xã.</p></body></html>';
    expect(await readBytes('page.doc', Buffer.from(page))).toContain('Huyện ủy Trà Cú lãnh đạo các xã.');
  });

  it('a ZIP that is neither .docx nor .odt, and a bare OLE2 header, are damaged files', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), noise(504)]);
    expect((await readError('header-only.doc', ole)).code).toBe('corrupt');
    const zip = Buffer.from('504b0506000000000000000000000000000000000000', 'hex');
    expect((await readError('empty-zip.odt', zip)).message).toMatch(/content\.xml|damaged/);
  });
});
