import { MARK_CLOSE, MARK_OPEN } from '../../../lib/vietnamese/index.js';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Turns text whose matches are wrapped in the private-use sentinels into safe HTML:
 * everything escaped, every match inside <mark>…</mark>. Unbalanced sentinels are dropped.
 */
export function markedHtml(text: string): string {
  let out = '';
  let open = false;
  let chunk = '';
  for (const ch of text) {
    if (ch === MARK_OPEN && !open) {
      out += escapeHtml(chunk);
      chunk = '';
      open = true;
    } else if (ch === MARK_CLOSE && open) {
      out += chunk.trim() === '' ? escapeHtml(chunk) : `<mark>${escapeHtml(chunk)}</mark>`;
      chunk = '';
      open = false;
    } else if (ch !== MARK_OPEN && ch !== MARK_CLOSE) {
      chunk += ch;
    }
  }
  return out + escapeHtml(chunk);
}

/** Collapses whitespace so that a snippet reads as one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A plain snippet (no query): the start of the text, cut at a word boundary. */
export function leadSnippet(text: string, maxChars = 240): string {
  const flat = oneLine(text);
  if (flat.length <= maxChars) return escapeHtml(flat);
  return `${escapeHtml(flat.slice(0, maxChars).replace(/\s+\S*$/, ''))} …`;
}

const WINDOW_WORDS = 36;

/** Safe HTML of text[from, to) with the spans inside it wrapped in <mark>. */
function renderMarked(text: string, from: number, to: number, spans: readonly [number, number][]): string {
  let out = '';
  let at = from;
  for (const [s, e] of spans) {
    if (e <= from || s >= to) continue;
    out += escapeHtml(text.slice(at, s));
    out += `<mark>${escapeHtml(text.slice(s, e))}</mark>`;
    at = e;
  }
  return out + escapeHtml(text.slice(at, to));
}

/**
 * A snippet of about 36 words around the densest group of marks (the start of the text when
 * nothing is marked), cut at word boundaries with "…", never inside a mark.
 */
export function windowSnippet(
  text: string,
  words: readonly { start: number; end: number }[],
  spans: readonly [number, number][],
): string {
  if (words.length === 0) return escapeHtml(text);
  const marked = words.map((w) => spans.some(([s, e]) => w.start < e && s < w.end));
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    if (marked[i]) count++;
    if (i >= WINDOW_WORDS && marked[i - WINDOW_WORDS]) count--;
    const start = Math.max(0, i - WINDOW_WORDS + 1);
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
  }
  // Put the first mark of the window a few words in, so the reader sees what leads to it.
  const firstMark = marked.indexOf(true, best);
  const startWord = firstMark >= 0 ? Math.max(0, firstMark - 6) : 0;
  const endWord = Math.min(words.length, startWord + WINDOW_WORDS) - 1;
  let from = startWord === 0 ? 0 : words[startWord]!.start;
  let to = endWord === words.length - 1 ? text.length : words[endWord]!.end;
  for (const [s, e] of spans) {
    if (s < from && e > from) from = s;
    if (s < to && e > to) to = e;
  }
  const body = renderMarked(text, from, to, spans).trim();
  return `${from > 0 ? '… ' : ''}${body}${to < text.length ? ' …' : ''}`;
}
