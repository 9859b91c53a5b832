import fs from 'node:fs/promises';
import path from 'node:path';

const MAX_STEM_BYTES = 150;

function cutToBytes(text: string, max: number): string {
  const chars = Array.from(text);
  while (Buffer.byteLength(chars.join(''), 'utf8') > max) chars.pop();
  return chars.join('');
}

/**
 * A file name that is safe to create in one folder: the last path segment only, NFC, no control
 * characters, nothing but letters (Vietnamese included), digits, space, ".", "_" and "-", no leading
 * dot, at most 150 bytes before the extension. Returns null when the extension itself is unusable.
 */
export function safeFileName(raw: string): string | null {
  const base = (raw.split(/[\\/]/).pop() ?? '').normalize('NFC').replace(/\p{Cc}/gu, '');
  const ext = path.extname(base).toLowerCase();
  if (!/^\.[a-z0-9]{1,10}$/.test(ext)) return null;
  const stem = base
    .slice(0, base.length - ext.length)
    .replace(/[^\p{L}\p{M}\p{N} ._-]+/gu, '_')
    .replace(/\s+/g, ' ')
    .replace(/_{2,}/g, '_')
    .replace(/^[\s._-]+|[\s.]+$/g, '');
  return `${cutToBytes(stem, MAX_STEM_BYTES).trim() || 'tai-lieu'}${ext}`;
}

/** Opens a new file in `dir` named `name`, or "stem-2.ext", "stem-3.ext"… when taken; never overwrites. */
export async function createUnique(dir: string, name: string): Promise<{ handle: fs.FileHandle; file: string }> {
  await fs.mkdir(dir, { recursive: true });
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; n < 10_000; n++) {
    const candidate = n === 1 ? name : `${stem}-${n}${ext}`;
    try {
      return { handle: await fs.open(path.join(dir, candidate), 'wx'), file: candidate };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  throw new Error(`no free file name for ${name}`);
}
