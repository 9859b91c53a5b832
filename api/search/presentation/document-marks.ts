import { highlightTerms, markSpans, numberSpans, tokenize, type HighlightTerm, type Token } from './highlight.js';
import type { QueryItem } from '../query/index.js';

/** A character span of a section's text to mark: [start, end). */
export type Span = [number, number];

/** What a document view marks: the query items as the search highlights them, and the document numbers asked for. */
export interface MarkQuery {
  items: QueryItem[];
  /** Canonical keys of the document numbers in the query (`10-CT/TU`). */
  numbers: string[];
}

interface ReadText {
  text: string;
  tokens: Token[];
}

/** The term as the search highlights it where a text has an accent-exact match: no folded fallback. */
const exactOnly = (term: HighlightTerm): HighlightTerm => ({ forms: term.forms, foldedFallback: false });

/** The term as the search highlights it where a text has no accent-exact match: every form folded. */
const foldedOnly = (term: HighlightTerm): HighlightTerm => ({
  forms: term.forms.map((f) => ({ ...f, exact: false })),
  foldedFallback: false,
});

/**
 * One matching policy per term for a whole document: accent-exact in every text when any text has
 * an exact match, else folded (for the terms the search folds at all). The search decides the same
 * per section; deciding once keeps next/previous-hit navigation consistent from section to section.
 */
export function documentTerms(terms: readonly HighlightTerm[], texts: readonly ReadText[]): HighlightTerm[] {
  return terms.map((term) => {
    const exact = exactOnly(term);
    if (!term.foldedFallback) return exact;
    const found = texts.some((t) => markSpans(t.text, t.tokens, [exact]).length > 0);
    return found ? exact : foldedOnly(term);
  });
}

/**
 * The spans to mark in each text of a document (in the order given), made by the search's
 * highlighter: the query's words, phrases and abbreviations (every written form) and the cited
 * document numbers asked for, merged as in a search snippet ("sốt xuất huyết" is one mark).
 */
export function documentMarks(texts: readonly string[], query: MarkQuery): Span[][] {
  const terms = highlightTerms(query.items);
  if (terms.length === 0 && query.numbers.length === 0) return texts.map(() => []);
  const read = texts.map((text) => ({ text, tokens: tokenize(text) }));
  const chosen = documentTerms(terms, read);
  return read.map(({ text, tokens }) => markSpans(text, tokens, chosen, numberSpans(text, query.numbers)));
}
