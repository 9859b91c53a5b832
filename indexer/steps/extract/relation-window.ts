/**
 * The stretch of text a citation's relation is read from: its sentence, and before it what the
 * sentence continues. A clause after ";" continues the clause before it ("thực hiện tốt Nghị quyết số
 * 03-NQ/HU …; Nghị quyết số 02-NQ/ĐU …"); an item of a list continues the list's lead-in when that ends
 * with ":" ("Bãi bỏ các văn bản sau: 1. … 2. Thông tư số …"); a line that a page or column break cut
 * mid-sentence ("Thực hiện Chỉ\nthị số 8008/CT-TCTL") continues the line before.
 */

import { foldLow, TYPE_RE } from './relation-cues.js';

const LIST_MARKER = /^(?:[-+•*–]|\d{1,2}[.)]|[a-zđ][.)])\s+/u;
const MARKER_AT_END = /(?:^|\s)(?:[-+•*–]|\d{1,2}[.)]|[a-zđ][.)])\s*$/u;
/** A clause or sentence end: what the window walks back over, one piece at a time. */
const PIECE_END = /(?:[.!?](?=\s)|[;:\n])[^.!?;:\n]*$/u;
const MAX_BACK = 2000;
const MAX_PIECES = 12;

/** Start of the piece (clause, list item or line) that ends at `end`. */
function pieceStart(text: string, end: number): number {
  const from = Math.max(0, end - 600);
  const head = text.slice(from, end);
  const cut = PIECE_END.exec(head);
  return cut ? from + cut.index + 1 : from;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/u.test(text[at]!)) at++;
  return at;
}

/** What the text before `at` ends with, once spaces and a list marker are set aside. */
function before(text: string, at: number): { last: string; end: number; marker: boolean; lineBreak: boolean } {
  let head = text.slice(Math.max(0, at - 600), at);
  const base = at - head.length;
  const lineBreak = /\n\s*$/u.test(head);
  head = head.replace(/\s+$/u, '');
  const m = MARKER_AT_END.exec(head);
  if (m) head = head.slice(0, m.index).replace(/\s+$/u, '');
  return { last: head.slice(-1), end: base + head.length, marker: m !== null, lineBreak };
}

/** The lead-in of the list an item at `at` belongs to: a piece ending with ":" before list items only. */
function listLeadIn(text: string, at: number): number | null {
  let cursor = at;
  for (let n = 0; n < MAX_PIECES && at - cursor < MAX_BACK; n++) {
    const b = before(text, cursor);
    if (b.end <= 0) return null;
    if (b.last === ':') return pieceStart(text, b.end - 1);
    if (!b.marker && !LIST_MARKER.test(text.slice(cursor, cursor + 5))) return null;
    cursor = skipSpace(text, pieceStart(text, b.end - 1));
  }
  return null;
}

/** A piece that opens with a cited document's type word, maybe after a list marker: "b) Nghị định số …". */
const OPENS_WITH_CITATION = new RegExp(
  `^\\s*(?:(?:[-+•*–]|\\d{1,2}[.)]|[a-z][.)])\\s*)?(?:va\\s+)?(?:(?:cac|nhung)\\s+)?${TYPE_RE}(?![\\p{L}])`,
  'u',
);

/**
 * Start of the window for a sentence starting at `sentenceStart`. Only a piece that opens with a
 * citation continues a ";" or a list: "…; bình quân mỗi xã đạt … (Quyết định số …)" is a clause of its own.
 */
export function windowStart(text: string, sentenceStart: number): number {
  if (!OPENS_WITH_CITATION.test(foldLow(text.slice(sentenceStart, sentenceStart + 60))))
    return lineWrapStart(text, sentenceStart);
  let at = sentenceStart;
  for (let n = 0; n < MAX_PIECES && sentenceStart - at < MAX_BACK; n++) {
    const b = before(text, at);
    if (b.end <= 0) return at;
    const startsItem = b.marker || LIST_MARKER.test(text.slice(at, at + 5));
    if (b.last === ';' || b.last === ':') {
      at = pieceStart(text, b.end - 1);
      if (b.last === ':') return at;
    } else if (startsItem) {
      return listLeadIn(text, at) ?? at;
    } else if (b.lineBreak && /^\p{Ll}/u.test(text.slice(at, at + 1)) && /[\p{L}\p{N},]/u.test(b.last)) {
      at = pieceStart(text, b.end);
    } else {
      return at;
    }
  }
  return at;
}

/** A sentence cut by a line break mid-sentence ("Thực hiện Chỉ\nthị số …") starts on the line before. */
function lineWrapStart(text: string, sentenceStart: number): number {
  const b = before(text, sentenceStart);
  const wrapped =
    b.lineBreak &&
    !b.marker &&
    /^\p{Ll}/u.test(text.slice(sentenceStart, sentenceStart + 1)) &&
    /[\p{L}\p{N},]/u.test(b.last);
  return wrapped ? pieceStart(text, b.end) : sentenceStart;
}

/** Clause breaks: ";", ":", a sentence end, a line break, or ", " before a capital (a new subject). */
const BREAK = /;|:|[.!?](?=\s)|\n|,\s+(?=\p{Lu})/gu;

/** End of the last clause break in text[from, to), or null when there is none. */
export function lastBreak(text: string, from: number, to: number): number | null {
  let end: number | null = null;
  for (const m of text.slice(from, to).matchAll(BREAK)) end = from + m.index + m[0].length;
  return end;
}
