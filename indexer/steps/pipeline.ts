import { canonicalDocNumber } from '../../lib/vietnamese/index.js';
import { extractCitations } from './extract/citations.js';
import { extractMetadataWithSources } from './extract/metadata.js';
import { normalizeDocument } from './normalize.js';
import { applyOverrides, type MetadataOverrides } from './corrections.js';
import { splitSections } from './split/sections.js';
import type { ParsedDocument } from './types.js';

/**
 * The pure part of the pipeline: raw text in, parsed document out.
 * Each step is a replaceable function: normalise → split → extract metadata → extract citations
 * → apply the archivist's corrections (the document's `.meta.json` sidecar), when there are any.
 */
export function parseDocument(
  file: string, hash: string, rawText: string, overrides?: MetadataOverrides | null, ocr: ParsedDocument['ocr'] = null,
): ParsedDocument {
  const text = normalizeDocument(rawText);
  const sections = splitSections(text);
  const { metadata, sources: metadataSource } = extractMetadataWithSources(text);
  const ownKey = metadata.ownNumber ? canonicalDocNumber(metadata.ownNumber) : null;
  const citations = extractCitations(sections, ownKey);
  return applyOverrides({ file, hash, text, sections, metadata, metadataSource, citations, ocr }, overrides);
}
