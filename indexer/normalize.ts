import { normalizeText } from '../lib/vietnamese/index.js';

/**
 * Normalises a document's text for splitting and extraction: Unicode NFC and look-alikes
 * (shared text functions), markdown emphasis left by converters, trailing spaces.
 */
export function normalizeDocument(raw: string): string {
  return normalizeText(raw)
    .replace(/\*\*(\S(?:[^*\n]*\S)?)\*\*/g, '$1')
    .replace(/(^|[\s(])\*(\S[^*\n]*?\S)\*(?=[\s.,;:)]|$)/gm, '$1$2')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
