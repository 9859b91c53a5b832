import { describe, expect, it } from 'vitest';
import { readBytes, readError } from '../helpers/read-files.js';
import { normalizeDocument } from '../../indexer/steps/normalize.js';
import { splitSections } from '../../indexer/steps/split/sections.js';
import { encodeTcvn3, makeDocx } from '../helpers/make-files.js';

describe('.docx', () => {
  it('reads paragraphs, the header table, a footnote and a TCVN3 paragraph', async () => {
    const bytes = await makeDocx({
      body: [
        'Nhiệm vụ xây dựng nông thôn mới được tập trung thực hiện',
        'Phòng, chống sốt xuất huyết trên địa bàn huyện.',
      ],
      footnote: '05 xã nâng chất 02 tiêu chí nông thôn mới.',
      tcvn3Paragraph: encodeTcvn3('kết luận của hội nghị được quán triệt đến chi bộ').toString('latin1'),
    });
    const text = await readBytes('notice.docx', bytes);
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('Trà Cú, ngày 12 tháng 9 năm 2023');
    expect(text).toContain('Nhiệm vụ xây dựng nông thôn mới được tập trung thực hiện⁽¹⁾.');
    expect(text).toContain('⁽¹⁾ 05 xã nâng chất 02 tiêu chí nông thôn mới.');
    expect(text).toContain('kết luận của hội nghị được quán triệt đến chi bộ');
    expect(text).not.toContain('↑');

    const sections = splitSections(normalizeDocument(text));
    expect(sections.map((s) => s.kind)).toEqual(['header', 'body', 'signature', 'recipients']);
    expect(sections[0]!.text).toMatch(/^ĐẢNG BỘ TỈNH TRÀ VINH[\s\S]*Trà Cú, ngày 12 tháng 9 năm 2023$/);
    const body = sections[1]!.text;
    expect(body).toMatch(/^THÔNG BÁO/);
    expect(body).toMatch(/thực hiện⁽¹⁾\.[\s\S]*⁽¹⁾ 05 xã nâng chất/);
    expect(sections[2]!.text).toBe('T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nLâm Thái Hòa');
    expect(sections[3]!.text).toBe('Nơi nhận:\n- Các chi, đảng bộ trực thuộc,\n- Lưu Văn phòng Huyện ủy.');
  });

  it('reports a truncated .docx as corrupt', async () => {
    const bytes = await makeDocx({ body: ['Nội dung thử nghiệm của văn bản.'] });
    const err = await readError('truncated.docx', bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/damaged or truncated/);
  });

  it('reports a file that is not a ZIP, and reads an old .doc in disguise as a .doc (here a damaged one)', async () => {
    expect((await readError('junk.docx', Buffer.from('this is not a word document at all'))).code).toBe('corrupt');
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    const err = await readError('old.docx', ole);
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/the \.doc file is damaged/);
  });
});
