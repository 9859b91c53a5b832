import { describe, expect, it } from 'vitest';
import {
  canonicalDocNumber,
  findDocNumbers,
  foldDiacritics,
  normalizeText,
  telexText,
  telexWord,
} from '../../lib/vietnamese/index.js';

describe('normalizeText', () => {
  it('turns NFD into NFC so both give the same text', () => {
    const nfd = 'Huyện ủy Trà Cú'.normalize('NFD');
    expect(nfd).not.toBe('Huyện ủy Trà Cú');
    expect(normalizeText(nfd)).toBe('Huyện ủy Trà Cú');
  });
  it('reads Ð (U+00D0) and Ɖ (U+0189) as Đ', () => {
    expect(normalizeText('11-Q\u00D0i/TW và \u0189ảng')).toBe('11-QĐi/TW và Đảng');
  });
  it('removes invisible characters, lone surrogates and the highlight sentinels', () => {
    expect(normalizeText('a\u200Bb\uFEFFc\uD800d\uE000e')).toBe('abcde');
  });
});

describe('telex encoding', () => {
  it('keeps accents apart: sốt ≠ sót, huyết ≠ huyện', () => {
    expect(telexWord('sốt')).toBe('soots');
    expect(telexWord('sót')).toBe('sots');
    expect(telexWord('huyết')).not.toBe(telexWord('huyện'));
  });
  it('folds tone-mark placement: hoà = hòa, uỷ = ủy, qúy = quý', () => {
    expect(telexWord('hoà')).toBe(telexWord('hòa'));
    expect(telexWord('uỷ')).toBe(telexWord('ủy'));
    expect(telexWord('qúy')).toBe(telexWord('quý'));
  });
  it('encodes đ and a whole text', () => {
    expect(telexText('Đảng bộ, huyện!')).toBe('ddangr booj huyeenj');
  });
});

describe('foldDiacritics', () => {
  it('removes accents and đ', () => {
    expect(foldDiacritics('Sốt xuất huyết Đồng')).toBe('Sot xuat huyet Dong');
  });
});

describe('document numbers', () => {
  it('canonicalises spacing, Ð, TƯ and leading zeros', () => {
    expect(canonicalDocNumber('011 - QÐi/TƯ')).toBe('11-QĐI/TW');
    expect(canonicalDocNumber('16/CT - TTg')).toBe('16/CT-TTG');
    expect(canonicalDocNumber('06-ĐA/TU')).toBe('6-ĐA/TU');
  });
  it('finds Party and state forms but not counts or names', () => {
    const text =
      'Chỉ thị số 10-CT/TU, ngày 15/6/2016; Chỉ thị số 16/CT-TTg; Nghị quyết số 29/2023/HĐND; ' +
      'Quy định 11-QÐi/TW; 01-KL/TWcủa Bộ Chính trị; hướng dẫn 35.142 người; Ban Chỉ đạo 35; ngày 19/10/2022.';
    expect(findDocNumbers(normalizeText(text)).map((m) => m.key)).toEqual([
      '10-CT/TU',
      '16/CT-TTG',
      '29/2023/HĐND',
      '11-QĐI/TW',
      '1-KL/TW',
    ]);
  });
});
