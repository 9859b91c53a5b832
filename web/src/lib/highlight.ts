/**
 * Finds the search terms in a document's text for the reader, the way the search engine matches
 * them: accents and case folded, whole syllables. Exact spellings win over folded ones, and the
 * whole phrase wins over single words, so "sốt xuất huyết" does not light up every "huyết" or "sót".
 */

export interface Range {
  start: number;
  end: number;
}

/** Lower-cases and drops diacritics one UTF-16 unit at a time, so offsets stay aligned with the input. */
export function foldAligned(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch.length > 1) {
      out += ch;
      continue;
    }
    const base = ch.toLowerCase().normalize('NFD')[0] ?? ch;
    out += base === 'đ' ? 'd' : base;
  }
  return out;
}

/** The words of a query: quotes, operators and punctuation dropped, NFC, at most 10 (Meilisearch's limit). */
export function queryTerms(q: string): string[] {
  return q
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '')
    .slice(0, 10);
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}])';

function findAll(haystack: string, words: string[]): Range[] {
  if (words.length === 0) return [];
  const body = words.map(escapeRe).join('[^\\p{L}\\p{N}]{1,5}');
  const re = new RegExp(`${WORD_EDGE_BEFORE}${body}${WORD_EDGE_AFTER}`, 'gu');
  return [...haystack.matchAll(re)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

export type MatchMode = 'exact-phrase' | 'phrase' | 'exact-words' | 'words' | 'none';

export interface Matcher {
  mode: MatchMode;
  find(text: string): Range[];
}

function matcherFor(mode: MatchMode, terms: string[]): Matcher {
  const lower = terms.map((t) => t.toLowerCase());
  const folded = terms.map(foldAligned);
  const find = (text: string): Range[] => {
    switch (mode) {
      case 'exact-phrase': return findAll(text.toLowerCase(), lower);
      case 'phrase': return findAll(foldAligned(text), folded);
      case 'exact-words': return mergeRanges(lower.flatMap((w) => findAll(text.toLowerCase(), [w])));
      case 'words': return mergeRanges(folded.flatMap((w) => findAll(foldAligned(text), [w])));
      default: return [];
    }
  };
  return { mode, find };
}

/**
 * Chooses one way of matching for a whole document (all its texts), the strictest that finds
 * anything: so next/previous-hit navigation is consistent from the first section to the last.
 */
export function chooseMatcher(q: string, texts: readonly string[]): Matcher {
  const terms = queryTerms(q);
  if (terms.length === 0) return matcherFor('none', []);
  const modes: MatchMode[] = terms.length > 1
    ? ['exact-phrase', 'phrase', 'exact-words', 'words']
    : ['exact-words', 'words'];
  for (const mode of modes) {
    const m = matcherFor(mode, terms);
    if (texts.some((t) => m.find(t).length > 0)) return m;
  }
  return matcherFor('none', []);
}
