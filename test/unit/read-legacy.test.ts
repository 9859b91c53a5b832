import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLegacyEncoding, fixLegacyEncoding } from '../../lib/vietnamese/index.js';
import { seedsDir } from '../helpers/env.js';
import { encodeTcvn3, encodeVni } from '../helpers/make-files.js';

const latin1 = (b: Buffer): string => b.toString('latin1');

describe('legacy Vietnamese encodings', () => {
  it('converts the TCVN3 examples of the domain notes', () => {
    expect(fixLegacyEncoding('TiÕng ViÖt lµ ng«n ng÷ chÝnh thøc').text).toBe('Tiếng Việt là ngôn ngữ chính thức');
    expect(fixLegacyEncoding('Uû ban nh©n d©n huyÖn').text).toBe('Uỷ ban nhân dân huyện');
    expect(detectLegacyEncoding('Uû ban nh©n d©n huyÖn')).toBe('tcvn3');
  });

  it('converts the VNI example of the domain notes', () => {
    expect(fixLegacyEncoding('Tieáng Vieät, ñöôïc, ngöôøi, Ñaûng, quaân').text).toBe(
      'Tiếng Việt, được, người, Đảng, quân',
    );
    expect(detectLegacyEncoding('Tieáng Vieät ñöôïc ngöôøi')).toBe('vni');
  });

  it('round-trips every lower-case letter through TCVN3 and VNI', () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ';
    const words = [...letters].map((c) => `t${c}n`).join(' ');
    expect(fixLegacyEncoding(latin1(encodeTcvn3(words))).text).toBe(words);
    expect(fixLegacyEncoding(latin1(encodeVni(words))).text).toBe(words);
    expect(fixLegacyEncoding(latin1(encodeVni(words.toUpperCase()))).text).toBe(words.toUpperCase());
  });

  it('restores capitals written in the TCVN3 capitals font (.VnTimeH)', () => {
    const heading = latin1(encodeTcvn3('ĐẢNG CỘNG SẢN VIỆT NAM'));
    const body = latin1(encodeTcvn3('Ban Thường vụ huyện ủy'));
    expect(fixLegacyEncoding(`${heading}\n${body}`).text).toBe('ĐẢNG CỘNG SẢN VIỆT NAM\nBan Thường vụ huyện ủy');
  });

  it('converts a whole seed document written in TCVN3 and in VNI', () => {
    // Symbols the 8-bit encodings lack are dropped; TCVN3's .VnTime has no toned capitals: lower case.
    const seed = fs
      .readFileSync(path.join(seedsDir, '001_fda1dcde8ea67d8e.txt'), 'utf8')
      .replace(/[^\p{L}0-9\s.,;:()\-/%]/gu, '');
    expect(fixLegacyEncoding(latin1(encodeTcvn3(seed.toLowerCase()))).text).toBe(seed.toLowerCase());
    expect(fixLegacyEncoding(latin1(encodeVni(seed))).text).toBe(seed);
  });

  it('leaves Unicode text alone, seeds and NFD included', () => {
    for (const file of fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))) {
      const text = fs.readFileSync(path.join(seedsDir, file), 'utf8');
      expect(fixLegacyEncoding(text)).toEqual({ text, encoding: null });
      expect(detectLegacyEncoding(text.normalize('NFD'))).toBeNull();
    }
    expect(fixLegacyEncoding('Grüße aus Köln © 2024 «Zitat»').encoding).toBeNull();
  });

  it('converts only the legacy paragraphs of a mixed document', () => {
    const mixed = `Báo cáo của Ban Thường vụ Huyện ủy về công tác xây dựng Đảng.\n${latin1(encodeTcvn3('kết luận của hội nghị tiếp tục lãnh đạo'))}`;
    expect(fixLegacyEncoding(mixed).text).toBe(
      'Báo cáo của Ban Thường vụ Huyện ủy về công tác xây dựng Đảng.\nkết luận của hội nghị tiếp tục lãnh đạo',
    );
  });
});
