import { describe, expect, it } from 'vitest';
import { normalizeText, telexText, telexTextByWord } from '../../lib/vietnamese/index.js';

const LETTERS = [...'aăâeêioôơuưyđAĂÂĐáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ0123456789'];
const ODD = [
  ' ',
  ' ',
  '.',
  ',',
  '-',
  '–',
  '“',
  '…',
  '⁽',
  '¹',
  '²',
  '½',
  'ß',
  'Æ',
  'İ',
  'ı',
  'ĳ',
  'Σ',
  'σ',
  'ς',
  'α',
  'р',
  '\u0301',
  '\u0302',
  '\u0323',
  '\u031b',
  '\u0591',
  '\u05a4',
  '😀',
  '𝐀',
  '\ud800',
  'ʼ',
  'ˮ',
  '\u00a0',
  '\t',
  '\n',
];

/** A deterministic generator (LCG), so a failure reproduces. */
function* strings(count: number, seed = 42): Generator<string> {
  let x = seed;
  const next = (n: number): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x % n;
  };
  for (let i = 0; i < count; i++) {
    let s = '';
    for (let k = next(16) + 1; k > 0; k--) s += next(3) === 0 ? ODD[next(ODD.length)] : LETTERS[next(LETTERS.length)];
    yield s;
  }
}

describe('telexText fast path', () => {
  it('encodes exactly like the word-by-word reference on odd mixes of letters, marks and symbols', () => {
    let compared = 0;
    for (const s of strings(50_000)) {
      expect(telexText(s), JSON.stringify(s)).toBe(telexTextByWord(s));
      compared++;
    }
    expect(compared).toBe(50_000);
  });

  it('encodes Vietnamese text, decomposed or not, the same way', () => {
    const text = 'Ban Thường vụ Huyện ủy Trà Cú: phòng, chống sốt xuất huyết⁽¹⁾ – ΟΔΟΣ 😀 quý/qúy.';
    expect(telexText(text)).toBe(telexTextByWord(text));
    expect(telexText(text.normalize('NFD'))).toBe(telexTextByWord(text.normalize('NFD')));
    expect(telexText(normalizeText(text.normalize('NFD')))).toBe(telexText(text));
    expect(telexText('sốt xuất huyết')).toBe('soots xuaats huyeets');
  });
});
