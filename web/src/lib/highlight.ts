/**
 * Text helpers for marking and filtering in the UI. The search terms themselves are marked by the
 * API (snippets, and `marks` on each section of a document): the UI does not match queries itself.
 */

/** A span of a text: [start, end) in UTF-16 units. */
export interface Range {
  start: number;
  end: number;
}

/** Lower-cases and drops diacritics one UTF-16 unit at a time, so offsets stay aligned with the input. */
export function foldAligned(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch.length > 1) {
      out += ch;
      continue;
    }
    const base = ch.toLowerCase().normalize('NFD')[0] ?? ch;
    out += base === 'đ' ? 'd' : base;
  }
  return out;
}
