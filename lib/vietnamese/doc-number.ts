import { normalizeText } from './normalize.js';

/**
 * Document numbers ("số và ký hiệu"): Party form 10-CT/TU, 11-QĐi/TW; state form 16/CT-TTg,
 * 29/2023/NQ-HĐND, 5973/UBND-KT. The canonical key drops spaces and leading zeros of the
 * number, reads Ð/Ɖ as Đ and TƯ as TW, and upper-cases the codes: "011 - QÐi/TƯ" → "11-QĐI/TW".
 */
export function canonicalDocNumber(raw: string): string {
  let key = normalizeText(raw).replace(/\s+/g, '').toUpperCase();
  key = key.replace(/^0+(?=\d)/, '');
  key = key.replace(/\/TƯ(?=$|[-/])/g, '/TW');
  return key;
}

const UPPER = 'A-ZĐÐƉ';
const CODE = `[${UPPER}][${UPPER}a-zđ]{0,7}`; // CT, QĐi, NQ, CTr, ĐA
const ISSUER = `[${UPPER}][${UPPER}Ư0-9]{0,11}`; // TW, TU, HU, VPTU, QH14, TTg (TTg handled below)
const ISSUER_STATE = `[${UPPER}][${UPPER}Ưa-z0-9]{0,11}`;
const SEP = '\\s{0,2}';

/** Party form: NUMBER-TYPE/ISSUER(-ISSUER)*, e.g. 10-CT/TU, 05-QC/BTCTU-BDVTU. */
export const PARTY_NUMBER = new RegExp(
  `(?<![\\p{L}\\d/.,-])(\\d{1,5})${SEP}-${SEP}(${CODE})${SEP}/${SEP}(${ISSUER}(?:${SEP}-${SEP}${ISSUER})*)(?!\\d)`,
  'gu',
);

/** State form: NUMBER[/YEAR]/[TYPE-]ISSUER(-PART)*, e.g. 16/CT-TTg, 29/2023/NQ-HĐND, 29/2023/HĐND, 5973/UBND-KT. */
export const STATE_NUMBER = new RegExp(
  `(?<![\\p{L}\\d/.,-])(\\d{1,5})(?:${SEP}/${SEP}((?:19|20)\\d{2}))?${SEP}/${SEP}(${CODE})((?:${SEP}-${SEP}${ISSUER_STATE})*)(?![\\p{Ll}\\d/])`,
  'gu',
);

export interface DocNumberMatch {
  raw: string;
  key: string;
  index: number;
  form: 'party' | 'state';
  typeCode: string | null;
  issuerCode: string | null;
}

/** Every document number in a text, in order, without overlaps. */
export function findDocNumbers(text: string): DocNumberMatch[] {
  const found: DocNumberMatch[] = [];
  for (const m of text.matchAll(PARTY_NUMBER)) {
    found.push({ raw: m[0], key: canonicalDocNumber(m[0]), index: m.index ?? 0, form: 'party',
      typeCode: m[2] ?? null, issuerCode: m[3] ?? null });
  }
  for (const m of text.matchAll(STATE_NUMBER)) {
    const start = m.index ?? 0;
    if (found.some((f) => start < f.index + f.raw.length && f.index < start + m[0].length)) continue;
    const parts = (m[4] ?? '').split('-').map((p) => p.trim()).filter(Boolean);
    const hasType = parts.length > 0;
    found.push({ raw: m[0], key: canonicalDocNumber(m[0]), index: start, form: 'state',
      typeCode: hasType ? (m[3] ?? null) : null, issuerCode: hasType ? (parts[0] ?? null) : (m[3] ?? null) });
  }
  return found.sort((a, b) => a.index - b.index);
}
