import { DOCUMENT_META } from '../../lib/schema/records.js';
import { foldDiacritics } from '../../lib/vietnamese/index.js';
import type { ExportFormat } from '../../lib/schema/literals.js';
import type { SearchHit } from '../schemas/search.js';
import { BOM, csvRow, snippetText } from './csv.js';
import type { ExportRun } from './rows.js';

export type { ExportFormat } from '../../lib/schema/literals.js';

/**
 * CSV columns: the fields of a search hit; `path` and `directives` joined with "; ", the snippet as
 * plain text, then the section's whole text.
 */
export const CSV_COLUMNS = [
  'docId',
  'sectionId',
  'file',
  ...DOCUMENT_META,
  'heading',
  'path',
  'directives',
  'snippet',
  'text',
] as const;

function csvValues(h: SearchHit): unknown[] {
  return CSV_COLUMNS.map((c) => (c === 'snippet' ? snippetText(h.snippet) : h[c]));
}

/** The export as CSV text chunks: BOM and header first, then one chunk per page of rows. */
export async function* csvChunks(run: ExportRun): AsyncGenerator<string> {
  yield BOM + csvRow(CSV_COLUMNS);
  for await (const hits of run.pages) yield hits.map((h) => csvRow(csvValues(h))).join('');
}

/** The export as one JSON object {q, total, truncated, hits: [...]}, written page by page. */
export async function* jsonChunks(run: ExportRun, q: string): AsyncGenerator<string> {
  yield `{"q":${JSON.stringify(q)},"total":${run.total},"truncated":${run.truncated},"hits":[`;
  let first = true;
  for await (const hits of run.pages) {
    for (const h of hits) {
      yield `${first ? '\n' : ',\n'}${JSON.stringify(h)}`;
      first = false;
    }
  }
  yield '\n]}\n';
}

/** "vankien-sot-xuat-huyet-2024-05-01.csv": ASCII, so every browser and Excel keeps it. */
export function exportFileName(q: string, format: ExportFormat, today = new Date()): string {
  const slug = foldDiacritics(q)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `vankien-${slug ? `${slug}-` : ''}${today.toISOString().slice(0, 10)}.${format}`;
}
