import fs from 'node:fs/promises';
import { DOC_TYPES, type DocType, type Signer } from '../../lib/schema/records.js';
import type { CorpusFile } from '../documents/corpus-file.js';
import { badRequest } from '../errors.js';
import type { IndexingPort } from '../indexing-port.js';

/** What an archivist may correct from the reader: the fields facets and citations stand on. */
export interface Correction {
  docType?: DocType;
  date?: string | null;
  district?: string | null;
  province?: string | null;
  issuer?: string | null;
  signer?: Signer | null;
}

const text = { type: ['string', 'null'], minLength: 1, maxLength: 200 } as const;

const fields = {
  docType: { type: 'string', enum: DOC_TYPES },
  date: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  district: text, province: text, issuer: text,
  signer: {
    type: ['object', 'null'], additionalProperties: false,
    properties: { name: { type: ['string', 'null'], maxLength: 200 }, position: { type: ['string', 'null'], maxLength: 200 } },
  },
} as const;

export const correctionSchema = {
  type: 'object',
  // propertyNames, not only additionalProperties: Fastify's validator drops unknown fields silently,
  // and a misspelt field must be an error, not a correction quietly lost.
  propertyNames: { enum: Object.keys(fields) },
  additionalProperties: false,
  minProperties: 1,
  properties: fields,
} as const;

/**
 * Writes a correction into the document's sidecar (`<file>.meta.json`, the corrections file the indexer
 * already reads), keeping what the file held before; the indexer's own validation decides what is valid.
 * The next (incremental) indexing run re-indexes the document because the sidecar is hashed with it.
 */
export async function writeCorrection(
  doc: CorpusFile, correction: Correction, sidecars: Pick<IndexingPort, 'correctionsSuffix' | 'checkCorrections'>,
): Promise<string> {
  const sidecar = `${doc.abs}${sidecars.correctionsSuffix}`;
  const previous = await readObject(sidecar);
  const merged = { ...previous, ...correction, _corrected: new Date().toISOString() };
  const problem = sidecars.checkCorrections(JSON.stringify(merged));
  if (problem) throw badRequest(`Sửa không hợp lệ: ${problem}`);
  const tmp = `${sidecar}.${process.pid}.tmp`;
  await fs.writeFile(tmp, `${JSON.stringify(merged, null, 2)}\n`);
  await fs.rename(tmp, sidecar);
  return `${doc.file}${sidecars.correctionsSuffix}`;
}

/** The sidecar's fields as they stand; an invalid or missing file counts as none (it is replaced). */
async function readObject(file: string): Promise<Record<string, unknown>> {
  try {
    const data: unknown = JSON.parse(await fs.readFile(file, 'utf8'));
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? data as Record<string, unknown> : {};
  } catch {
    return {};
  }
}
