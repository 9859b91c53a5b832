import mammoth from 'mammoth';
import { ReadError } from './errors.js';
import { elementText, parseHtmlDocument, type MiniNode } from './html-text.js';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "12" → "⁽¹²⁾": footnote markers in the form the splitter recognises in every format. */
export function footnoteMarker(n: number): string {
  return `⁽${[...String(n)].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('')}⁾`;
}

/**
 * Reads a Word .docx: paragraphs, tables (cell by cell) and lists through mammoth's HTML, so the
 * structure survives as paragraphs. Footnote and endnote references become `⁽¹⁾` markers and the notes
 * become `⁽¹⁾ …` paragraphs at the end; the splitter attaches each note to the paragraph citing it.
 */
export async function readDocx(bytes: Uint8Array): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new ReadError(
      'this is an old Word .doc file with a .docx name; open it in Word and save it as .docx',
      'unsupported',
    );
  }
  if (!buffer.subarray(0, 2).equals(Buffer.from('PK')))
    throw new ReadError('not a .docx file (a .docx is a ZIP archive)', 'corrupt');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer })).value;
  } catch (err) {
    throw new ReadError(`the .docx file is damaged or truncated (${shortReason(err)})`, 'corrupt');
  }
  return docxHtmlToText(html);
}

/** Mammoth's HTML to text, with notes renumbered in order of first reference. */
export function docxHtmlToText(html: string): string {
  const doc = parseHtmlDocument(html);
  for (const back of [...doc.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]')]) back.remove();
  const numbers = new Map<string, number>();
  for (const ref of [...doc.querySelectorAll('a[href^="#footnote-"], a[href^="#endnote-"]')]) {
    const id = ref.getAttribute('href')!.slice(1);
    if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    const holder = ref.parentElement?.nodeName === 'SUP' ? ref.parentElement : ref;
    holder.replaceWith(doc.createTextNode(footnoteMarker(numbers.get(id)!)));
  }
  const notes: { n: number; text: string }[] = [];
  for (const item of [...doc.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]')]) {
    const n = numbers.get(item.getAttribute('id')!) ?? numbers.size + notes.length + 1;
    const text = elementText(item as unknown as MiniNode)
      .replace(/\s*\n+\s*/g, ' ')
      .trim();
    if (text) notes.push({ n, text: `${footnoteMarker(n)} ${text}` });
    const list = item.parentElement;
    item.remove();
    if (list && list.children.length === 0) list.remove();
  }
  const body = elementText((doc.body ?? doc.documentElement) as unknown as MiniNode);
  const noteText = notes
    .sort((a, b) => a.n - b.n)
    .map((note) => note.text)
    .join('\n\n');
  return noteText ? `${body}\n\n${noteText}` : body;
}

function shortReason(err: unknown): string {
  return ((err as Error)?.message ?? String(err)).split('\n')[0]!.slice(0, 120);
}
