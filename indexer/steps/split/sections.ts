import type { RawSection } from '../types.js';
import { splitBody, type Piece } from './body.js';
import { findClosing } from './closing.js';
import { extractFootnotes, footnoteReference, type Footnote } from './footnotes.js';
import { findHeaderEnd } from './header.js';
import { trimRange } from './lines.js';
import { rejoinBrokenParagraphs } from './rejoin.js';

/**
 * Splits a normalised document into sections, in document order:
 *   header (kind 'header': the administrative header above the title, when there is one),
 *   body sections (kind 'body': split on the document's own headings, else into paragraphs),
 *   the closing block (kind 'signature' and 'recipients').
 * Footnotes are moved to the end of the section that references them. Together the sections hold the
 * whole text. A document with nothing but a header or a closing block keeps it as body text, so that
 * every readable file has something to search.
 */
export function splitSections(text: string): RawSection[] {
  const { lines, notes } = extractFootnotes(rejoinBrokenParagraphs(text.split('\n')));
  const headerEnd = findHeaderEnd(lines);
  const closing = findClosing(lines, headerEnd);
  const bodyEnd = closing?.start ?? lines.length;
  const pieces: Piece[] = [];

  const [hs, he] = trimRange(lines, 0, headerEnd);
  if (hs < he) pieces.push({ heading: null, path: [], kind: 'header', text: lines.slice(hs, he).join('\n'), start: 0 });
  pieces.push(...splitBody(lines, headerEnd, bodyEnd));
  if (closing) {
    const recipients: Piece | null =
      closing.recipients.length > 0
        ? { heading: 'Nơi nhận', path: [], kind: 'recipients', text: closing.recipients.join('\n'), start: bodyEnd }
        : null;
    const signature: Piece | null =
      closing.signature.length > 0
        ? { heading: null, path: [], kind: 'signature', text: closing.signature.join('\n'), start: bodyEnd }
        : null;
    const ordered = closing.recipientsFirst ? [recipients, signature] : [signature, recipients];
    pieces.push(...ordered.filter((p): p is Piece => p !== null));
  }
  attachFootnotes(pieces, notes);
  if (!pieces.some((p) => p.kind === 'body')) for (const p of pieces) p.kind = 'body';
  return pieces.map(({ start: _start, ...section }) => section);
}

/** Appends each note to the body section nearest before it that holds its reference marker. */
function attachFootnotes(pieces: Piece[], notes: Footnote[]): void {
  const body = pieces.filter((p) => p.kind === 'body');
  for (const note of notes) {
    const ref = footnoteReference(note.key);
    const citing = body.filter((p) => ref.test(p.text));
    const before = (list: Piece[]): Piece | undefined => list.filter((p) => p.start <= note.after).at(-1);
    const target = before(citing) ?? citing[0] ?? before(body) ?? body.at(-1) ?? pieces.at(-1);
    if (target) target.text = `${target.text}\n\n${note.text}`;
    else pieces.push({ heading: null, path: [], kind: 'body', text: note.text, start: note.after });
  }
}
