/**
 * Comparison rules of the extraction evaluation. Labels and extracted values are compared after
 * folding what is not content: Unicode form, tone-mark placement (hoà/hòa), case, runs of spaces,
 * quotation marks and trailing punctuation.
 */
import { modernTones } from '../../indexer/steps/extract/tone.js';
import type { ExtractedCitation } from '../../indexer/steps/types.js';

export function norm(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const folded = modernTones(value.normalize('NFC'))
    .toLocaleLowerCase('vi')
    .replace(/[“”"‘’']/g, '')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s,.;:]+$/u, '')
    .trim();
  return folded === '' ? null : folded;
}

export function same(a: string | null | undefined, b: string | null | undefined): boolean {
  return norm(a) === norm(b);
}

export interface LabelledCitation {
  key: string;
  type: string | null;
  date: string | null;
  issuer: string | null;
  title: string | null;
}

/** Citations merged by key as the index stores them: the first value found for each field wins. */
export function mergeByKey(citations: ExtractedCitation[]): Map<string, LabelledCitation> {
  const merged = new Map<string, LabelledCitation>();
  for (const c of citations) {
    const prev = merged.get(c.key);
    merged.set(c.key, {
      key: c.key,
      type: prev?.type ?? c.type,
      date: prev?.date ?? c.date,
      issuer: prev?.issuer ?? c.issuer,
      title: prev?.title ?? c.title,
    });
  }
  return merged;
}
