/**
 * The period a document covers, as its title states it, in one canonical spelling:
 * "tháng 8/2023", "quý IV/2023", "6 tháng đầu năm 2023", "9 tháng năm 2023", "năm 2023".
 * A time reference introduced by "từ", "đến", "trước", "sau" is not a covered period.
 */

const ROMAN: Record<string, string> = {
  '1': 'I',
  '2': 'II',
  '3': 'III',
  '4': 'IV',
  i: 'I',
  ii: 'II',
  iii: 'III',
  iv: 'IV',
};
const YEAR = '((?:19|20)\\d{2})';
const SEP_YEAR = `(?:[ \\t]*[/-][ \\t]*|,?[ \\t]+năm[ \\t]+)${YEAR}`;

const PATTERNS: {
  re: RegExp;
  format: (m: RegExpMatchArray, year: string) => string;
  valid?: (m: RegExpMatchArray) => boolean;
}[] = [
  {
    re: new RegExp(`quý[ \\t]+(IV|III|II|I|[1-4])(?![\\p{L}\\d])(?:${SEP_YEAR})?`, 'iu'),
    format: (m, y) => `quý ${ROMAN[m[1]!.toLowerCase()] ?? m[1]!.toUpperCase()}/${y}`,
  },
  {
    re: new RegExp(`(6|9|sáu|chín)[ \\t]+tháng(?:[ \\t]+(đầu|cuối))?(?:[ \\t]+năm[ \\t]+${YEAR})?`, 'iu'),
    format: (m, y) => `${/^(6|sáu)$/i.test(m[1]!) ? 6 : 9} tháng ${m[2] ? `${m[2].toLowerCase()} ` : ''}năm ${y}`,
    valid: (m) => Boolean(m[2] ?? m[3]),
  },
  {
    re: new RegExp(`tháng[ \\t]+(\\d{1,2})(?![\\d/])(?:${SEP_YEAR})?`, 'iu'),
    format: (m, y) => `tháng ${Number(m[1])}/${y}`,
  },
  { re: new RegExp(`(?<![\\p{L}])năm[ \\t]+${YEAR}`, 'iu'), format: (_m, y) => `năm ${y}` },
];

/** The last year a title names after `from` ("tháng 8, … tháng 9 năm 2023" → 2023). */
function yearAfter(title: string, from: number): string | null {
  return title.slice(from).match(/(?<!\d)((?:19|20)\d{2})(?!\d)/)?.[1] ?? null;
}

const NOT_COVERED = /(?:từ|đến|tới|trước|sau|kể từ|hiệu lực)[ \t]+$/iu;

export function extractPeriod(title: string, documentDate: string | null): string | null {
  const found: { at: number; value: string }[] = [];
  for (const { re, format, valid } of PATTERNS) {
    const global = new RegExp(re.source, `${re.flags}g`);
    for (const m of title.matchAll(global)) {
      const at = m.index ?? 0;
      if (NOT_COVERED.test(title.slice(Math.max(0, at - 12), at)) || (valid && !valid(m))) continue;
      const year =
        m.slice(1).find((g) => g && /^(19|20)\d{2}$/.test(g)) ?? yearAfter(title, at) ?? documentDate?.slice(0, 4);
      if (!year) continue;
      found.push({ at, value: format(m, year) });
      break;
    }
  }
  found.sort((a, b) => a.at - b.at);
  return found[0]?.value ?? null;
}
