import { findDocNumbers } from '../../lib/vietnamese/index.js';

/**
 * The document's own number, from its header: "Số: 137-KH/HU", "Số 45-TB/HU" or a number standing
 * alone on a line of the header. It is the document's identity, never one of its citations.
 */
export function findOwnNumber(text: string): string | null {
  const head = text.split('\n').slice(0, 15);
  for (const line of head) {
    const t = line.trim();
    const m = t.match(/^(?:Số|SỐ)[ \t]*[:.]?[ \t]*(.+)$/u) ?? t.match(/^()(?=\d)(.+)$/u);
    if (!m) continue;
    const rest = m[2] ?? m[1]!;
    const found = findDocNumbers(rest);
    if (found.length > 0 && found[0]!.index <= 2) return found[0]!.display;
  }
  return null;
}
