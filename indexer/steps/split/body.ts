import type { RawSection } from '../types.js';
import { paragraphSections, splitLong } from './chunk.js';
import { headingText, matchHeading, type HeadingMatch } from './headings.js';
import { isBlank, isCapsText, trimRange } from './lines.js';

/** A section with the index of the line its block starts on (to place footnotes). */
export interface Piece extends RawSection {
  start: number;
}

const MIN_PARAGRAPH = 120;
const MAX_PARAGRAPH = 2000;
const MAX_SECTION = 6000;
const CHUNK = 3000;
const MAX_CAPS_LABEL = 60;

interface Block {
  heading: string | null;
  path: string[];
  start: number;
  end: number;
}

/**
 * Splits the body on the document's own headings (numbered, Phần/Chương/Mục/Điều, capitalised lines),
 * nesting heading styles in the order they first appear. `-`, `+`, `*` bullets never split. Text before
 * the first heading (and a body without headings) is cut into paragraphs; an oversized section into
 * pieces that keep its heading and path.
 */
export function splitBody(lines: string[], from: number, to: number): Piece[] {
  const blocks: Block[] = [];
  const stack: { style: string; label: string }[] = [];
  let current: Block = { heading: null, path: [], start: from, end: from };
  let sawStructure = false;
  let sawParagraph = false;

  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const h = matchHeading(line);
    const isHeading =
      h !== null && (h.style !== 'caps' || ((sawStructure || sawParagraph) && introducesText(lines, i, to)));
    if (!isHeading) {
      if (line.trim().length >= 80 && !isCapsText(line)) sawParagraph = true;
      continue;
    }
    sawStructure = true;
    const at = stack.findIndex((s) => s.style === h.style);
    if (at >= 0) stack.length = at;
    let heading = headingText(line);
    const titleLine = chapterTitle(lines, i, h, to);
    if (titleLine >= 0) heading = `${heading.replace(/[.:]\s*$/, '')}. ${lines[titleLine]!.trim()}`;
    stack.push({ style: h.style, label: h.label || shortLabel(heading) });
    current.end = i;
    blocks.push(current);
    current = { heading, path: stack.map((s) => s.label), start: i, end: i };
    if (titleLine >= 0) i = titleLine;
  }
  current.end = to;
  blocks.push(current);
  return blocks.flatMap((b) => blockSections(lines, b));
}

function blockSections(lines: string[], block: Block): Piece[] {
  const [start, end] = trimRange(lines, block.start, block.end);
  if (start >= end) return [];
  const text = lines.slice(start, end).join('\n');
  const base = { heading: block.heading, path: block.path, kind: 'body' as const, start: block.start };
  if (block.heading === null)
    return paragraphSections(text, MIN_PARAGRAPH, MAX_PARAGRAPH).map((t) => ({ ...base, text: t }));
  if (text.length <= MAX_SECTION) return [{ ...base, text }];
  return splitLong(text, CHUNK).map((t) => ({ ...base, text: t }));
}

/** `Chương I` alone on its line, followed by its title in capitals on the next line. */
function chapterTitle(lines: string[], i: number, h: HeadingMatch, to: number): number {
  if (!['part', 'chapter', 'section'].includes(h.style)) return -1;
  if (lines[i]!.trim().replace(/[.:]$/, '').length > h.label.length + 1) return -1;
  let j = i + 1;
  while (j < to && isBlank(lines[j]!)) j++;
  if (j >= to || !isCapsText(lines[j]!) || lines[j]!.length > 160 || matchHeading(lines[j]!)?.label) return -1;
  return j;
}

function shortLabel(heading: string): string {
  return heading.length <= MAX_CAPS_LABEL ? heading : `${heading.slice(0, MAX_CAPS_LABEL - 1).trimEnd()}…`;
}

/**
 * A capitalised line is a heading only when text follows it: a line of running text (not capitals)
 * among the next few. This keeps authors and photo credits in capitals (`DUY AN`) out.
 */
function introducesText(lines: string[], i: number, to: number): boolean {
  let seen = 0;
  for (let j = i + 1; j < to && seen < 3; j++) {
    const line = lines[j]!.trim();
    if (line === '') continue;
    seen++;
    if (line.length >= 40 && !isCapsText(line)) return true;
  }
  return false;
}
