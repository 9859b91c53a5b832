import crypto from 'node:crypto';
import type { Logger } from 'pino';
import { MeilisearchRequestError } from 'meilisearch';
import type { IndexFailure, IndexSummary } from '../../lib/schema/indexing.js';
import type { BuiltDocument } from '../steps/build.js';
import { readSidecar, SIDECAR_SUFFIX, type Sidecar } from '../steps/corrections.js';
import { buildFile, PIPELINE_VERSION } from '../steps/pipeline.js';
import type { OcrContext } from '../steps/read/ocr/index.js';
import { BatchWriter, type BatchOptions } from './batch-writer.js';
import type { HashCache } from './hash-cache.js';
import type { MeiliStore } from './meili-store.js';
import type { ProgressReporter, ProgressState } from './progress.js';
import { hashFile, listCorpusFiles, type CorpusFile } from './scan.js';

export interface IndexRunOptions {
  corpusDir: string;
  store: MeiliStore;
  logger: Logger;
  /** Rebuild everything into fresh indexes and swap them in when done. */
  reset?: boolean;
  progress?: ProgressReporter;
  cache?: HashCache;
  batch?: BatchOptions;
  /** OCR of scans: the cache folder and the page limit (page progress is added here). */
  ocr?: Pick<OcrContext, 'cacheDir' | 'maxPages'>;
}

export type { IndexFailure, IndexSummary } from '../../lib/schema/indexing.js';

type Indexed = Map<string, { id: string; hash: string }>;

/** The file's content hash (from the cache when size and mtime match), versioned by the pipeline. */
export async function versionedHash(
  f: CorpusFile,
  cache: HashCache | undefined,
  sidecar: Sidecar | null = null,
): Promise<string> {
  let hash = cache?.get(f);
  if (!hash) {
    hash = await hashFile(f.absPath);
    cache?.set(f, hash);
  }
  // A corrections file is hashed with its document: editing it re-indexes the document.
  return `${hash}${sidecar ? `+${sidecar.hash.slice(0, 16)}` : ''}:${PIPELINE_VERSION}`;
}

/**
 * Indexes a folder. Incremental by default: changed files are written, unchanged skipped,
 * removed ones deleted. With `reset`, everything is written into staging indexes that replace
 * the live ones in one atomic swap at the end, so searches never see a half-built index and a
 * failed or killed run leaves the old index serving. Files stream through in bounded batches.
 */
export async function runIndexing(opts: IndexRunOptions): Promise<IndexSummary> {
  const started = Date.now();
  const runId = crypto.randomUUID().slice(0, 13);
  const failed: IndexFailure[] = [];
  const target = opts.reset ? await opts.store.startRebuild() : opts.store;
  const writer = new BatchWriter(target, runId, opts.batch);
  try {
    if (!opts.reset) await target.ensureIndexes();
    const files = await listCorpusFiles(opts.corpusDir, (file, reason) => failed.push({ file, reason }));
    const indexed: Indexed = opts.reset ? new Map() : await target.indexedFiles();
    const state: ProgressState = { done: 0, total: files.length, sections: 0, bytes: 0, failed: 0, startedAt: started };
    let unchanged = 0;
    const ocr: OcrContext = {
      ...opts.ocr,
      onPage: (done, total) => {
        state.ocr = { done, total, pages: (state.ocr?.pages ?? 0) + 1 };
        opts.progress?.update(state);
      },
    };

    for (const f of files) {
      let built: BuiltDocument | null = null;
      try {
        const sidecar = f.sidecar ? await readSidecar(f.sidecar) : null;
        if (sidecar?.error) {
          const reason = `invalid corrections file: ${sidecar.error}; the document was indexed without it`;
          failed.push({ file: `${f.file}${SIDECAR_SUFFIX}`, reason });
          opts.logger.warn({ file: `${f.file}${SIDECAR_SUFFIX}`, reason }, 'corrections not applied');
        }
        const hash = await versionedHash(f, opts.cache, sidecar);
        if (indexed.get(f.file)?.hash === hash) unchanged++;
        else built = await buildFile(f, hash, runId, sidecar, ocr);
      } catch (err) {
        const reason = fileFailure(err as NodeJS.ErrnoException);
        failed.push({ file: f.file, reason });
        state.failed++;
        opts.logger.warn({ file: f.file, reason }, 'file not indexed');
      }
      if (built) {
        await writer.add(built, indexed.has(f.file));
        state.sections += built.sections.length;
        state.bytes += f.size;
      }
      state.done++;
      if (state.ocr) state.ocr = { ...state.ocr, done: 0, total: 0 };
      opts.progress?.update(state);
    }
    await writer.finish();

    const present = new Set(files.map((f) => f.file));
    const gone = [...indexed.entries()].filter(([file]) => !present.has(file)).map(([, v]) => v.id);
    await target.remove(gone);
    if (opts.reset) await opts.store.swapIn(target);
    opts.cache?.retain(present);
    opts.cache?.save();
    opts.progress?.finish(state);
    return {
      total: files.length,
      indexed: writer.documents,
      unchanged,
      removed: gone.length,
      failed,
      sections: state.sections,
      batches: writer.batches,
      durationMs: Date.now() - started,
      ocrPages: state.ocr?.pages ?? 0,
    };
  } catch (err) {
    await writer.abandon();
    if (opts.reset) await target.deleteAll().catch(() => undefined);
    throw explainFailure(err as Error, opts.reset === true);
  }
}

/** One clear line for a file that could not be indexed; the file system's own codes get words. */
export function fileFailure(err: NodeJS.ErrnoException): string {
  if (err.code === 'ENOENT')
    return 'the file was moved or deleted after the folder was listed (ENOENT); not indexed in this run';
  if (err.code === 'EACCES' || err.code === 'EPERM') return `no permission to read the file (${err.code})`;
  if (err.code === 'EISDIR') return 'a folder where a file was listed (EISDIR)';
  return err.message.split('\n')[0] ?? String(err);
}

/** A lost connection to Meilisearch says what it means for the index and what to do. */
function explainFailure(err: Error, reset: boolean): Error {
  if (!(err instanceof MeilisearchRequestError)) return err;
  const state = reset
    ? 'the live index was left as it was (nothing half-built was swapped in)'
    : 'documents written so far are complete; the rest keep their old version';
  return new Error(
    `Meilisearch stopped answering during the run (${err.message}); ${state}. Run the indexer again to finish.`,
    { cause: err },
  );
}
