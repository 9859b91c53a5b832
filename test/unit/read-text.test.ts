import { describe, expect, it } from 'vitest';
import { readBytes, readError } from '../helpers/read-files.js';
import { decodeTextBytes } from '../../indexer/steps/read/text-decode.js';
import { encodeTcvn3, encodeVni } from '../helpers/make-files.js';

const SAMPLE =
  'Thông báo kết luận của Thường trực Huyện ủy về phòng, chống sốt xuất huyết.\nỦy ban nhân dân huyện Trà Cú';

const utf16 = (text: string, order: 'le' | 'be', bom = true): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  const body = order === 'le' ? le : Buffer.from(le).swap16();
  return Buffer.concat([bom ? Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0), body]);
};

describe('plain text encodings', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeTextBytes(Buffer.from(SAMPLE))).toBe(SAMPLE);
    expect(decodeTextBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]))).toBe(SAMPLE);
  });

  it('reads UTF-16 LE and BE with a BOM, and without one', () => {
    expect(decodeTextBytes(utf16(SAMPLE, 'le'))).toBe(SAMPLE);
    expect(decodeTextBytes(utf16(SAMPLE, 'be'))).toBe(SAMPLE);
    expect(decodeTextBytes(utf16(SAMPLE, 'le', false))).toBe(SAMPLE);
    expect(decodeTextBytes(utf16(SAMPLE, 'be', false))).toBe(SAMPLE);
  });

  it('converts a TCVN3 (ABC) file, including a line typed in the capitals font', async () => {
    const bytes = encodeTcvn3(
      'THÔNG BÁO KẾT LUẬN\nUỷ ban nhân dân huyện Trà Cú tiếp tục chỉ đạo phòng, chống dịch bệnh.',
    );
    expect(bytes.toString('latin1')).toContain('nh©n d©n'); // the tell-tale look of TCVN3 read as Latin-1
    expect(await readBytes('tcvn.txt', bytes)).toBe(
      'THÔNG BÁO KẾT LUẬN\nUỷ ban nhân dân huyện Trà Cú tiếp tục chỉ đạo phòng, chống dịch bệnh.',
    );
  });

  it('converts a VNI-Windows file', async () => {
    const text = 'Đảng bộ huyện lãnh đạo thực hiện thắng lợi nghị quyết, người dân đồng tình ủng hộ.';
    const bytes = encodeVni(text);
    expect(bytes.toString('latin1')).toContain('Ñaûng');
    expect(await readBytes('vni.txt', bytes)).toBe(text);
  });

  it('reads Windows-1258 (combining tone marks) as NFC', async () => {
    // "Tiếng Việt" in CP1258: ê + combining acute (0xEC), ê + combining dot below (0xF2).
    const bytes = Buffer.from([
      0x54, 0x69, 0xea, 0xec, 0x6e, 0x67, 0x20, 0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x6e, 0xe3, 0x6d,
    ]);
    expect(await readBytes('cp1258.txt', bytes)).toBe('Tiếng Việt năm');
  });
});

describe('bad text files get one clear error', () => {
  it('empty file', async () => {
    const err = await readError('empty.txt', Buffer.alloc(0));
    expect(err.code).toBe('empty');
    expect(await readError('blank.txt', Buffer.from(' \n\t\n')).then((e) => e.code)).toBe('empty');
  });

  it('binary junk', async () => {
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256));
    const err = await readError('junk.txt', junk);
    expect(err.code).toBe('binary');
    expect(err.message).toMatch(/binary/);
  });

  it('invalid UTF-8 that is no Vietnamese encoding either (a Latin-1 German note)', async () => {
    const err = await readError('bad.txt', Buffer.from('Grüße aus Köln, heute 25 °C. Schöne Grüße!\n', 'latin1'));
    expect(err.code).toBe('encoding');
    expect(err.message).toMatch(/UTF-8/);
  });

  it('an unsupported extension', async () => {
    const err = await readError('notes.wpd', Buffer.from('\xffWPC abc'));
    expect(err.code).toBe('unsupported');
  });

  it('a 1 MB single line is read whole', async () => {
    const sentence = 'Tăng cường công tác phòng, chống dịch bệnh trên địa bàn huyện; ';
    const line = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const text = await readBytes('long.txt', Buffer.from(line));
    expect(text.length).toBe(line.length);
  });
});
