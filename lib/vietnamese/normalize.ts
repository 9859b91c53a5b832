/**
 * Text normalisation shared by the indexer and the API.
 * Display text keeps its original spelling; only encoding-level noise is removed here.
 */

/** Private-use characters the product uses as highlight sentinels; never allowed in stored text. */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

const LOOKALIKE_D = /[\u00D0\u0189]/g; // Ð (eth), Ɖ (African D) → Đ
const LOOKALIKE_d = /[\u0256]/g; // ɖ → đ
// C0 controls except tab/newline, C1 controls, zero-width chars, BOM, bidi marks and private use.
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uE000-\uF8FF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** NFC, Đ look-alikes, line endings, invisible characters. Safe for any user or file text. */
export function normalizeText(input: string): string {
  return input
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(LOOKALIKE_D, 'Đ')
    .replace(LOOKALIKE_d, 'đ')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(INVISIBLE, '');
}

/** Collapses runs of spaces and tabs (not newlines) and trims. */
export function collapseSpaces(input: string): string {
  return input.replace(/[ \t]+/g, ' ').trim();
}

/** Consonants that never stand alone as a Vietnamese word. */
const LONE_CONSONANT = 'BCDĐGHKLMNPQRSTVX';
const UPPER_VOWEL = 'AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ';
const LETTER_SPACED = /(?<!\S)\p{Lu}(?: \p{Lu}){2,}(?!\S)/gu;
/** A lone consonant followed by a fragment that starts with a vowel: the word was cut by OCR. */
const SPLIT_CONSONANT = new RegExp(
  `(?<!\\S)(?<!(?:PHẦN|CHƯƠNG|MỤC|ĐIỀU) )([${LONE_CONSONANT}]) (?=[${UPPER_VOWEL}]\\p{Lu}*(?![\\p{L}\\d]))`,
  'gu',
);

/**
 * OCR and letter-spaced typesetting in capitalised headings: `K ÉT LUẬN` → `KÉT LUẬN`,
 * `T H Ô N G  B Á O` → `THÔNG BÁO`. Only lines written wholly in capitals are touched, and only where
 * a lone consonant (never a Vietnamese word) or a run of single letters shows the damage.
 */
export function joinSpacedCapitals(line: string): string {
  if (line.length > 200 || !/\p{Lu} \p{Lu}/u.test(line)) return line;
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3 || letters !== letters.toUpperCase()) return line;
  return line
    .replace(LETTER_SPACED, (run) => run.replaceAll(' ', ''))
    .replace(SPLIT_CONSONANT, '$1')
    .replace(/(\p{Lu})  +(?=\p{Lu})/gu, '$1 ');
}

/** How many letters (of any script) a text holds: too few means a scan without text, a page without a text layer. */
export function countLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}
