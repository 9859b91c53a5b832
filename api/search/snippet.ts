import { MARK_CLOSE, MARK_OPEN } from '../../lib/vietnamese/index.js';

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
