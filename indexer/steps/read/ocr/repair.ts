import { KNOWN_TYPE_CODES } from '../../../../lib/vietnamese/doc-number.js';

/**
 * Repairs of what OCR typically gets wrong in the parts of a Party document that carry meaning for
 * the index: digits read as letters inside document numbers, article numbers and dates ("l0-CT/TU",
 * "1O/2016", "Điều l"). Only OCRed text goes through here; typed text is never changed.
 */

const LOOKALIKE: Record<string, string> = { l: '1', I: '1', '|': '1', O: '0', o: '0' };
const toDigits = (s: string): string => s.replace(/[lI|Oo]/g, (c) => LOOKALIKE[c]!);
const hasDigit = (s: string): boolean => /\d/.test(s);

/** The number part of a document number: before "-CT/TU", "/QĐ-UBND", "/2023/NQ-HĐND". */
const DOC_NUMBER = /(?<![\p{L}\d])([0-9lIO|]{1,5})(?=[ \t]*[-/][ \t]*(?:\p{Lu}{1,8}\b|[0-9lIO]{4}[ \t]*\/))/gu;
/**
 * "Điều l", "Khoản I", "Điều l5": articles and clauses are numbered in digits (chapters and parts are
 * Roman: "Chương I" stays).
 */
const ARTICLE = /((?<![\p{L}\d])(?:Điều|Khoản)[ \t]+)([0-9lI|]{1,3})(?=[ \t.,:;)]|$)/gmu;
/** A date d/m/yyyy with a letter among its digits. */
const DATE = /(?<![\p{L}\d])([0-9lIO]{1,2})\/([0-9lIO]{1,2})\/([0-9lIO]{4})(?![\p{L}\d])/gu;

/** Committees that issue Party documents, as their numbers end: 10-CT/TU, 5-QĐ/HU. */
const PARTY_ISSUERS = ['TW', 'TƯ', 'TU', 'HU', 'QU', 'ĐU', 'TVTU', 'VPTU', 'VPHU'];
const KNOWN_CODES = new Set([...KNOWN_TYPE_CODES, ...PARTY_ISSUERS]);
/** A Party number whose type or committee code may carry one letter too many ("218-QĐĐ/TW", "217-QĐ/TIW"). */
const PARTY_CODES =
  /(?<![\p{L}\d])(\d{1,5}[ \t]*[-–][ \t]*)([A-ZĐÐ][A-Za-zĐÐđ|]{1,4})([ \t]*\/[ \t]*)([A-ZĐÐƯ][A-ZĐÐƯ|]{1,4})(?![\p{L}\d])/gu;

/**
 * A code OCR read with one extra letter (a doubled Đ, an I or | in a stroke) is read as the one known code
 * that deleting a single letter gives; a known code, or one with no single such reading, stays as it is.
 */
function knownCode(code: string): string {
  if (KNOWN_CODES.has(code.toUpperCase())) return code;
  const readings = new Set<string>();
  for (let i = 0; i < code.length; i++) {
    const shorter = code.slice(0, i) + code.slice(i + 1);
    if (KNOWN_CODES.has(shorter.toUpperCase())) readings.add(shorter);
  }
  return readings.size === 1 ? [...readings][0]! : code;
}

/** The type code of a state number ("101/QĐÐ-TTg", "29/2023/NQQ-HĐND"). */
const STATE_TYPE =
  /(?<![\p{L}\d])(\d{1,5}(?:[ \t]*\/[ \t]*(?:19|20)\d{2})?[ \t]*\/[ \t]*)([A-ZĐÐ][A-Za-zĐÐđ|]{1,4})(?=[ \t]*[-–][ \t]*\p{Lu})/gu;

export function repairOcrText(text: string): string {
  return (
    text
      // Tesseract's Vietnamese model often writes Đ as the Icelandic Eth, which Vietnamese never uses.
      .replace(/\u00d0/g, 'Đ')
      .replace(/\u00f0/g, 'đ')
      .replace(STATE_TYPE, (_m, n: string, type: string) => `${n}${knownCode(type)}`)
      .replace(
        PARTY_CODES,
        (_m, n: string, type: string, slash: string, issuer: string) =>
          `${n}${knownCode(type)}${slash}${knownCode(issuer)}`,
      )
      .replace(DOC_NUMBER, (m, n: string, at: number, all: string) =>
        hasDigit(n) || /số[ \t]*:?[ \t]*$/iu.test(all.slice(Math.max(0, at - 6), at)) ? toDigits(n) : m,
      )
      .replace(ARTICLE, (m, lead: string, n: string) => (hasDigit(n) || n.length === 1 ? lead + toDigits(n) : m))
      .replace(DATE, (m, d: string, mo: string, y: string) =>
        (y.match(/\d/g)?.length ?? 0) >= 2 ? `${toDigits(d)}/${toDigits(mo)}/${toDigits(y)}` : m,
      )
  );
}
