import { unzipSync } from 'fflate';
import { DOMParser } from 'linkedom';
import { footnoteMarker, readDocx } from './docx.js';
import { ReadError } from './errors.js';

/** content.xml beyond this is a zip bomb, not a document (the text limit is 5 million characters). */
const MAX_CONTENT_BYTES = 200 * 1024 * 1024;
/** Paragraph-like elements: each one is a paragraph of its own. */
const BLOCK = new Set(['text:p', 'text:h', 'text:list-header']);
/** Elements whose content is not document text: comments, tracked deletions, indexes, drawings' captions. */
const SKIP = new Set([
  'office:annotation',
  'office:annotation-end',
  'text:tracked-changes',
  'text:table-of-content',
  'text:alphabetical-index',
  'text:illustration-index',
  'text:table-index',
  'text:object-index',
  'text:user-index',
  'text:bibliography',
  'text:sequence-decls',
  'text:variable-decls',
  'text:user-field-decls',
  'office:forms',
  'svg:title',
  'svg:desc',
  'text:bookmark-ref',
  'draw:image',
]);
const MAX_DEPTH = 400;

interface XmlNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<XmlNode>;
  getAttribute?(name: string): string | null;
}

/** The names of a ZIP archive's entries, or null when it is not a readable ZIP. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}

/**
 * Reads an OpenDocument text (.odt, as LibreOffice and Word write it): the paragraphs, headings, lists and
 * table cells of content.xml, each a paragraph; `text:s`, `text:tab` and `text:line-break` as the spacing
 * they stand for; notes become `⁽¹⁾` markers with the notes at the end, as for .docx. A .docx under an .odt
 * name is read as a .docx.
 */
export async function readOdt(bytes: Uint8Array): Promise<string> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new ReadError('not an .odt file (an .odt is a ZIP archive)', 'corrupt');
  const names = zipEntryNames(bytes);
  if (!names)
    throw new ReadError('the .odt file is damaged or truncated (its ZIP directory cannot be read)', 'corrupt');
  if (names.includes('word/document.xml')) return readDocx(bytes);
  if (!names.includes('content.xml'))
    throw new ReadError('not an OpenDocument file (the ZIP archive has no content.xml)', 'corrupt');
  let xml: string;
  try {
    const files = unzipSync(bytes, {
      filter: (f) => (f.name === 'content.xml' || f.name === 'mimetype') && f.originalSize <= MAX_CONTENT_BYTES,
    });
    const mimetype = files.mimetype ? new TextDecoder().decode(files.mimetype) : '';
    if (/opendocument\.(spreadsheet|presentation|graphics)/.test(mimetype)) {
      throw new ReadError(`an OpenDocument ${mimetype.split('.').pop()}, not a text document`, 'unsupported');
    }
    if (!files['content.xml'])
      throw new ReadError("the .odt file's content.xml is too large to be a document", 'corrupt');
    xml = new TextDecoder('utf-8', { fatal: true }).decode(files['content.xml']);
  } catch (err) {
    if (err instanceof ReadError) throw err;
    throw new ReadError(`the .odt file is damaged or truncated (${(err as Error)?.message ?? String(err)})`, 'corrupt');
  }
  if (!/<office:document-content[\s>]/.test(xml) || !/<\/office:document-content>\s*$/.test(xml)) {
    throw new ReadError('the .odt file is damaged: its content.xml is not a complete OpenDocument content', 'corrupt');
  }
  return odtXmlToText(xml);
}

/** The text of an ODF content.xml (or the office:text of a flat .fodt). */
export function odtXmlToText(xml: string): string {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as {
    getElementsByTagName(name: string): ArrayLike<XmlNode>;
  };
  const root = doc.getElementsByTagName('office:text')[0];
  if (!root) return '';
  const paragraphs: string[] = [];
  const notes: string[] = [];
  let noteCount = 0;
  const inline = (node: XmlNode, depth: number): string => {
    if (node.nodeType === 3) return (node.textContent ?? '').replace(/[\r\n\t ]+/g, ' ');
    if (node.nodeType !== 1 || SKIP.has(node.nodeName) || depth > MAX_DEPTH) return '';
    switch (node.nodeName) {
      case 'text:s':
        return ' '.repeat(Math.min(100, Math.max(1, Number(node.getAttribute?.('text:c') ?? 1) || 1)));
      case 'text:tab':
        return '\t';
      case 'text:line-break':
        return '\n';
      case 'text:note-citation':
        return '';
      case 'text:note': {
        const marker = footnoteMarker(++noteCount);
        const body = [...children(node)].find((c) => c.nodeName === 'text:note-body');
        const text = body
          ? [...children(body)]
              .map((c) => inline(c, depth + 1))
              .join(' ')
              .replace(/\s+/g, ' ')
              .trim()
          : '';
        if (text) notes.push(`${marker} ${text}`);
        return marker;
      }
      default:
        return [...children(node)].map((c) => inline(c, depth + 1)).join('');
    }
  };
  const block = (node: XmlNode, depth: number): void => {
    if (node.nodeType !== 1 || SKIP.has(node.nodeName) || depth > MAX_DEPTH) return;
    if (BLOCK.has(node.nodeName)) {
      const text = inline(node, depth)
        .split('\n')
        .map((l) => l.replace(/ {2,}/g, ' ').trim())
        .join('\n')
        .trim();
      if (text) paragraphs.push(text);
      return;
    }
    for (const child of children(node)) block(child, depth + 1);
  };
  block(root, 0);
  return [...paragraphs, ...notes].join('\n\n');
}

function* children(node: XmlNode): Iterable<XmlNode> {
  for (let i = 0; i < node.childNodes.length; i++) yield node.childNodes[i]!;
}
