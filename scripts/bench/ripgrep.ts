import { startChild } from '../shared/process.js';
import { median } from '../shared/stats.js';
import { foldDiacritics, hasDiacritics } from '../../lib/vietnamese/index.js';

const VARIANTS: Record<string, string> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
  d: 'dđ',
};

/**
 * The ripgrep equivalent of a plain query: with diacritics, the literal text, case-insensitive;
 * without, a pattern where each letter matches any of its accented forms (Meilisearch folds
 * accents the same way). Whitespace matches any run of whitespace.
 */
export function rgArgs(query: string): string[] {
  if (hasDiacritics(query)) return ['-F', '-i', '--', query];
  const pattern = [...foldDiacritics(query).toLowerCase()]
    .map((ch) => {
      if (/\s/.test(ch)) return '\\s+';
      const v = VARIANTS[ch];
      return v ? `[${v}]` : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('')
    .replace(/(\\s\+)+/g, '\\s+');
  return ['-i', '-e', pattern];
}

/** Wall time of one ripgrep run counting matching lines in every file under `dir`, and the count. */
export async function timeRipgrep(dir: string, query: string): Promise<{ ms: number; matches: number }> {
  const started = performance.now();
  const child = startChild('rg', ['-c', '--no-messages', ...rgArgs(query), dir], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let matches = 0;
  let rest = '';
  child.process.stdout!.on('data', (d: Buffer) => {
    const lines = (rest + d.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) matches += Number(line.slice(line.lastIndexOf(':') + 1)) || 0;
  });
  const code = await child.exited;
  if (code !== 0 && code !== 1) throw new Error(`rg failed (${code}) for "${query}"`);
  return { ms: performance.now() - started, matches };
}

/** Median of `reps` runs per query (the page cache is warm after the first). */
export async function ripgrepTimes(
  dir: string,
  queries: string[],
  reps = 3,
): Promise<{ query: string; ms: number; matches: number }[]> {
  const out: { query: string; ms: number; matches: number }[] = [];
  for (const query of queries) {
    const runs: number[] = [];
    let matches = 0;
    for (let i = 0; i < reps; i++) {
      const r = await timeRipgrep(dir, query);
      runs.push(r.ms);
      matches = r.matches;
    }
    out.push({ query, ms: median(runs), matches });
  }
  return out;
}
