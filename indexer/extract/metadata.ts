import type { DocumentMetadata } from '../types.js';
import { findDocumentDate } from './date.js';
import { extractTitle } from './title.js';

/** Document metadata from the normalised text. Unknown values stay null, never guessed. */
export function extractMetadata(text: string): DocumentMetadata {
  const { title, docType } = extractTitle(text);
  return {
    title,
    docType,
    date: findDocumentDate(text),
    issuer: null,
    issuerLevel: null,
    district: null,
    province: null,
    period: null,
    ownNumber: null,
    signer: null,
    recipients: [],
  };
}
