import type { Abbreviation } from '../../../lib/search/abbreviations.js';
import { plainForm } from '../../../lib/search/abbreviations.js';
import { foldKey, hasDiacritics, telexWord } from '../../../lib/vietnamese/index.js';
import { wordsOf, type QueryItem } from './parsed-query.js';

/**
 * A typed token that is an abbreviation of the list. Unambiguous ones stay one item (the index's
 * synonyms find both forms); ambiguous ones (`~TU`) are replaced by their expansion, and only
 * when typed in capitals ("TU", not "tu", which is the syllable tư/tú/tù).
 */
export function matchAbbreviation(token: string, list: readonly Abbreviation[]): QueryItem[] | null {
  const form = plainForm(token);
  if (form === '') return null;
  for (const a of list) {
    if (plainForm(a.abbr) !== form) continue;
    if (!a.ambiguous) return [{ kind: 'abbr', abbr: a, accented: hasDiacritics(token) }];
    const letters = wordsOf(token).join('');
    if (letters === wordsOf(a.abbr).join('') && letters === letters.toUpperCase()) {
      return wordsOf(a.expansions[0]!).map((w) => ({ kind: 'word', text: w }));
    }
  }
  return null;
}

/** A query word equals a word of the list: exactly (accents included) when typed with accents, else folded. */
export function sameWord(typed: string, listed: string): boolean {
  if (hasDiacritics(typed)) return telexWord(typed) === telexWord(listed);
  return foldKey(typed) === foldKey(listed);
}

interface Expansion {
  abbr: Abbreviation;
  words: string[];
}

/**
 * Meilisearch finds a synonym for up to three consecutive query words, as an alternative to the
 * words themselves ("sốt xuất huyết" also finds "SXH", and still the scattered syllables). Longer
 * written-out forms ("Ủy ban nhân dân") are replaced by their abbreviation, whose synonyms find
 * both forms, as a unit.
 */
const SYNONYM_NGRAM = 3;

function expansionsOf(list: readonly Abbreviation[]): Expansion[] {
  return list
    .filter((a) => !a.ambiguous)
    .flatMap((a) => a.expansions.map((e) => ({ abbr: a, words: wordsOf(e) })))
    .filter((e) => e.words.length > SYNONYM_NGRAM)
    .sort((x, y) => y.words.length - x.words.length);
}

function matchesAt(items: readonly QueryItem[], at: number, words: readonly string[]): boolean {
  return words.every((w, k) => {
    const item = items[at + k];
    return item?.kind === 'word' && sameWord(item.text, w);
  });
}

/** Replaces a written-out form longer than three words ("Ủy ban nhân dân") by its abbreviation item. */
export function canonicalizeExpansions(items: readonly QueryItem[], list: readonly Abbreviation[]): QueryItem[] {
  const expansions = expansionsOf(list);
  const out: QueryItem[] = [];
  for (let i = 0; i < items.length;) {
    const hit = items[i]!.kind === 'word' ? expansions.find((e) => matchesAt(items, i, e.words)) : undefined;
    if (hit) {
      const typed = items.slice(i, i + hit.words.length).flatMap((it) => (it.kind === 'word' ? [it.text] : []));
      out.push({ kind: 'abbr', abbr: hit.abbr, accented: typed.some(hasDiacritics) });
      i += hit.words.length;
    } else {
      out.push(items[i]!);
      i += 1;
    }
  }
  return out;
}
