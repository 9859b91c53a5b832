import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { isSupportedFile } from '../steps/read/index.js';
import { SIDECAR_SUFFIX } from '../steps/corrections.js';
import type { SourceFile } from '../steps/types.js';

/** A file found in the corpus folder, with what the hash cache and the corrections need. */
export interface CorpusFile extends SourceFile {
  size: number;
  mtimeMs: number;
  /** Absolute path of the document's corrections file (`<file>.meta.json`), when there is one. */
  sidecar?: string;
}

/** Every supported file under `root`, recursively, sorted; symlink loops and unreadable folders are skipped. */
export async function listCorpusFiles(
  root: string,
  onSkip?: (file: string, reason: string) => void,
): Promise<CorpusFile[]> {
  const out: CorpusFile[] = [];
  /** Real folder path → where it was first read, relative to the root. */
  const seen = new Map<string, string>();
  /** A path relative to the root, with forward slashes (how files are named in the index and the summary). */
  const rel = (p: string): string => path.relative(root, p).split(path.sep).join('/');
  async function walk(dir: string): Promise<void> {
    const here = rel(dir);
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch (err) {
      onSkip?.(here, `cannot open folder (${(err as NodeJS.ErrnoException).code})`);
      return;
    }
    const first = seen.get(real);
    if (first !== undefined) {
      onSkip?.(
        here,
        `link back to the folder "${first || '.'}", already read (a symlink loop or a second path); skipped`,
      );
      return;
    }
    seen.set(real, here);
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (err) {
      onSkip?.(here, `cannot list folder (${(err as NodeJS.ErrnoException).code})`);
      return;
    }
    const names = new Set(entries.map((e) => e.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      if (entry.name.endsWith(SIDECAR_SUFFIX)) {
        const doc = entry.name.slice(0, -SIDECAR_SUFFIX.length);
        if (!names.has(doc) || !isSupportedFile(doc)) {
          onSkip?.(
            rel(path.join(dir, entry.name)),
            `corrections file without its document (it must be named "<document file name>${SIDECAR_SUFFIX}")`,
          );
        }
        continue;
      }
      const abs = path.join(dir, entry.name);
      let stat: import('node:fs').Stats;
      try {
        stat = await fs.stat(abs);
      } catch (err) {
        onSkip?.(rel(abs), `cannot read (${(err as NodeJS.ErrnoException).code})`);
        continue;
      }
      if (stat.isDirectory()) await walk(abs);
      else if (stat.isFile() && isSupportedFile(abs)) {
        const sidecar = names.has(`${entry.name}${SIDECAR_SUFFIX}`) ? `${abs}${SIDECAR_SUFFIX}` : undefined;
        out.push({ file: rel(abs), absPath: abs, size: stat.size, mtimeMs: stat.mtimeMs, sidecar });
      }
    }
  }
  await walk(root);
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export async function hashFile(absPath: string): Promise<string> {
  const bytes = await fs.readFile(absPath);
  return crypto.createHash('sha256').update(bytes).digest('hex');
}
