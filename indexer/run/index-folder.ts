import path from 'node:path';
import type { Logger } from 'pino';
import type { AppConfig } from '../../lib/config.js';
import { HashCache } from './hash-cache.js';
import { MeiliStore } from './meili-store.js';
import { ocrAvailability } from '../steps/read/ocr/index.js';
import { logProgress, terminalProgress } from './progress.js';
import { runIndexing, type IndexSummary } from './run-indexing.js';

export interface IndexFolderOptions {
  config: AppConfig;
  meiliUrl: string;
  masterKey: string | undefined;
  folder: string;
  logger: Logger;
  reset?: boolean;
  /** Draw a progress bar (on a terminal) instead of log lines. */
  interactive?: boolean;
}

/** The one code path behind `npm run index`, the start-up indexing and the admin re-index. */
export async function indexFolder(opts: IndexFolderOptions): Promise<IndexSummary> {
  await warnOnceWithoutOcr(opts.logger);
  const store = MeiliStore.connect(opts.meiliUrl, opts.masterKey, opts.config.indexPrefix);
  return runIndexing({
    corpusDir: opts.folder,
    store,
    logger: opts.logger,
    reset: opts.reset ?? false,
    progress: opts.interactive ? terminalProgress() : logProgress(opts.logger),
    cache: HashCache.forCorpus(opts.config.dataDir, opts.config.indexPrefix, opts.folder),
    ocr: { cacheDir: path.join(opts.config.dataDir, 'ocr-cache'), maxPages: opts.config.ocrMaxPages },
  });
}

let warned = false;

/** Without Tesseract the scans are reported one by one and everything else is indexed; this says why, once. */
async function warnOnceWithoutOcr(logger: Logger): Promise<void> {
  if (warned) return;
  warned = true;
  const ocr = await ocrAvailability();
  if (!ocr.ok)
    logger.warn(
      `OCR is off: ${ocr.reason}. Scanned PDFs and images will be listed as not indexed; everything else is indexed.`,
    );
}

/** A human summary of a run, one line per failed file. */
export function formatSummary(s: IndexSummary): string {
  const lines = [
    `Đã lập chỉ mục ${s.indexed} tệp (${s.sections} mục), bỏ qua ${s.unchanged} tệp không đổi, gỡ ${s.removed} tệp đã xóa, ${s.failed.length} tệp lỗi — ${(s.durationMs / 1000).toFixed(1)} s.`,
    `Indexed ${s.indexed} files (${s.sections} sections), skipped ${s.unchanged} unchanged, removed ${s.removed}, failed ${s.failed.length}.`,
  ];
  if (s.ocrPages) lines.push(`OCR: ${s.ocrPages} trang ảnh quét được nhận dạng / ${s.ocrPages} scanned pages OCRed.`);
  for (const f of s.failed) lines.push(`  ✗ ${f.file}: ${f.reason}`);
  return lines.join('\n');
}
