import { findDocNumbers, foldKey, hasDiacritics, telexWord } from '../../../lib/vietnamese/index.js';
import { itemWords, wordsOf, type QueryItem } from '../query/index.js';

/** A sequence of words to find in a text; `exact` compares accents (telex), else folded forms. */
interface Form {
  telex: string[];
  folded: string[];
  exact: boolean;
}

const form = (words: readonly string[], exact: boolean): Form => ({
  telex: words.map(telexWord),
  folded: words.map(foldKey),
  exact,
});

/** What one query item highlights: its forms, and whether folded matches count when no exact one exists. */
export interface HighlightTerm {
  forms: Form[];
  foldedFallback: boolean;
}

export interface Token {
  start: number;
  end: number;
  telex: string;
  folded: string;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const word = m[0];
    out.push({ start: m.index, end: m.index + word.length, telex: telexWord(word), folded: foldKey(word) });
  }
  return out;
}

/** The highlight terms of the searched query items (an abbreviation highlights every written form). */
export function highlightTerms(items: readonly QueryItem[]): HighlightTerm[] {
  return items.map((item): HighlightTerm => {
    if (item.kind === 'abbr') {
      const forms = [
        form(wordsOf(item.abbr.abbr), false),
        ...item.abbr.expansions.map((e) => form(wordsOf(e), item.accented)),
      ];
      return { forms, foldedFallback: item.accented };
    }
    const words = itemWords(item);
    const exact = words.some(hasDiacritics);
    return { forms: [form(words, exact)], foldedFallback: exact && item.kind === 'word' };
  });
}

function formAt(tokens: readonly Token[], at: number, f: Form, exact: boolean): boolean {
  const wanted = exact ? f.telex : f.folded;
  return wanted.every((w, k) => {
    const t = tokens[at + k];
    return t !== undefined && (exact ? t.telex : t.folded) === w;
  });
}

/** Matches of a term; `strict` compares accents for the forms typed with them, else everything folded. */
function spansOf(tokens: readonly Token[], term: HighlightTerm, strict: boolean): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const f = term.forms.find((candidate) => formAt(tokens, i, candidate, strict && candidate.exact));
    if (f) spans.push([tokens[i]!.start, tokens[i + f.telex.length - 1]!.end]);
  }
  return spans;
}

/**
 * Character spans to mark: for each term its accent-exact matches, or its folded matches when the
 * text has no exact one; overlapping spans and spans separated only by spaces or hyphens are merged
 * ("sốt xuất huyết" is one mark).
 */
export function markSpans(
  text: string,
  tokens: readonly Token[],
  terms: readonly HighlightTerm[],
  extra: readonly [number, number][] = [],
): [number, number][] {
  const all: [number, number][] = [...extra];
  for (const term of terms) {
    let spans = spansOf(tokens, term, true);
    if (spans.length === 0 && term.foldedFallback) spans = spansOf(tokens, term, false);
    all.push(...spans);
  }
  all.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const span of all) {
    const last = merged[merged.length - 1];
    if (last && (span[0] <= last[1] || /^[\s\-–—]+$/u.test(text.slice(last[1], span[0])))) {
      last[1] = Math.max(last[1], span[1]);
    } else {
      merged.push([span[0], span[1]]);
    }
  }
  return merged;
}

/** Character spans of the document numbers in a text whose canonical key is one of `keys` ("Chỉ thị số 10 - CT/TU" for 10-CT/TU). */
export function numberSpans(text: string, keys: readonly string[]): [number, number][] {
  if (keys.length === 0) return [];
  return findDocNumbers(text)
    .filter((m) => keys.includes(m.key))
    .map((m) => [m.index, m.index + m.raw.length]);
}
