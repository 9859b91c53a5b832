import crypto from 'node:crypto';
import type { Logger } from 'pino';
import { buildRecords, type BuiltDocument } from './build.js';
import type { HashCache } from './hash-cache.js';
import type { MeiliStore } from './meili-store.js';
import { parseDocument } from './pipeline.js';
import type { ProgressReporter, ProgressState } from './progress.js';
import { readDocumentText } from './read/index.js';
import { hashFile, listCorpusFiles } from './scan.js';
import { readSidecar, SIDECAR_SUFFIX } from './sidecar.js';

/** Bumped whenever extraction changes, so that every document is indexed again. */
export const PIPELINE_VERSION = '4';

export interface IndexRunOptions {
  corpusDir: string;
  store: MeiliStore;
  logger: Logger;
  reset?: boolean;
  progress?: ProgressReporter;
  cache?: HashCache;
  batchSections?: number;
}

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
  durationMs: number;
}

/** Indexes a folder incrementally: changed files are written, unchanged skipped, removed ones deleted. */
export async function runIndexing(opts: IndexRunOptions): Promise<IndexSummary> {
  const started = Date.now();
  const runId = crypto.randomUUID().slice(0, 13);
  const failed: IndexFailure[] = [];
  if (opts.reset) await opts.store.deleteAll();
  await opts.store.ensureIndexes();

  const files = await listCorpusFiles(opts.corpusDir, (file, reason) => failed.push({ file, reason }));
  const indexed = await opts.store.indexedFiles();
  const state: ProgressState = { done: 0, total: files.length, sections: 0, failed: 0, startedAt: started };
  let batch: BuiltDocument[] = [];
  let batchSections = 0;
  let written = 0;
  let unchanged = 0;
  const flush = async (): Promise<void> => {
    await opts.store.write(batch, runId);
    written += batch.length;
    batch = [];
    batchSections = 0;
  };

  for (const f of files) {
    try {
      let hash = opts.cache?.get(f);
      if (!hash) {
        hash = await hashFile(f.absPath);
        opts.cache?.set(f, hash);
      }
      const sidecar = f.sidecar ? await readSidecar(f.sidecar) : null;
      if (sidecar?.error) {
        const reason = `invalid corrections file: ${sidecar.error}; the document was indexed without it`;
        failed.push({ file: `${f.file}${SIDECAR_SUFFIX}`, reason });
        opts.logger.warn({ file: `${f.file}${SIDECAR_SUFFIX}`, reason }, 'corrections not applied');
      }
      const versioned = `${hash}${sidecar ? `+${sidecar.hash.slice(0, 16)}` : ''}:${PIPELINE_VERSION}`;
      if (indexed.get(f.file)?.hash === versioned) {
        unchanged++;
      } else {
        const raw = await readDocumentText(f.absPath);
        const built = buildRecords(parseDocument(f.file, versioned, raw, sidecar?.overrides), runId);
        if (built.sections.length === 0) throw new Error('no text to index after normalisation');
        batch.push(built);
        batchSections += built.sections.length;
        state.sections += built.sections.length;
        if (batchSections >= (opts.batchSections ?? 5000)) await flush();
      }
    } catch (err) {
      if ((err as Error).name === 'IndexTaskError' || /^Meili/i.test((err as Error).name ?? '')) throw err;
      failed.push({ file: f.file, reason: (err as Error).message });
      state.failed++;
      opts.logger.warn({ file: f.file, reason: (err as Error).message }, 'file not indexed');
    }
    state.done++;
    opts.progress?.update(state);
  }
  await flush();

  const present = new Set(files.map((f) => f.file));
  const gone = [...indexed.entries()].filter(([file]) => !present.has(file)).map(([, v]) => v.id);
  await opts.store.remove(gone);
  opts.cache?.retain(present);
  opts.cache?.save();
  opts.progress?.finish(state);
  return {
    total: files.length, indexed: written, unchanged, removed: gone.length, failed,
    sections: state.sections, durationMs: Date.now() - started,
  };
}
