/**
 * What an indexing run reports: written by the indexer, shown by the CLI and answered by the admin
 * endpoints and /api/health. One TypeBox schema gives the type and the API's response schema.
 */
import { Type, type Static } from 'typebox';

export const IndexFailure = Type.Object({ file: Type.String(), reason: Type.String() });
export type IndexFailure = Static<typeof IndexFailure>;

export const IndexSummary = Type.Object({
  total: Type.Integer(),
  indexed: Type.Integer(),
  unchanged: Type.Integer(),
  removed: Type.Integer(),
  failed: Type.Array(IndexFailure),
  sections: Type.Integer(),
  batches: Type.Optional(Type.Integer({ description: 'Batches sent to Meilisearch' })),
  ocrPages: Type.Optional(
    Type.Integer({ description: 'Scanned pages OCRed in this run (pages found in the OCR cache are not counted)' }),
  ),
  durationMs: Type.Integer(),
});
export type IndexSummary = Static<typeof IndexSummary>;
