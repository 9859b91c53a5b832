import { normalizeText } from './normalize.js';

/**
 * Document numbers ("số và ký hiệu"): Party form 10-CT/TU, 11-QĐi/TW; state form 16/CT-TTg,
 * 29/2023/NQ-HĐND, 5973/UBND-KT. Real text breaks the rules (spaces around separators, Ð for Đ,
 * TƯ for TW, a missing hyphen, a missing type code, a type code glued to the next word), so the
 * patterns are lenient and the canonical key irons the variants out.
 */

/** Party type codes, used where the text drops the hyphen ("84 QĐ/TWĐTN") or writes "N/QĐ/TTg". */
export const KNOWN_TYPE_CODES = [
  'NQ',
  'QĐI',
  'QĐ',
  'CT',
  'KL',
  'QC',
  'TT',
  'HD',
  'TB',
  'BC',
  'KH',
  'CTR',
  'ĐA',
  'TTR',
  'CV',
  'BB',
  'NĐ',
  'CĐ',
  'CD',
  'TTLT',
  'TBKL',
];

/**
 * Canonical key: spaces removed, Ð/Ɖ read as Đ, dashes unified, leading zeros of the number dropped,
 * codes upper-cased, TƯ read as TW, and "N/QĐ/TTg" read as "N/QĐ-TTg": "011 - QÐi/TƯ" → "11-QĐI/TW".
 */
export function canonicalDocNumber(raw: string): string {
  let key = normalizeText(raw).replace(/[–—]/g, '-').replace(MISSING_HYPHEN, '$1-');
  key = key.replace(/\s+/g, '').toUpperCase();
  key = key.replace(/^0+(?=\d)/, '');
  key = key.replace(/([/-])TƯ(?=$|[-/])/g, '$1TW');
  const slashed = key.match(/^(\d+[A-Z]?)\/([^/-]+)\/([^/\d][^/]*)$/);
  if (slashed && KNOWN_TYPE_CODES.includes(slashed[2]!)) key = `${slashed[1]}/${slashed[2]}-${slashed[3]}`;
  // Type codes typed without the Đ: "34/2018/QD-TTg", "15-QD/TU".
  return key.replace(
    /(^\d+[A-Z]?(?:\/\d{4})?\/|^\d+-)(QD|ND|QDI)(?=[-/]|$)/,
    (_, p: string, c: string) => p + c.replace('D', 'Đ'),
  );
}

/** The number as it should be shown: spacing and look-alikes cleaned, the writer's case kept. */
export function displayDocNumber(raw: string): string {
  return normalizeText(raw).replace(/[–—]/g, '-').replace(MISSING_HYPHEN, '$1-').replace(/\s+/g, '');
}

/** "84 QĐ/TWĐTN": a Party number whose hyphen is missing (a single letter is a suffix: "966 A/CV"). */
const MISSING_HYPHEN = /^(\d+)[ \t]+(?=[A-ZĐ][A-ZĐa-zđ]+[ \t]*\/)/;

const U = 'A-ZĐÐƉƯ';
const SEP = '[ \\t]{0,2}';
const DASH = `${SEP}[-–]${SEP}`;
const SLASH = `${SEP}/${SEP}`;
const BEFORE = '(?<![\\p{L}\\d/.,\\-–])';
const TYPE = `[${U}][${U}a-zđ]{0,6}`; // CT, QĐi, NQ, CTr, ĐA, TBKL
const PARTY_ISSUER = `[${U}][${U}0-9]{0,11}`; // TW, TU, HU, VPTU, BTGQU, UBKTTW, ĐUCA
const NO_HYPHEN_TYPES = 'NQ|QĐi|QĐ|CT|KL|QC|HD|TB|BC|KH|CTr|ĐA|TTr|CV';
const STATE_CODE = `[${U}][${U}a-z0-9]{0,11}`; // QĐ, CT, TTg, UBND, QH14
const STATE_PART = `(?:[${U}]\\.)+[${U}]|[${U}][${U}a-z0-9]{0,11}`; // KT, TTg, BGTVT, V.I

/** Party form: NUMBER-TYPE/ISSUER(-ISSUER)*, e.g. 10-CT/TU, 05-QC/BTCTU-BDVTU, 84 QĐ/TWĐTN. */
export const PARTY_NUMBER = new RegExp(
  `${BEFORE}(\\d{1,5})(?:${DASH}(${TYPE})|[ \\t](${NO_HYPHEN_TYPES}))${SLASH}(${PARTY_ISSUER}(?:${DASH}${PARTY_ISSUER})*)(?![${U}0-9])`,
  'gu',
);

