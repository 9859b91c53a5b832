import { MAX_QUERY_TERMS } from './plan.js';
import { parseQuery } from './parse.js';
import type { ParsedQuery } from './parsed-query.js';
import { isQuestion, withoutInterrogatives } from './question.js';

/** The query as typed, read: a question (interrogative words and more than two items) without its interrogative words. */
export function readTyped(q: string): { question: boolean; read: ParsedQuery } {
  const question = isQuestion(q) && parseQuery(q).items.length > 2;
  return { question, read: parseQuery(question ? withoutInterrogatives(q) : q) };
}

/** A question, or a query of more terms than Meilisearch reads (10), goes to ranked retrieval and keeps its informative terms. */
export const isLongQuery = (parsed: ParsedQuery, question: boolean): boolean =>
  question || parsed.items.length > MAX_QUERY_TERMS;
