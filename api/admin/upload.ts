import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { IndexingPort } from '../indexing-port.js';
import { badRequest, payloadTooLarge, unsupportedMedia } from '../errors.js';
import { createUnique, safeFileName } from './file-name.js';

/** Largest file an upload may carry. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export interface SavedUpload {
  /** Path relative to the corpus folder, as the indexer names it ("uploads/x.txt"). */
  file: string;
  absPath: string;
  bytes: number;
}

const isTooLarge = (err: unknown): boolean => (err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE';

/**
 * Saves the one file of a multipart request under `<corpusDir>/uploads/` with a safe, unused name.
 * Refuses a missing file (400), an unsupported extension (415) and a file over the limit (413),
 * leaving nothing behind.
 */
export async function saveUpload(
  req: FastifyRequest,
  corpusDir: string,
  reads: Pick<IndexingPort, 'isSupportedFile' | 'supportedExtensions'>,
): Promise<SavedUpload> {
  if (!req.isMultipart()) throw badRequest('Gửi tệp dưới dạng multipart/form-data (trường "file").', 'file');
  const part: MultipartFile | undefined = await req
    .file({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } })
    .catch((err: unknown) => {
      if (isTooLarge(err)) throw payloadTooLarge(`Tệp lớn hơn ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
      throw err;
    });
  if (!part) throw badRequest('Không có tệp nào trong yêu cầu (trường "file").', 'file');
  const name = safeFileName(part.filename ?? '');
  if (!name || !reads.isSupportedFile(name)) {
    part.file.resume();
    throw unsupportedMedia(
      `Loại tệp không được hỗ trợ: "${part.filename}". Hỗ trợ: ${reads.supportedExtensions().join(', ')}.`,
    );
  }
  const dir = path.join(corpusDir, 'uploads');
  const { handle, file } = await createUnique(dir, name);
  const absPath = path.join(dir, file);
  try {
    await pipeline(part.file, handle.createWriteStream());
    if (part.file.truncated) throw payloadTooLarge(`Tệp lớn hơn ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
  } catch (err) {
    await fs.rm(absPath, { force: true });
    if (isTooLarge(err)) throw payloadTooLarge(`Tệp lớn hơn ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
    throw err;
  } finally {
    await handle.close().catch(() => undefined);
  }
  const { size } = await fs.stat(absPath);
  return { file: `uploads/${file}`, absPath, bytes: size };
}
