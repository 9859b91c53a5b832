import fs from 'node:fs/promises';
import path from 'node:path';
import { notFound } from '../errors.js';
import type { DocumentService } from './service.js';

/** A document's file in the served folder: its path relative to the folder, absolute, and size. */
export interface CorpusFile {
  file: string;
  abs: string;
  size: number;
}

/**
 * The file of a document as it is in the served folder (CORPUS_DIR), for serving the original or writing
 * its corrections beside it. Only paths the index holds, and only inside that folder: 404 otherwise.
 */
export async function corpusFile(service: DocumentService, corpusDir: string, docId: string): Promise<CorpusFile> {
  const file = await service.file(docId);
  if (!file) throw notFound(`Không tìm thấy văn bản: ${docId}`);
  const root = path.resolve(corpusDir);
  const abs = path.resolve(root, file);
  const stat = abs.startsWith(root + path.sep) ? await fs.stat(abs).catch(() => null) : null;
  if (!stat?.isFile()) throw notFound(`Tệp gốc không còn trong thư mục kho: ${file}`);
  return { file, abs, size: stat.size };
}
