import fs from 'node:fs';
import path from 'node:path';
import type { CorpusFile } from './scan.js';

/**
 * Content hashes remembered by size and modification time, kept in DATA_DIR, so an
 * unchanged corpus is recognised without reading every file again.
 */
export class HashCache {
  private entries: Record<string, { size: number; mtimeMs: number; hash: string }> = {};

  constructor(private readonly file: string) {
    try {
      this.entries = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof this.entries;
    } catch {
      this.entries = {};
    }
  }

  static forCorpus(dataDir: string, prefix: string, corpusDir: string): HashCache {
    const safe = corpusDir.replace(/[^A-Za-z0-9]+/g, '_').slice(-80);
    return new HashCache(path.join(dataDir, 'indexer', `hashes-${prefix}-${safe}.json`));
  }

  get(f: CorpusFile): string | undefined {
    const e = this.entries[f.file];
    return e && e.size === f.size && e.mtimeMs === f.mtimeMs ? e.hash : undefined;
  }

  set(f: CorpusFile, hash: string): void {
    this.entries[f.file] = { size: f.size, mtimeMs: f.mtimeMs, hash };
  }

  retain(files: Set<string>): void {
    for (const key of Object.keys(this.entries)) if (!files.has(key)) delete this.entries[key];
  }

  save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, JSON.stringify(this.entries));
  }
}
