import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../indexer/steps/normalize.js';
import { splitSections } from '../../indexer/steps/split/sections.js';
import type { RawSection } from '../../indexer/steps/types.js';
import { seedsDir } from '../helpers/env.js';

const seed = (prefix: string): RawSection[] => {
  const file = fs.readdirSync(seedsDir).find((f) => f.startsWith(prefix))!;
  return splitSections(normalizeDocument(fs.readFileSync(path.join(seedsDir, file), 'utf8')));
};
const ofKind = (sections: RawSection[], kind: RawSection['kind']): RawSection[] =>
  sections.filter((s) => s.kind === kind);

const HEADER =
  'ĐẢNG BỘ TỈNH CÀ MAU\t\tĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY CÁI NƯỚC\n*\nSố 137-KH/HU\t\tCái Nước, ngày 17 tháng 11 năm 2023';
const BODY =
  'KẾ HOẠCH\ntriển khai thực hiện nhiệm vụ trọng tâm quý IV năm 2023\n-----\nCăn cứ Chương trình công tác năm 2023 của Ban Chấp hành Đảng bộ huyện, Ban Thường vụ Huyện ủy xây dựng kế hoạch như sau:\n1. Mục đích, yêu cầu\nTổ chức thực hiện nghiêm túc, hiệu quả các nhiệm vụ.';

describe('splitter: header, footnotes and closing block of the seeds', () => {
  it('000: the footnote ⁽¹⁾ joins section 1 and the sentence it cut is whole again', () => {
    const sections = seed('000_');
    const s1 = sections.find((s) => s.path.join() === '1.')!;
    expect(s1.text).toContain('Tình hình an ninh chính trị, trật tự, an toàn xã hội được ổn định');
    expect(s1.text).toMatch(/thực hiện⁽¹⁾;[\s\S]*\n\n⁽¹⁾ 05 xã nâng chất 02 tiêu chí/);
    expect(sections.filter((s) => s.text.includes('⁽¹⁾ 05 xã'))).toHaveLength(1);
  });

  it('000: signature (position then name) and Nơi nhận are recognised, not body', () => {
    const sections = seed('000_');
    expect(ofKind(sections, 'signature').map((s) => s.text)).toEqual(['CHÁNH VĂN PHÒNG\nLâm Thái Hòa']);
    const recipients = ofKind(sections, 'recipients');
    expect(recipients).toHaveLength(1);
    expect(recipients[0]!.text.split('\n')).toEqual([
      'Nơi nhận:',
      '- Các cơ quan tham mưu, giúp việc Huyện ủy,',
      '- Các chi, đảng bộ trực thuộc Huyện ủy,',
      '- Các đồng chí UVBCH Đảng bộ huyện,',
      '- Lưu Văn phòng Huyện ủy.',
    ]);
    const lastBody = ofKind(sections, 'body').at(-1)!;
    expect(lastBody.path).toEqual(['3.', '3.10.']);
    expect(lastBody.text).toMatch(
      /Văn phòng Huyện ủy xin thông báo đến các cơ quan, đơn vị, địa phương nắm, thực hiện\.$/,
    );
  });

  it('001: the footnote ¹ goes to the paragraph that cites it, and the cut sentence is rejoined', () => {
    const sections = seed('001_');
    const citing = sections.filter((s) => s.text.includes('kế hoạch¹.'));
    expect(citing).toHaveLength(1);
    expect(citing[0]!.text).toMatch(/\n\n¹ Sản xuất ngành nông, lâm, thủy/);
    expect(sections.some((s) => s.text.includes('các kế hoạch của Tỉnh ủy và Ban Thường vụ Huyện ủy về đại hội'))).toBe(
      true,
    );
    expect(ofKind(sections, 'signature').map((s) => s.text)).toEqual(['Hà Công']);
    expect(ofKind(sections, 'recipients')[0]!.text).toMatch(/^Nơi nhận:\n- Văn phòng Tỉnh ủy\.[\s\S]*- Lưu VPHU\.$/);
  });

  it('002: I.–IV. with their arabic subsections; * lines are not headings; Nơi nhận at the end', () => {
    const sections = seed('002_');
    const tops = [
      ...new Set(
        ofKind(sections, 'body')
          .map((s) => s.path[0])
          .filter(Boolean),
      ),
    ];
    expect(tops).toEqual(['I.', 'II.', 'III.', 'IV.']);
    expect(ofKind(sections, 'body').some((s) => s.heading?.startsWith('*'))).toBe(false);
    expect(ofKind(sections, 'body').map((s) => s.path.join(' > '))).toContain('IV. > 2.');
    expect(ofKind(sections, 'recipients')).toHaveLength(1);
    expect(ofKind(sections, 'signature')).toHaveLength(0);
  });

  it('news reports (003, 004) have no closing block: the author line stays in the body', () => {
    for (const prefix of ['003_', '004_']) {
      const sections = seed(prefix);
      expect(sections.every((s) => s.kind === 'body')).toBe(true);
    }
    expect(seed('003_').at(-1)!.text).toMatch(/Phan Thủy$/);
  });
});

describe('splitter: synthetic documents', () => {
  it('the Party header (interleaved columns) becomes a header section; the title stays in the body', () => {
    const sections = splitSections(`${HEADER}\n\n${BODY}`);
    expect(sections[0]).toMatchObject({ kind: 'header', text: HEADER });
    expect(sections[1]!.kind).toBe('body');
    expect(sections[1]!.text).toMatch(/^KẾ HOẠCH\ntriển khai/);
  });

  it('a state-style signature block interleaved with the recipients column', () => {
    const text = `${BODY.replace(/\.$/, '')}./.\n\nNơi nhận:\t\t\tTM. ỦY BAN NHÂN DÂN\n- Như trên;\t\t\tKT. CHỦ TỊCH\n- Lưu: VT.\t\t\tPHÓ CHỦ TỊCH\n\n(Đã ký)\nNguyễn Văn An`;
    const sections = splitSections(text);
    expect(ofKind(sections, 'recipients')[0]!.text).toBe('Nơi nhận:\n- Như trên;\n- Lưu: VT.');
    expect(ofKind(sections, 'signature')[0]!.text).toBe(
      'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nNguyễn Văn An',
    );
    expect(ofKind(sections, 'body').at(-1)!.text).toMatch(/nhiệm vụ\.\/\.$/);
  });

  it('a file that is only a header is kept as body text rather than lost', () => {
    const sections = splitSections(HEADER);
    expect(sections).toHaveLength(1);
    expect(sections[0]).toMatchObject({ kind: 'body', text: HEADER });
  });

  it('a 1 MB single line is cut into bounded sections holding all of it', () => {
    const sentence = 'Tăng cường công tác phòng, chống dịch bệnh trên địa bàn huyện. ';
    const line = sentence.repeat(Math.ceil(1_000_000 / sentence.length)).trim();
    const sections = splitSections(line);
    expect(sections.length).toBeGreaterThan(400);
    expect(Math.max(...sections.map((s) => s.text.length))).toBeLessThanOrEqual(2000);
    expect(sections.reduce((n, s) => n + s.text.length, 0)).toBeGreaterThanOrEqual(line.length - sections.length);
  });

  it('NFD input gives exactly the sections of NFC input', () => {
    for (const file of fs.readdirSync(seedsDir)) {
      const text = fs.readFileSync(path.join(seedsDir, file), 'utf8');
      expect(splitSections(normalizeDocument(text.normalize('NFD')))).toEqual(splitSections(normalizeDocument(text)));
    }
  });
});