/** State form: NUMBER[/YEAR]/CODE[-PART]*, e.g. 16/CT-TTg, 29/2023/NQ-HĐND, 29/2023/HĐND, 5973/UBND-KT, 1143/QĐ/TTg. */
export const STATE_NUMBER = new RegExp(
  `${BEFORE}(\\d{1,5}(?:[ \\t]?[A-Z](?=${SLASH}))?)(?:${SLASH}((?:19|20)\\d{2}))?${SLASH}(${STATE_CODE})((?:(?:${DASH}|${SLASH})(?:${STATE_PART}))*(?:\\/(?:19|20)\\d{2})?)(?![\\p{L}\\d/])`,
  'gu',
);

/** Codes that name a Party committee only: "9/TU" alone is no state number (a state number has a type or an office). */
const PARTY_ONLY = new Set(['TW', 'TƯ', 'TU', 'HU', 'QU', 'ĐU', 'TVTU']);

/**
 * "54/2017/QH 14", "522/C 46", "749/NQ-UBTVQH 14": text whose letters and digits were split apart
 * (word segmentation, OCR). Digits after a letter code, before a word that ends the number, belong to it.
 */
const SPLIT_DIGITS =
  /^[ \t](\d{1,2})(?=[ \t]*(?:[,.;:)\n]|$)|[ \t]+(?:về|ngày|của|và|do|phê|được|đã|có|trả|năm|thì)(?![\p{L}]))/u;

function withSplitDigits(text: string, m: DocNumberMatch): DocNumberMatch {
  if (!/\p{L}$/u.test(m.raw)) return m;
  const tail = SPLIT_DIGITS.exec(text.slice(m.index + m.raw.length, m.index + m.raw.length + 16));
  if (!tail) return m;
  const raw = m.raw + tail[0];
  return { ...m, raw, key: canonicalDocNumber(raw), display: displayDocNumber(raw) };
}

export interface DocNumberMatch {
  /** The text as written. */
  raw: string;
  /** Canonical key (see canonicalDocNumber). */
  key: string;
  /** The number for display (spacing cleaned, case kept). */
  display: string;
  index: number;
  form: 'party' | 'state';
  typeCode: string | null;
  issuerCode: string | null;
}

function overlaps(found: DocNumberMatch[], start: number, end: number): boolean {
  return found.some((f) => start < f.index + f.raw.length && f.index < end);
}

/** A letter glued to the number ("966 A/CV-UBT") is trusted only right after the word "số". */
function plausibleSuffix(text: string, start: number, number: string): boolean {
  if (!/[A-Z]$/.test(number)) return true;
  return /(?<![\p{L}])số\s*:?\s*$/iu.test(text.slice(Math.max(0, start - 8), start));
}

/** Every document number in a text, in order, without overlaps. */
export function findDocNumbers(text: string): DocNumberMatch[] {
  const found: DocNumberMatch[] = [];
  for (const m of text.matchAll(PARTY_NUMBER)) {
    found.push(
      withSplitDigits(text, {
        raw: m[0],
        key: canonicalDocNumber(m[0]),
        display: displayDocNumber(m[0]),
        index: m.index ?? 0,
        form: 'party',
        typeCode: m[2] ?? m[3] ?? null,
        issuerCode: m[4] ?? null,
      }),
    );
  }
  for (const m of text.matchAll(STATE_NUMBER)) {
    const start = m.index ?? 0;
    if (overlaps(found, start, start + m[0].length) || !plausibleSuffix(text, start, m[1]!)) continue;
    const parts = (m[4] ?? '')
      .split(/[-–/]/)
      .map((p) => p.trim())
      .filter(Boolean);
    const code = m[3]!;
    if (parts.length === 0 && PARTY_ONLY.has(canonicalDocNumber(code))) continue;
    const isType = KNOWN_TYPE_CODES.includes(canonicalDocNumber(code));
    found.push(
      withSplitDigits(text, {
        raw: m[0],
        key: canonicalDocNumber(m[0]),
        display: displayDocNumber(m[0]),
        index: start,
        form: 'state',
        typeCode: isType ? code : null,
        issuerCode: isType ? (parts[0] ?? null) : code,
      }),
    );
  }
  return found.sort((a, b) => a.index - b.index);
}
