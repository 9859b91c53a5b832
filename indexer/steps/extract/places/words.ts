/** Reading place names word by word from a position in the text. */

export interface WordRun {
  /** The words, as written. */
  words: string[];
  /** End offset (exclusive) of each word in the text. */
  ends: number[];
}

/** A word; an apostrophe inside it belongs to it ("H'leo", "R’lấp", "M'Đrắk"). */
const WORD = /[\p{L}\p{N}]+(?:['’ʼ‘`´][\p{L}\p{N}]+)*/uy;
const JOIN = /(?:[ \t]+[-–][ \t]+|[ \t]*[-–][ \t]*(?=\p{Lu})|[ \t]+)/uy;

/**
 * Up to `max` words from `start`, joined by spaces or by a spaced hyphen ("Bà Rịa - Vũng Tàu");
 * any other punctuation ends the run.
 */
export function wordsAt(text: string, start: number, max: number): WordRun {
  const run: WordRun = { words: [], ends: [] };
  let at = start;
  while (run.words.length < max) {
    if (run.words.length > 0) {
      JOIN.lastIndex = at;
      const j = JOIN.exec(text);
      if (!j) break;
      at += j[0].length;
    }
    WORD.lastIndex = at;
    const w = WORD.exec(text);
    if (!w) break;
    run.words.push(w[0]);
    at += w[0].length;
    run.ends.push(at);
  }
  return run;
}

/** True when a word starts with a capital letter (place names are capitalised word by word). */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
