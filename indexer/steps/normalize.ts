import { joinSpacedCapitals, normalizeText } from '../../lib/vietnamese/index.js';

/**
 * Normalises a document's text for splitting and extraction: Unicode NFC and look-alikes (shared text
 * functions, so NFD and NFC input give the same text), markdown emphasis left by converters, trailing
 * spaces, runs of blank lines, and OCR letter-spacing in capitalised headings (`K ÉT LUẬN`).
 * Spelling is kept as written (`hoà` stays `hoà`): matching folds tone placement, display does not.
 */
export function normalizeDocument(raw: string): string {
  return normalizeText(raw)
    .replace(/\*\*(\S(?:[^*\n]*\S)?)\*\*/g, '$1')
    .replace(/(^|[\s(])\*(\S[^*\n]*?\S)\*(?=[\s.,;:)]|$)/gm, '$1$2')
    .replace(/[ \t]+$/gm, '')
    .split('\n')
    .map(joinSpacedCapitals)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
