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

/** The general path: every word through telexWord. The reference for the fast path below. */
export function telexTextByWord(text: string): string {
  const words = text.match(WORD);
  return words ? words.map(telexWord).join(' ') : '';
}

/*
 * The fast path, for text made of Latin letters (Vietnamese included), digits and separators:
 * one pass over the characters with a table of each letter's encoding (body, then its tone,
 * which goes to the end of the word). Within these ranges a word encodes exactly as the
 * concatenation of its letters' bodies followed by the last tone, so the result equals the
 * general path's; any other word character (a lone combining mark, Greek, CJK …) sends the
 * whole text to the general path. The indexer encodes every section, so this matters.
 */
interface Piece {
  body: string;
  tone: string;
}
const TABLE_END = 0x3000;
const LATIN = (c: number): boolean => c < 0x250 || (c >= 0x1e00 && c < 0x1f00) || (c >= 0x2070 && c < 0x20a0);
/** Per UTF-16 unit: a letter's piece, null for a separator, undefined when only the general path knows. */
const TABLE: (Piece | null | undefined)[] = buildTable();

function buildTable(): (Piece | null | undefined)[] {
  const table: (Piece | null | undefined)[] = new Array<Piece | null | undefined>(TABLE_END);
  const wordChar = /^[\p{L}\p{M}\p{N}]$/u;
  for (let c = 0; c < TABLE_END; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (!wordChar.test(ch)) table[c] = null;
    else if (LATIN(c) && !/\p{M}/u.test(ch)) {
      let tone = '';
      for (const m of ch.toLowerCase().normalize('NFD')) tone = TONES[m] ?? tone;
      const full = telexWord(ch);
      table[c] = { body: full.slice(0, full.length - tone.length), tone };
    }
  }
  return table;
}

/** Encodes every word of a text; separators become single spaces. */
export function telexText(text: string): string {
  const words: string[] = [];
  let word = '';
  let tone = '';
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const piece = code < TABLE_END ? TABLE[code] : undefined;
    if (piece === null) {
      if (start >= 0) words.push(word + tone);
      word = '';
      tone = '';
      start = -1;
    } else if (piece !== undefined) {
      if (start < 0) start = i;
      word += piece.body;
      if (piece.tone !== '') tone = piece.tone;
    } else {
      // A character only the general path knows: encode this whole word (or skip a non-word symbol) with it.
      const from = start >= 0 ? start : i;
      WORD.lastIndex = from;
      const m = WORD.exec(text);
      if (m && m.index === from) {
        words.push(telexWord(m[0]));
        i = from + m[0].length - 1;
      } else if (start >= 0) {
        words.push(word + tone);
      }
      word = '';
      tone = '';
      start = -1;
    }
  }
  if (start >= 0) words.push(word + tone);
  return words.join(' ');
}
