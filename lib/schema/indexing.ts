/** What an indexing run reports: written by the indexer, shown by the CLI and by /api/health. */

export interface IndexFailure {
  file: string;
  reason: string;
}

export interface IndexSummary {
  total: number;
  indexed: number;
  unchanged: number;
  removed: number;
  failed: IndexFailure[];
  sections: number;
  /** Batches sent to Meilisearch. */
  batches?: number;
  /** Scanned pages OCRed in this run (pages found in the OCR cache are not counted). */
  ocrPages?: number;
  durationMs: number;
}
