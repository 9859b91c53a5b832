/**
 * Lays a document's text out as A4 pages, the way an office prints a Party document before it is scanned:
 * embedded DejaVu, real word wrap measured with the font, 3 cm left / 2 cm other margins, paragraphs kept,
 * and — when the text opens with one — the two-column header (issuing body and number on the left,
 * "ĐẢNG CỘNG SẢN VIỆT NAM" or "CỘNG HÒA …" and the place-date line on the right).
 * Returns the PDF and, per page, the text placed on it in the text's own order (the OCR reference).
 */
import fs from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';

export interface TypesetOptions {
  font?: 'serif' | 'sans';
  /** Body size in points (12-13 in real documents). */
  size?: number;
  /** Stop after this many pages. */
  maxPages?: number;
}

export interface Typeset {
  pdf: Uint8Array;
  /** The text of each page as laid out, lines in the source's order (a header's as the text gives them). */
  pageTexts: string[];
  /** The paragraphs placed, one a line with blank lines between (the last one cut at the page limit). */
  text: string;
}

const A4: [number, number] = [595.28, 841.89];
const CM = 72 / 2.54;
const MARGIN = { left: 3 * CM, right: 2 * CM, top: 2 * CM, bottom: 2 * CM };
const FONT_DIR = '/usr/share/fonts/truetype/dejavu';

const LEFT_START =
  /^(ĐẢNG BỘ|ĐẢNG ỦY|ĐẢNG UỶ|HUYỆN ỦY|HUYỆN UỶ|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|BAN CHẤP HÀNH|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)/u;
const RIGHT_TITLE =
  /^(ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc)/u;
const PLACE_DATE = /^[^,]{2,40}, ngày .{1,12} tháng .{1,6} năm \d{4}$/u;
const LEFT_LINE = /^(Số[\s:].{0,40}|[-*_ ]{1,20}|[\p{Lu}\d\s,.-]{2,60})$/u;

/** A header's two columns, its lines in the text's own order (the reference), and the lines around it. */
export interface Header {
  left: string[];
  right: string[];
  lines: string[];
  before: string[];
  after: string[];
}

/**
 * Finds a two-column header among the first lines: from a line naming an issuing body, lines that are
 * the right column's (national title, motto, place-date) or the left column's (capitals, "Số …", rules),
 * ending with the place-date line. Null when the text does not open like that.
 */
export function findHeader(lines: string[]): Header | null {
  const start = lines.slice(0, 12).findIndex((l) => LEFT_START.test(l));
  if (start < 0) return null;
  const left: string[] = [];
  const right: string[] = [];
  let end = start;
  for (let i = start; i < Math.min(lines.length, start + 10); i++) {
    const line = lines[i]!;
    const rule = /^[-*_ ]+$/.test(line);
    if (RIGHT_TITLE.test(line) || PLACE_DATE.test(line) || (rule && right.at(-1) === lines[i - 1])) right.push(line);
    else if (LEFT_LINE.test(line)) left.push(line);
    else break;
    end = i + 1;
    if (PLACE_DATE.test(line)) break;
  }
  if (left.length === 0 || right.length === 0) return null;
  return { left, right, lines: lines.slice(start, end), before: lines.slice(0, start), after: lines.slice(end) };
}

/** The text as printed: no markdown bold, no control characters, one paragraph a line, no empty lines. */
export function printableLines(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/\*\*/g, '')
    .replace(/[\u00a0\t]/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .split(/\r?\n/)
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .filter((l) => l !== '');
}

/** Greedy word wrap by the font's real widths; the first line is `indent` points narrower. */
function wrap(paragraph: string, font: PDFFont, size: number, width: number, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width - (lines.length === 0 ? indent : 0)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (font.widthOfTextAtSize(line, size) > width) {
      // one word wider than the line: break it
      let cut = line.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

export async function typesetPages(text: string, opts: TypesetOptions = {}): Promise<Typeset> {
  const size = opts.size ?? 12.5;
  const leading = size * 1.4;
  const maxPages = opts.maxPages ?? Infinity;
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fontFile = `${FONT_DIR}/${opts.font === 'sans' ? 'DejaVuSans.ttf' : 'DejaVuSerif.ttf'}`;
  const font = await doc.embedFont(fs.readFileSync(fontFile), { subset: true });
  const width = A4[0] - MARGIN.left - MARGIN.right;
  const pageTexts: string[] = [];
  let page: PDFPage | null = null;
  let y = 0;
  const newPage = (): boolean => {
    if (pageTexts.length >= maxPages) return false;
    page = doc.addPage(A4);
    pageTexts.push('');
    y = A4[1] - MARGIN.top - size;
    return true;
  };
  const note = (s: string): void => {
    pageTexts[pageTexts.length - 1] += `${pageTexts.at(-1) ? '\n' : ''}${s}`;
  };
  newPage();

  const placed: string[] = [];
  /** Body paragraphs, first line indented 1 cm; false once the page limit is reached. */
  const paragraphs = (list: string[]): boolean => {
    for (const paragraph of list) {
      const drawn: string[] = [];
      for (const [i, l] of wrap(paragraph, font, size, width, CM).entries()) {
        if (y < MARGIN.bottom && !newPage()) {
          if (drawn.length) placed.push(drawn.join(' '));
          return false;
        }
        page!.drawText(l, { x: MARGIN.left + (i === 0 ? CM : 0), y, size, font });
        note(l);
        drawn.push(l);
        y -= leading;
      }
      placed.push(drawn.join(' '));
      y -= leading * 0.35;
    }
    return true;
  };
  const lines = printableLines(text);
  const header = findHeader(lines);
  if (header && paragraphs(header.before)) {
    if (y - leading * Math.max(header.left.length, header.right.length) < MARGIN.bottom) newPage();
    const colWidth = [width * 0.42, width * 0.58];
    const top = y;
    let bottom = y;
    [header.left, header.right].forEach((col, c) => {
      let cy = top;
      for (const l of col) {
        const s = Math.min(size, (size * colWidth[c]!) / font.widthOfTextAtSize(l, size));
        const x = MARGIN.left + (c === 0 ? 0 : colWidth[0]!) + (colWidth[c]! - font.widthOfTextAtSize(l, s)) / 2;
        page!.drawText(l, { x, y: cy, size: s, font });
        cy -= leading;
      }
      bottom = Math.min(bottom, cy);
    });
    y = bottom - leading * 0.5;
    header.lines.forEach(note);
    placed.push(header.lines.join('\n'));
  }
  paragraphs(header ? header.after : lines);
  return { pdf: await doc.save(), pageTexts, text: placed.join('\n\n') };
}
