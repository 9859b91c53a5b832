/** Recognises the heading styles of Vietnamese Party and state documents. */

export interface HeadingMatch {
  /** A style name; the splitter nests styles in the order they first appear. */
  style: string;
  /** The number as written, e.g. "3.7.", "II.", "a)", "Điều 5." */
  label: string;
}

const ROMAN = /^(?:PHẦN\s+)?([IVXL]{1,6})\s*(?:[.:)]\s+|[-–]\s*)(?=[\p{Lu}\d"“])/u;
const VALID_ROMAN = /^(?:L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ARABIC = /^(\d{1,2}(?:\.\d{1,2}){0,3})\s*[.)]\s*(?=\S)(?!\d)/;
const LETTER = /^([a-zđ])\)\s*\S/;
const LETTER_DOT = /^([a-zđ])\.\s+\p{Lu}/u;
const ARTICLE = /^((?:Điều|ĐIỀU)\s+\d{1,3}[a-z]?)\s*[.:]/;
/** After the number: end of line, a separator, or the title in capitals (not "Phần 102,6 tỷ đồng"). */
const AFTER_NUMBER = '(?=\\s*$|\\s*[.:\\-–]|\\s+\\p{Lu})';
const CHAPTER = new RegExp(`^((?:Chương|CHƯƠNG)\\s+(?:[IVXL]{1,6}|\\d{1,2}))${AFTER_NUMBER}`, 'u');
const PART = new RegExp(
  `^((?:Phần|PHẦN)\\s+(?:[IVXL]{1,6}|\\d{1,2}|thứ\\s+\\p{L}+|THỨ\\s+\\p{L}+))${AFTER_NUMBER}`,
  'u',
);
const SECTION = new RegExp(`^((?:Mục|MỤC)\\s+(?:[IVXL]{1,4}|\\d{1,2}))${AFTER_NUMBER}`, 'u');

export function matchHeading(line: string): HeadingMatch | null {
  const t = line.trim();
  if (t.length === 0) return null;
  let m: RegExpMatchArray | null;
  if ((m = t.match(PART))) return { style: 'part', label: m[1]! };
  if ((m = t.match(CHAPTER))) return { style: 'chapter', label: m[1]! };
  if ((m = t.match(SECTION))) return { style: 'section', label: m[1]! };
  if ((m = t.match(ARTICLE))) return { style: 'article', label: `${m[1]!}.` };
  if ((m = t.match(ROMAN)) && VALID_ROMAN.test(m[1]!)) return { style: 'roman', label: `${m[1]!}.` };
  if ((m = t.match(ARABIC))) {
    const num = m[1]!;
    const depth = num.split('.').length;
    return { style: `arabic${depth}`, label: `${num}.` };
  }
  if ((m = t.match(LETTER))) return { style: 'letter', label: `${m[1]!})` };
  if ((m = t.match(LETTER_DOT))) return { style: 'letter', label: `${m[1]!}.` };
  if (isCapitalisedHeading(t)) return { style: 'caps', label: '' };
  return null;
}

/** A short line in capitals with at least two words, e.g. "NHỮNG KẾT QUẢ ĐẠT ĐƯỢC". */
function isCapitalisedHeading(t: string): boolean {
  if (t.length > 160 || t.length < 6 || /[,;.]$/.test(t) || /^[-+*•–]/.test(t)) return false;
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length < 5) return false;
  if (letters !== letters.toUpperCase()) return false;
  return t.split(/\s+/).length >= 2;
}

/** The visible heading: the line itself when short, else its first clause. */
export function headingText(line: string): string {
  const t = line.trim();
  if (t.length <= 160) return t;
  const clause = t.slice(0, 160).match(/^.{20,}?[:.;](?=\s)/);
  return clause ? clause[0] : `${t.slice(0, 157).trimEnd()}…`;
}
