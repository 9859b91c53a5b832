import { highlightTerms, markSpans, tokenize } from './highlight.js';
import type { QueryItem } from './query-types.js';
import type { SectionHit } from './retrieve.js';
import { leadSnippet, oneLine, windowSnippet } from './snippet.js';
import type { SearchHit } from './types.js';

/** The API hit of a section: its metadata and a snippet with the query's matches in <mark>. */
export function toSearchHits(sections: readonly SectionHit[], items: readonly QueryItem[]): SearchHit[] {
  const terms = highlightTerms(items);
  return sections.map((h) => {
    const text = oneLine(h.text ?? '');
    let snippet: string;
    if (terms.length === 0) {
      snippet = leadSnippet(text);
    } else {
      const tokens = tokenize(text);
      snippet = windowSnippet(text, tokens, markSpans(text, tokens, terms));
    }
    return {
      docId: h.docId, sectionId: h.id, file: h.file, title: h.title, docType: h.docType, date: h.date ?? null,
      issuer: h.issuer ?? null, district: h.district ?? null, province: h.province ?? null, heading: h.heading ?? null,
      path: h.path ?? [], snippet, directives: h.directives ?? [],
    };
  });
}
