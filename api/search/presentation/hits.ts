import { highlightTerms, markSpans, numberSpans, tokenize } from './highlight.js';
import type { QueryItem } from '../query/index.js';
import type { SectionHit } from '../retrieval/index.js';
import { leadSnippet, oneLine, windowSnippet } from './snippet.js';
import type { SearchHit } from '../types.js';
import { documentMeta } from '../../store/document-meta.js';

/**
 * The API hit of a section: its metadata and a snippet with the query's matches in <mark>, words
 * and the document numbers searched for (`numbers`, canonical keys) alike; `withText` keeps the
 * section's whole text, read with the hit anyway.
 */
export function toSearchHits(
  sections: readonly SectionHit[],
  items: readonly QueryItem[],
  numbers: readonly string[] = [],
  withText = false,
): SearchHit[] {
  const terms = highlightTerms(items);
  return sections.map((h) => {
    const text = oneLine(h.text ?? '');
    const cited = numberSpans(text, numbers);
    let snippet: string;
    if (terms.length === 0 && cited.length === 0) {
      snippet = leadSnippet(text);
    } else {
      const tokens = tokenize(text);
      snippet = windowSnippet(text, tokens, markSpans(text, tokens, terms, cited));
    }
    return {
      ...documentMeta(h.docId, h),
      sectionId: h.id,
      heading: h.heading ?? null,
      path: h.path ?? [],
      snippet,
      directives: h.directives ?? [],
      ocr: h.ocr === true,
      ...(withText ? { text: h.text ?? '' } : {}),
    };
  });
}
