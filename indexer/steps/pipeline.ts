/**
 * The indexing pipeline, in order. Each step is a plain function in a file or folder of its own
 * under `steps/`; this file is the one place that knows their order:
 *
 *   1. read      read/           file on disk → raw text (and what OCR did)       readDocument
 *   2. normalise normalize.ts    raw text → clean text                            normalizeDocument
 *   3. split     split/          clean text → sections                            splitSections
 *   4. extract   extract/        text and sections → metadata, citations          extractMetadataWithSources, extractCitations
 *   5. correct   corrections.ts  the archivist's `<file>.meta.json` overrides     applyOverrides
 *   6. build     build.ts        parsed document → records of the three indexes   buildRecords
 *
 * Design, after MiniSearch (whose tokenizer, term processing and field extraction are functions
 * one swaps): a pipeline of replaceable steps. A step knows nothing of the steps around it, of the
 * folder walk, the run or Meilisearch, so it can be tested alone, replaced, or joined by a new one
 * (one more line here). The run machinery (`../run/`) chooses which files go through and sends the
 * records on; `run/meili-store.ts` is the only module that talks to Meilisearch.
 */
import { canonicalDocNumber } from '../../lib/vietnamese/index.js';
import { buildRecords, type BuiltDocument } from './build.js';
import { applyOverrides, type MetadataOverrides, type Sidecar } from './corrections.js';
import { extractCitations } from './extract/citations.js';
import { extractMetadataWithSources } from './extract/metadata.js';
import { normalizeDocument } from './normalize.js';
import { readDocument } from './read/index.js';
import type { OcrContext } from './read/ocr/index.js';
import { splitSections } from './split/sections.js';
import type { ParsedDocument, SourceFile } from './types.js';

/** Bumped whenever a step's output changes, so that every document is indexed again. */
export const PIPELINE_VERSION = '6';

/** Steps 2 to 5, pure: raw text in, parsed document out. */
export function parseDocument(
  file: string,
  hash: string,
  rawText: string,
  overrides?: MetadataOverrides | null,
  ocr: ParsedDocument['ocr'] = null,
): ParsedDocument {
  const text = normalizeDocument(rawText);
  const sections = splitSections(text);
  const { metadata, sources: metadataSource } = extractMetadataWithSources(text);
  const ownKey = metadata.ownNumber ? canonicalDocNumber(metadata.ownNumber) : null;
  // Relations read the document's title and type as the archivist corrected them, when they did.
  const citing = { title: overrides?.title ?? metadata.title, docType: overrides?.docType ?? metadata.docType };
  const citations = extractCitations(sections, ownKey, citing);
  return applyOverrides({ file, hash, text, sections, metadata, metadataSource, citations, ocr }, overrides);
}

/** All six steps for one file: read, parse, build its records; throws a clear error for a bad file. */
export async function buildFile(
  f: SourceFile,
  hash: string,
  runId: string,
  sidecar: Sidecar | null = null,
  ocr: OcrContext = {},
): Promise<BuiltDocument> {
  const read = await readDocument(f.absPath, ocr);
  const built = buildRecords(parseDocument(f.file, hash, read.text, sidecar?.overrides, read.ocr), runId);
  if (built.sections.length === 0) throw new Error('no text to index after normalisation');
  return built;
}
