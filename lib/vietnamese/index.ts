export { normalizeText, collapseSpaces, countLetters, joinSpacedCapitals, MARK_OPEN, MARK_CLOSE } from './normalize.js';
export { convertLegacyText, detectLegacyEncoding, fixLegacyEncoding, type LegacyEncoding } from './legacy-encodings.js';
export { foldAligned, foldDiacritics, foldKey, hasDiacritics } from './fold.js';
export { telexWord, telexText, telexTextByWord } from './telex.js';
export { canonicalDocNumber, findDocNumbers, type DocNumberMatch } from './doc-number.js';
