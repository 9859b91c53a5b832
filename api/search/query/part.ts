import type { ParsedQuery } from './parsed-query.js';
import type { Fallback, SearchResponse } from '../types.js';

/**
 * Which part of the query a search used: all of it; the words without the document numbers (no
 * section cites them with the words); or, for a question, the numbers without its words.
 */
export type QueryPart = 'all' | 'words' | 'numbers';

/** How `search(p)` answered: the attempt's fallback, and the part of the query it used. */
export interface Answered {
  fallback: Fallback | null;
  part: QueryPart;
}

/**
 * The parts to try, in order, when the whole query found nothing. Document numbers are filters:
 * with no section matching them and the words, a question's words only rank, so the sections
 * citing the numbers come first; otherwise the words are searched alone. Either way, visibly.
 */
export function fallbackParts(parsed: ParsedQuery, hasText: boolean, question: boolean): QueryPart[] {
  if (parsed.directives.length === 0 || !hasText) return [];
  return question ? ['numbers', 'words'] : ['words'];
}

/** The query as read for one part: the words without the numbers, or the numbers without the words. */
export function partOf(read: ParsedQuery, part: QueryPart): ParsedQuery {
  if (part === 'words') return { ...read, directives: [] };
  if (part === 'numbers') return { ...read, items: [] };
  return read;
}

/** The part of the query a search response used, read back from its interpretation. */
export function queryPartOf(r: SearchResponse): QueryPart {
  if (r.interpretation?.wordsSetAside) return 'numbers';
  return (r.interpretation?.unmatchedDirectives.length ?? 0) > 0 ? 'words' : 'all';
}
