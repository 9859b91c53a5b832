/** One line as Tesseract found it: its box in pixels and its words. */
export interface OcrLine {
  left: number;
  top: number;
  width: number;
  height: number;
  words: string[];
  /** Left edge and width of each word, when known. */
  boxes?: [left: number, width: number][];
}

/** A horizontal gap between two words wider than this many line heights separates two columns. */
const COLUMN_GAP = 1.6;

/** How far short of the right margin a line may end and still be a wrapped (full) line, in text widths. */
const FULL_LINE_SLACK = 0.12;

/**
 * Lays OCRed lines out as the text of a typed document: one paragraph a line, paragraphs apart.
 * A paragraph break is read from the page, not from Tesseract's paragraph guesses (which often split
 * a paragraph mid-sentence): a vertical gap wider than half a line, or a jump back up the page (the
 * next column). Within a paragraph, a line that runs to the right margin was wrapped by the printer,
 * so the next line is joined to it; a short line (a header line, a heading, a list item's end) stays a
 * line of its own. A sentence that ends at the margin and a next line that starts like a new item
 * ("2.", "- ", a capital) is not joined either.
 */
export function layOut(lines: readonly OcrLine[]): string {
  const heights = lines.map((l) => l.height).sort((a, b) => a - b);
  const lineHeight = heights[Math.floor(heights.length / 2)] ?? 0;
  const { left, right } = textColumn(lines);
  const slack = FULL_LINE_SLACK * (right - left);
  let text = '';
  lines.forEach((line, i) => {
    const segments = columnSegments(line);
    const words = segments.join('\n');
    const prev = lines[i - 1];
    if (prev) {
      const gap = line.top - (prev.top + prev.height);
      const newParagraph = gap > 0.5 * lineHeight || line.top < prev.top - 0.2 * lineHeight;
      // A line of two columns (the header's "ĐẢNG BỘ TỈNH …   ĐẢNG CỘNG SẢN VIỆT NAM") is never wrapped text.
      const full =
        prev.left + prev.width >= right - slack && segments.length === 1 && columnSegments(prev).length === 1;
      const prevText = prev.words.join(' ');
      const newItem = /[.:;!?]$/.test(prevText) && /^(?:\p{Lu}|\d|[-–+•*])/u.test(words);
      if (newParagraph) text += '\n\n';
      else if (!full || newItem) text += '\n';
      else if (/\p{L}-$/u.test(prevText) && /^[\p{L}\d]/u.test(words)) text += '';
      else text += ' ';
    }
    text += words;
  });
  return text;
}

/**
 * The words of a line, split where a gap wider than COLUMN_GAP line heights (a justified line stretches its spaces to about one) stands between two words:
 * Tesseract often reads the two columns of a Party document's header as one line.
 */
function columnSegments(line: OcrLine): string[] {
  const boxes = line.boxes;
  if (!boxes || boxes.length !== line.words.length) return [line.words.join(' ')];
  const segments: string[][] = [[]];
  line.words.forEach((word, i) => {
    const gap = i > 0 ? boxes[i]![0] - (boxes[i - 1]![0] + boxes[i - 1]![1]) : 0;
    if (gap > COLUMN_GAP * line.height) segments.push([]);
    segments.at(-1)!.push(word);
  });
  return segments.map((s) => s.join(' '));
}

/** Left and right edges of the body text: the edges most long lines share (a wide header line does not move them). */
function textColumn(lines: readonly OcrLine[]): { left: number; right: number } {
  const widest = Math.max(0, ...lines.map((l) => l.width));
  const long = lines.filter((l) => l.width >= 0.6 * widest);
  const rights = long.map((l) => l.left + l.width).sort((a, b) => a - b);
  const lefts = long.map((l) => l.left).sort((a, b) => a - b);
  return { left: lefts[Math.floor(lefts.length * 0.1)] ?? 0, right: rights[Math.floor(rights.length * 0.9)] ?? 0 };
}
