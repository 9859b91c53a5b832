import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PageText } from './tesseract.js';

/**
 * OCR text by content hash, in DATA_DIR: a re-index, a `--reset` or a renamed file never OCRs the same
 * bytes twice. The key also holds the OCR settings, so changing them OCRs again.
 */
export class OcrCache {
  constructor(private readonly dir: string) {}

  static key(bytes: Uint8Array, settings: string): string {
    return crypto.createHash('sha256').update(bytes).update(`\0${settings}`).digest('hex');
  }

  get(key: string): PageText[] | null {
    try {
      const data = JSON.parse(fs.readFileSync(this.file(key), 'utf8')) as { pages?: PageText[] };
      return Array.isArray(data.pages) ? data.pages : null;
    } catch {
      return null;
    }
  }

  set(key: string, pages: PageText[]): void {
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const tmp = `${this.file(key)}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify({ savedAt: new Date().toISOString(), pages }));
      fs.renameSync(tmp, this.file(key));
    } catch {
      // A cache that cannot be written only costs time on the next run.
    }
  }

  private file(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }
}
