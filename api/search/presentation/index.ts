/**
 * The presentation step of the search pipeline: the sections retrieval found turned into hits
 * (accent-exact marks, snippets around the densest marks) and the Vietnamese notice that says which
 * fallback answered. The service and the suggestions read it only through what this file exports.
 */
export { toSearchHits } from './hits.js';
export { searchNotice } from './notice.js';
export { markedHtml, oneLine } from './snippet.js';
export { documentMarks, documentTerms, type MarkQuery, type Span } from './document-marks.js';
