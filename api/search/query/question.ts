/**
 * Questions typed in full ("Dịch vụ karaoke là gì?", "… đúng hay sai?"): they are answered by
 * ranked retrieval, not by the strict all-words match meant for keywords, and their interrogative
 * words, which the answering text does not contain, do not count as terms.
 */

const INTERROGATIVES = [
  'như thế nào',
  'thế nào',
  'ra sao',
  'là gì',
  'bao nhiêu',
  'bao lâu',
  'hay không',
  'được không',
  'có phải',
  'phải không',
  'đúng hay sai',
  'đúng không',
  'khi nào',
  'vì sao',
  'tại sao',
  'ở đâu',
  'gì',
  'nào',
  'đâu',
];
const EDGE_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
const ASKING = new RegExp(`${EDGE_BEFORE}(?:${INTERROGATIVES.join('|')})${EDGE_AFTER}`, 'giu');
const TRAILING_NOT = new RegExp(`${EDGE_BEFORE}(?:không|chưa)\\s*\\?\\s*$`, 'iu');

/** True for a question: it ends with "?" or asks with a question word. */
export function isQuestion(q: string): boolean {
  ASKING.lastIndex = 0;
  return /\?\s*$/u.test(q) || ASKING.test(q.normalize('NFC'));
}

/** The question without its interrogative words and question marks. */
export function withoutInterrogatives(q: string): string {
  return q
    .normalize('NFC')
    .replace(TRAILING_NOT, ' ')
    .replace(ASKING, ' ')
    .replace(/\?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
