import type { Facets } from './api.js';
import { foldAligned } from './highlight.js';
import type { FilterKey } from './url-state.js';
import { parseSnippet } from './snippet.js';

/** A suggestion under the search box: a completed query, or a filter to apply. */
export type Suggestion =
  { kind: 'query'; text: string; count: number } | { kind: 'filter'; key: FilterKey; value: string; count: number };

const startsLower = (s: string): boolean => s[0] !== undefined && s[0] === s[0].toLowerCase();
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Drops a completion when a longer one that extends it is just as frequent ("sốt xuất" under "sốt xuất huyết"). */
function undominated(
  entries: [string, { text: string; count: number }][],
): [string, { text: string; count: number }][] {
  return entries.filter(
    ([key, v]) => !entries.some(([k2, v2]) => k2 !== key && k2.startsWith(`${key} `) && v2.count >= v.count),
  );
}

/**
 * Completions of what the user typed, read from the texts of a prefix search's hits: the typed
 * words (accents and case ignored), the rest of the word being typed, and up to two more words
 * before any punctuation. The most frequent first, longer ones preferred at equal frequency.
 */
export function queryCompletions(typed: string, texts: readonly string[], max = 5): Suggestion[] {
  const words = foldAligned(typed.normalize('NFC'))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0 || words.join('').length < 2) return [];
  const body = words.map(escapeRe).join('[^\\p{L}\\p{N}]{1,3}');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}[\\p{L}\\p{N}]*((?:[ ]+[\\p{L}\\p{N}]+){0,2})`, 'gu');
  const counts = new Map<string, { text: string; count: number }>();
  for (const text of texts) {
    const flat = text.normalize('NFC').replace(/\s+/g, ' ');
    for (const m of foldAligned(flat).matchAll(re)) {
      const start = m.index ?? 0;
      const extra = (m[1] ?? '').match(/[ ]+\S+/g) ?? [];
      for (let n = 0; n <= extra.length; n++) {
        const len = m[0].length - (m[1] ?? '').length + extra.slice(0, n).join('').length;
        const original = flat.slice(start, start + len).trim();
        const key = foldAligned(original);
        const entry = counts.get(key) ?? { text: original, count: 0 };
        if (startsLower(original) && !startsLower(entry.text)) entry.text = original; // prefer running-text spelling
        entry.count += 1;
        counts.set(key, entry);
      }
    }
  }
  const typedKey = words.join(' ');
  return undominated([...counts.entries()].filter(([key]) => key !== typedKey))
    .sort((a, b) => b[1].count - a[1].count || b[1].text.length - a[1].text.length)
    .slice(0, max)
    .map(([, v]) => ({ kind: 'query', text: v.text, count: v.count }));
}

const FILTER_FACETS: FilterKey[] = ['district', 'province', 'directive', 'issuer'];

/** Facet values (places, cited numbers, issuers) in which a word starts with what was typed. */
export function filterSuggestions(typed: string, facets: Facets, max = 3): Suggestion[] {
  const needle = foldAligned(typed.trim().normalize('NFC'));
  if (needle.length < 2) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(needle)}`, 'u');
  const out: Suggestion[] = [];
  for (const key of FILTER_FACETS) {
    for (const [value, count] of Object.entries(facets[key] ?? {})) {
      if (re.test(foldAligned(value))) out.push({ kind: 'filter', key, value, count });
    }
  }
  return out.sort((a, b) => b.count - a.count).slice(0, max);
}

/** Suggestions for the box, derived from a search for the typed text (no separate endpoint). */
export function deriveSuggestions(
  typed: string,
  result: { facets: Facets } & { hits: { snippet: string; heading: string | null; title: string }[] },
): Suggestion[] {
  const texts = result.hits.flatMap((h) => [
    parseSnippet(h.snippet)
      .map((p) => p.text)
      .join(''),
    h.heading ?? '',
    h.title,
  ]);
  return [...queryCompletions(typed, texts), ...filterSuggestions(typed, result.facets)];
}
