import type { Abbreviation } from '../../../lib/search/abbreviations.js';

/** One positive part of a query, in the order typed. */
export type QueryItem =
  | { kind: 'word'; text: string }
  | { kind: 'phrase'; words: string[] }
  /** An abbreviation or its written-out form; `accented` when typed with diacritics ("HĐND", "Ủy ban nhân dân"). */
  | { kind: 'abbr'; abbr: Abbreviation; accented: boolean };

export interface ParsedQuery {
  items: QueryItem[];
  /** `-word` and `-"a phrase"`: sections containing them are left out. */
  excluded: string[][];
  /** Canonical keys of the document numbers in the query (`10-CT/TU`); matched through the citation field. */
  directives: string[];
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Word tokens (letters, marks, digits) of a text, as Meilisearch splits them. */
export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];
