/** Small line predicates shared by the splitter's passes. */

export const isBlank = (line: string): boolean => line.trim() === '';

/** Segments of a line that plain-text extraction built from two columns (tab or 3+ spaces between them). */
export function columnSegments(line: string): string[] {
  return line
    .split(/\t+| {3,}/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Written wholly in capitals (ignoring digits and punctuation), with at least `minLetters` letters. */
export function isCapsText(text: string, minLetters = 3): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= minLetters && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** The type line that opens a document's title block: `THÔNG BÁO`, `KẾT LUẬN`, `BÁO CÁO` … */
export const TITLE_TYPE_LINE = new RegExp(
  '^(?:THÔNG BÁO|KẾT LUẬN|BÁO CÁO|NGHỊ QUYẾT|CHỈ THỊ|KẾ HOẠCH|QUY ĐỊNH|QUYẾT ĐỊNH|HƯỚNG DẪN|CHƯƠNG TRÌNH|ĐỀ ÁN|' +
    'TỜ TRÌNH|CÔNG VĂN|QUY CHẾ|THÔNG TRI|BIÊN BẢN|CÔNG ĐIỆN|DIỄN VĂN|BÀI PHÁT BIỂU|THƯ|GIẤY MỜI|TRÍCH YẾU)(?![\\p{L}])',
  'u',
);

/** Sentence-final punctuation at the end of a line (a paragraph that ends here is complete). */
export const ENDS_SENTENCE = /[.!?:;…"”»)\]]\s*$/;

/** Index of the first and one past the last non-blank line of `lines[from, to)`. */
export function trimRange(lines: string[], from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && isBlank(lines[start]!)) start++;
  while (end > start && isBlank(lines[end - 1]!)) end--;
  return [start, end];
}

/** A superscript digit, and the start of a footnote line (`⁽¹⁾ …` or `¹ …`). */
export const SUP = '[⁰¹²³⁴-⁹]';
export const NOTE_START = new RegExp(`^\\s*(?:⁽(${SUP}{1,3})⁾|(${SUP}{1,3}))\\s*(?=\\S)`, 'u');

export function isFootnoteLine(line: string): boolean {
  return NOTE_START.test(line);
}
