/**
 * Accent-preserving ASCII encoding of Vietnamese syllables, Telex style:
 * "sốt" → "soots", "sót" → "sots", "huyện" → "huyeenj", "đ" → "dd".
 * The tone letter goes at the end of the syllable, so old and new tone placement
 * ("hoà"/"hòa", "uỷ"/"ủy") encode alike. Meilisearch removes diacritics from every
 * field; indexing this encoding lets a search tell "sốt" from "sót".
 */

const TONES: Record<string, string> = {
  '\u0301': 's', // sắc
  '\u0300': 'f', // huyền
  '\u0309': 'r', // hỏi
  '\u0303': 'x', // ngã
  '\u0323': 'j', // nặng
};
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031B';

/** Encodes one word (letters and digits); characters outside a-z pass through lower-cased. */
export function telexWord(word: string): string {
  let out = '';
  let tone = '';
  let prev = '';
  for (const ch of word.toLowerCase().normalize('NFD')) {
    if (ch === 'đ') {
      out += 'dd';
      prev = 'd';
    } else if (ch === CIRCUMFLEX) {
      out += prev;
    } else if (ch === BREVE || ch === HORN) {
      out += 'w';
    } else if (TONES[ch] !== undefined) {
      tone = TONES[ch];
    } else if (/[\u0300-\u036f]/.test(ch)) {
      // other combining marks carry no Vietnamese meaning: drop them
    } else {
      out += ch;
      prev = ch;
    }
  }
  return out + tone;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/*
 * Vietnamese has a few thousand distinct syllables, so encodings are remembered: the indexer
 * encodes every section and this makes it several times faster. Bounded so odd input cannot grow it.
 */
const memo = new Map<string, string>();
const MEMO_LIMIT = 200_000;

function telexWordMemo(word: string): string {
  let out = memo.get(word);
  if (out === undefined) {
    out = telexWord(word);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, out);
  }
  return out;
}

/** Encodes every word of a text; separators become single spaces. */
export function telexText(text: string): string {
  const words = text.match(WORD);
  return words ? words.map(telexWordMemo).join(' ') : '';
}
