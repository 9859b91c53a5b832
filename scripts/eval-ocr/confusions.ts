/**
 * What the OCR got wrong, word by word: the reference and the OCR text aligned on words (resynchronised
 * after each difference on the next three words both sides share), each difference tallied as
 * "reference → OCR", and for one-word differences the changed letters alone ("ệ → ê").
 */
import { cerText } from './metrics.js';

const WINDOW = 12;
const ANCHOR = 3;

export type Tally = Map<string, number>;

/** Both texts agree on the next ANCHOR words from here (or both end together within them). */
function same(a: string[], i: number, b: string[], j: number): boolean {
  for (let n = 0; n < ANCHOR; n++) {
    if (i + n >= a.length || j + n >= b.length) return i + n === a.length && j + n === b.length;
    if (a[i + n] !== b[j + n]) return false;
  }
  return true;
}

/** The differing stretches: [reference words, OCR words]. */
export function wordDiffs(reference: string, ocr: string): [string, string][] {
  const a = cerText(reference).split(' ');
  const b = cerText(ocr).split(' ');
  const out: [string, string][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    let found: [number, number] | null = null;
    for (let d = 1; d <= 2 * WINDOW && !found; d++) {
      for (let di = 0; di <= Math.min(d, WINDOW); di++) {
        const dj = d - di;
        if (dj <= WINDOW && same(a, i + di, b, j + dj)) {
          found = [di, dj];
          break;
        }
      }
    }
    const [di, dj] = found ?? [a.length - i, b.length - j];
    out.push([a.slice(i, i + di).join(' '), b.slice(j, j + dj).join(' ')]);
    i += di;
    j += dj;
  }
  if (i < a.length || j < b.length) out.push([a.slice(i).join(' '), b.slice(j).join(' ')]);
  return out;
}

/** The letters that differ inside a one-word difference: common start and end dropped. */
export function letterDiff(ref: string, ocr: string): string {
  const x = [...ref];
  const y = [...ocr];
  let s = 0;
  while (s < x.length && s < y.length && x[s] === y[s]) s++;
  let e = 0;
  while (e < x.length - s && e < y.length - s && x[x.length - 1 - e] === y[y.length - 1 - e]) e++;
  return `${x.slice(s, x.length - e).join('') || '∅'} → ${y.slice(s, y.length - e).join('') || '∅'}`;
}

export function tallyDiffs(diffs: [string, string][], words: Tally, letters: Tally): void {
  const add = (t: Tally, k: string): void => void t.set(k, (t.get(k) ?? 0) + 1);
  for (const [ref, ocr] of diffs) {
    add(words, `${ref || '∅'} → ${ocr || '∅'}`);
    if (ref && ocr && !ref.includes(' ') && !ocr.includes(' ')) add(letters, letterDiff(ref, ocr));
  }
}

export function top(t: Tally, n: number): string[] {
  return [...t.entries()]
    .sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0]))
    .slice(0, n)
    .map(([k, c]) => `${String(c).padStart(4)}  ${k}`);
}
