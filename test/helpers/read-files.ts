/** Writes bytes to a temp file and reads them back through the product's reader, as the indexer would. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { readDocumentText, ReadError } from '../../indexer/steps/read/index.js';

let dir: string | null = null;

function write(name: string, bytes: Uint8Array): string {
  dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'vk-read-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** The text the reader gets from a file named `name` holding `bytes`. */
export function readBytes(name: string, bytes: Uint8Array): Promise<string> {
  return readDocumentText(write(name, bytes));
}

/** The ReadError the reader throws for such a file; fails the test when it reads the file instead. */
export async function readError(name: string, bytes: Uint8Array): Promise<ReadError> {
  try {
    await readBytes(name, bytes);
  } catch (err) {
    expect(err).toBeInstanceOf(ReadError);
    return err as ReadError;
  }
  throw new Error('expected a ReadError');
}
