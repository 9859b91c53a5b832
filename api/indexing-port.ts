import type { Logger } from 'pino';
import type { IndexSummary } from '../lib/schema/indexing.js';

/**
 * What the API needs of the indexer, handed in by whoever builds the app (cli/start.ts, the tests):
 * the API never imports the indexer, so the two can be built, tested and replaced apart.
 */
export interface IndexingPort {
  /** An incremental run over the served folder (CORPUS_DIR): changed files only. */
  indexCorpus(logger: Logger): Promise<IndexSummary>;
  /** Whether the indexer reads files of this name (by extension), and which extensions those are. */
  isSupportedFile(name: string): boolean;
  supportedExtensions(): string[];
  /** The id a file's document gets (from its path in the folder). */
  docIdFor(file: string): string;
  /** A document's corrections file: its name beside the document, and the indexer's validation. */
  correctionsSuffix: string;
  checkCorrections(json: string): string | null;
}
