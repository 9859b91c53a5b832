import fs from 'node:fs/promises';
import type { CorpusFile } from '../documents/corpus-file.js';
import { badRequest } from '../errors.js';
import type { IndexingPort } from '../indexing-port.js';
import type { Correction } from '../schemas/admin.js';

/**
 * Writes a correction into the document's sidecar (`<file>.meta.json`, the corrections file the indexer
 * already reads), keeping what the file held before; the indexer's own validation decides what is valid.
 * The next (incremental) indexing run re-indexes the document because the sidecar is hashed with it.
 */
export async function writeCorrection(
  doc: CorpusFile,
  correction: Correction,
  sidecars: Pick<IndexingPort, 'correctionsSuffix' | 'checkCorrections'>,
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
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
