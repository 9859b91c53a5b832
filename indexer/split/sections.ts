import type { RawSection } from '../types.js';
import { headingText, matchHeading } from './headings.js';

const MIN_PARAGRAPH = 120;
const MAX_SECTION = 6000;

/**
 * Splits a normalised document into sections on its own structure (numbered and capitalised
 * headings); without headings, into paragraphs. Concatenated, the sections hold the whole text.
 */
export function splitSections(text: string): RawSection[] {
  const lines = text.split('\n');
  const blocks: { heading: string | null; path: string[]; lines: string[] }[] = [];
  const stack: { style: string; label: string }[] = [];
  let current: { heading: string | null; path: string[]; lines: string[] } = { heading: null, path: [], lines: [] };
  let sawHeading = false;

  for (const line of lines) {
    const h = matchHeading(line);
    if (h && h.style !== 'caps' || (h && h.style === 'caps' && sawHeading)) {
      sawHeading = true;
      const at = stack.findIndex((s) => s.style === h.style);
      if (at >= 0) stack.length = at;
      stack.push({ style: h.style, label: h.label });
      blocks.push(current);
      current = { heading: headingText(line), path: stack.map((s) => s.label || s.style), lines: [line] };
    } else {
      current.lines.push(line);
    }
  }
  blocks.push(current);

  const sections: RawSection[] = [];
  for (const block of blocks) {
    const body = trimBlank(block.lines).join('\n');
    if (body === '') continue;
    if (block.heading === null || body.length > MAX_SECTION) {
      for (const para of paragraphs(body)) sections.push({ heading: block.heading, path: block.path, text: para, kind: 'body' });
    } else {
      sections.push({ heading: block.heading, path: block.path, text: body, kind: 'body' });
    }
  }
  return sections;
}

function trimBlank(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end);
}

/** Paragraphs (blank-line separated); short ones join the next so captions do not stand alone. */
function paragraphs(body: string): string[] {
  const parts = body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const out: string[] = [];
  let pending = '';
  for (const part of parts) {
    pending = pending ? `${pending}\n\n${part}` : part;
    if (pending.length >= MIN_PARAGRAPH) {
      out.push(pending);
      pending = '';
    }
  }
  if (pending) {
    if (out.length > 0) out[out.length - 1] = `${out[out.length - 1]}\n\n${pending}`;
    else out.push(pending);
  }
  return out;
}
