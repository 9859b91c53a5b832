import { findDocNumbers, normalizeText } from '../../../lib/vietnamese/index.js';
import { abbreviations, type Abbreviation } from '../../../lib/search/abbreviations.js';
import { canonicalizeExpansions, matchAbbreviation } from './abbreviation-match.js';
import { wordsOf, type ParsedQuery, type QueryItem } from './parsed-query.js';

/** Type words that introduce a document number ("Chỉ thị 10-CT/TU", "Quy định số 11-QĐi/TW"). */
const TYPE_WORD = new RegExp(
  '(?:chỉ thị|nghị quyết|kết luận|quy định|quyết định|kế hoạch|thông báo|thông tri|công văn|công điện|hướng dẫn|' +
    'nghị định|thông tư|báo cáo|chương trình|đề án|tờ trình|quy chế|văn bản)(?:\\s+số)?\\s*[:.]?\\s*$|(?:^|\\s)số\\s*[:.]?\\s*$',
  'iu',
);
/** A date right after a number ("ngày 15/6/2016", "ngày 15-6-2016"). */
const DATE_AFTER = /^[\s,]*(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/iu;

/** Takes the document numbers out of the query, with their type word and date; returns keys and the rest. */
export function extractDocNumbers(text: string): { keys: string[]; rest: string } {
  // Detection needs upper-case codes; typed queries are often lower-case ("10-ct/tu").
  const upper = text.toUpperCase();
  const source = upper.length === text.length ? upper : text;
  const found = findDocNumbers(source);
  if (found.length === 0) return { keys: [], rest: text };
  const keys: string[] = [];
  let rest = '';
  let at = 0;
  for (const m of found) {
    let before = text.slice(at, m.index);
    const typeWord = before.match(TYPE_WORD);
    if (typeWord) before = before.slice(0, before.length - typeWord[0].length);
    rest += `${before} `;
    at = m.index + m.raw.length;
    const date = text.slice(at).match(DATE_AFTER);
    if (date) at += date[0].length;
    if (!keys.includes(m.key)) keys.push(m.key);
  }
  return { keys, rest: rest + text.slice(at) };
}

const SEGMENT = /(-?)(?:"([^"]*)"?|“([^”]*)”?|(\S+))/gu;

/** Parses the user's query: document numbers, quoted phrases, `-exclusions`, abbreviations, words. */
export function parseQuery(q: string, list: readonly Abbreviation[] = abbreviations()): ParsedQuery {
  const { keys, rest } = extractDocNumbers(normalizeText(q).replace(/\s+/g, ' '));
  const items: QueryItem[] = [];
  const excluded: string[][] = [];
  for (const m of rest.matchAll(SEGMENT)) {
    const negative = m[1] === '-';
    const quoted = m[2] ?? m[3];
    if (quoted !== undefined) {
      const words = wordsOf(quoted);
      if (words.length === 0) continue;
      if (negative) excluded.push(words);
      else items.push({ kind: 'phrase', words });
      continue;
    }
    const token = m[4]!;
    const words = wordsOf(token);
    if (words.length === 0) continue;
    if (negative && /^[\p{L}\p{N}"“]/u.test(token)) {
      excluded.push(words);
      continue;
    }
    const abbr = matchAbbreviation(token, list);
    if (abbr) items.push(...abbr);
    else for (const w of words) items.push({ kind: 'word', text: w });
  }
  return { items: canonicalizeExpansions(items, list), excluded, directives: keys };
}
