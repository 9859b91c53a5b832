import type { DocumentSection } from './api.js';
import { docNumberRanges, segmentText, type Segment } from './segments.js';

/** A section prepared for the reader: its text cut into segments, and the number of its first hit. */
export interface ReaderSection {
  section: DocumentSection;
  segments: Segment[];
  /** Global index of this section's first search match; its own matches follow in order. */
  firstHit: number;
  hitCount: number;
}

export interface ReaderText {
  sections: ReaderSection[];
  totalHits: number;
}

/**
 * Lays out a whole document for the reader: the query's matches the API marked in each section
 * (one matching policy for the document), numbered across sections, and every cited document
 * number linked.
 */
export function prepareReaderText(sections: readonly DocumentSection[]): ReaderText {
  let next = 0;
  const out = sections.map((section) => {
    const marks = section.marks.map(([start, end]) => ({ start, end }));
    const prepared: ReaderSection = {
      section,
      segments: segmentText(section.text, marks, docNumberRanges(section.text)),
      firstHit: next,
      hitCount: marks.length,
    };
    next += marks.length;
    return prepared;
  });
  return { sections: out, totalHits: next };
}

/** The first hit in the given section or, when it has none, the first one after it (else -1). */
export function firstHitFrom(text: ReaderText, sectionId: string | null): number {
  if (text.totalHits === 0) return -1;
  const at = sectionId ? text.sections.findIndex((s) => s.section.sectionId === sectionId) : 0;
  const from = text.sections.slice(Math.max(0, at)).find((s) => s.hitCount > 0);
  return from ? from.firstHit : 0;
}

/** The section that holds a global hit index. */
export function sectionOfHit(text: ReaderText, hit: number): ReaderSection | null {
  return text.sections.find((s) => hit >= s.firstHit && hit < s.firstHit + s.hitCount) ?? null;
}
