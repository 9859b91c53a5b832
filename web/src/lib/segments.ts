import { findDocNumbers } from '../../../lib/vietnamese/doc-number.js';
import type { Range } from './highlight.js';

/** A run of a section's text: plain, a search match, a cited document number (a link), or both. */
export interface Segment {
  text: string;
  /** Index of the search match (in `marks`) this run belongs to, or null when it is no match. */
  hit: number | null;
  /** Canonical key of the cited document number this run belongs to. */
  link: string | null;
}

interface LinkRange extends Range {
  key: string;
}

/** Every document number cited in the text, with its canonical key (the directive page's key). */
export function docNumberRanges(text: string): LinkRange[] {
  return findDocNumbers(text).map((m) => ({ start: m.index, end: m.index + m.raw.length, key: m.key }));
}

/**
 * Splits text at every edge of a match or a citation, so each segment renders as a text node,
 * a <mark>, an <a>, or an <a> holding a <mark>. Text is never interpreted as HTML.
 */
export function segmentText(text: string, marks: readonly Range[], links: readonly LinkRange[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const r of [...marks, ...links]) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const found = marks.findIndex((r) => r.start <= start && end <= r.end);
    const hit = found >= 0 ? found : null;
    const link = links.find((r) => r.start <= start && end <= r.end)?.key ?? null;
    const last = out[out.length - 1];
    if (last && last.hit === hit && last.link === link) last.text += text.slice(start, end);
    else out.push({ text: text.slice(start, end), hit, link });
  }
  return out.filter((s) => s.text !== '');
}

/** Cuts segments at a text offset: [before, after]. Used to render a section's heading line apart. */
export function splitSegmentsAt(segments: readonly Segment[], offset: number): [Segment[], Segment[]] {
  const before: Segment[] = [];
  const after: Segment[] = [];
  let pos = 0;
  for (const s of segments) {
    const end = pos + s.text.length;
    if (end <= offset) before.push(s);
    else if (pos >= offset) after.push(s);
    else {
      before.push({ ...s, text: s.text.slice(0, offset - pos) });
      after.push({ ...s, text: s.text.slice(offset - pos) });
    }
    pos = end;
  }
  return [before, after];
}
