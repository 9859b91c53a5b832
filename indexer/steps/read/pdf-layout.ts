/**
 * Turns the positioned text runs of one PDF page (pdf.js text content) into plain text in reading
 * order: runs on one baseline form a line (left to right), lines go top to bottom, a wide horizontal gap
 * (a second column, as in the two-column header and signature of a Party document) starts a new line,
 * a taller vertical gap starts a new paragraph, and small raised digits become superscript footnote markers.
 */

export interface TextRun {
  str: string;
  x: number;
  /** Baseline, PDF user space (grows upwards). */
  y: number;
  width: number;
  /** Font size. */
  size: number;
}

interface Line {
  y: number;
  size: number;
  runs: TextRun[];
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const COLUMN_GAP = 3; // in font sizes
export const PAGE_NUMBER = /^(?:[-–]\s*)?(?:trang\s+)?\d{1,4}(?:\s*[-–/]\s*\d{0,4})?$/i;

export function runFromItem(item: { str: string; transform: number[]; width: number; height: number }): TextRun {
  const [a = 0, b = 0, , , e = 0, f = 0] = item.transform;
  const size = Math.hypot(a, b) || item.height || 10;
  return { str: item.str, x: e, y: f, width: item.width, size };
}

function groupLines(runs: TextRun[]): Line[] {
  // pdf.js adds white-space runs that span gaps; the gaps themselves tell where spaces and columns are.
  const sorted = runs.filter((r) => r.str.trim() !== '').sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Line[] = [];
  for (const run of sorted) {
    const line = lines.find((l) => Math.abs(l.y - run.y) <= 0.45 * Math.max(l.size, run.size));
    if (line) {
      line.runs.push(run);
      if (run.size > line.size) {
        line.size = run.size;
        line.y = run.y;
      }
    } else {
      lines.push({ y: run.y, size: run.size, runs: [run] });
    }
  }
  return lines.sort((p, q) => q.y - p.y);
}

/** A small run raised above the line's baseline that holds only digits is a footnote marker. */
function runText(run: TextRun, line: Line): string {
  const raised = run.size < 0.8 * line.size && run.y - line.y > 0.15 * line.size;
  if (raised && /^\s*\d{1,3}\s*$/.test(run.str)) return [...run.str.trim()].map((d) => SUPERSCRIPT[Number(d)]).join('');
  return run.str;
}

/** One line's runs as text segments; a gap of several font sizes splits it into column segments. */
function lineSegments(line: Line): string[] {
  const runs = line.runs.sort((p, q) => p.x - q.x);
  const segments: string[] = [];
  let text = '';
  let end = -Infinity;
  for (const run of runs) {
    const gap = run.x - end;
    const str = runText(run, line);
    if (text !== '' && gap > COLUMN_GAP * line.size) {
      segments.push(text);
      text = str;
    } else {
      const needsSpace = text !== '' && gap > 0.15 * run.size && !/\s$/.test(text) && !/^\s/.test(str);
      text += needsSpace ? ` ${str}` : str;
    }
    end = Math.max(end, run.x + run.width);
  }
  if (text !== '') segments.push(text);
  return segments.map((s) => s.replace(/[ \t]+/g, ' ').trim()).filter(Boolean);
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor((s.length - 1) / 2)]!;
}

/** The text of one page; a page number alone on the first or last line is dropped. */
export function pageText(runs: TextRun[]): string {
  const lines = groupLines(runs)
    .map((line) => ({ line, segments: lineSegments(line) }))
    .filter((l) => l.segments.length > 0);
  while (lines.length > 0 && PAGE_NUMBER.test(lines[0]!.segments.join(' '))) lines.shift();
  while (lines.length > 0 && PAGE_NUMBER.test(lines[lines.length - 1]!.segments.join(' '))) lines.pop();
  const gaps = lines.slice(1).map((l, i) => lines[i]!.line.y - l.line.y);
  const usual = median(gaps);
  const out: string[] = [];
  lines.forEach(({ line, segments }, i) => {
    const gap = i > 0 ? gaps[i - 1]! : 0;
    if (i > 0 && gap > Math.max(1.5 * usual, 1.6 * line.size)) out.push('');
    out.push(...segments);
  });
  return out.join('\n');
}

/** Joins pages; a sentence that runs over a page break (no final stop, lower-case start) is rejoined. */
export function joinPages(pages: string[]): string {
  let text = '';
  for (const page of pages.map((p) => p.trim()).filter(Boolean)) {
    if (text === '') text = page;
    else if (!/[.!?:;…)”"»]$/.test(text) && /^\p{Ll}/u.test(page)) text += `\n${page}`;
    else text += `\n\n${page}`;
  }
  return text;
}
