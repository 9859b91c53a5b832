import { parseHTML } from 'linkedom';

/** Elements whose content is never document text. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'HEAD',
  'BUTTON',
  'SELECT',
  'CANVAS',
]);
/** Elements that start and end a paragraph of their own. */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BODY',
  'HTML',
]);
const MAX_DEPTH = 400;

interface MiniNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MiniNode>;
}

/**
 * Plain text of an HTML element: one paragraph per block element (separated by a blank line), `<br>` as a
 * line break, runs of white space collapsed, scripts and styles left out.
 */
export function elementText(root: MiniNode): string {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const lines = buffer.split('\n').map((l) => l.replace(/[ \t\r\f\v]+/g, ' ').trim());
    const para = lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    if (para) paragraphs.push(para);
    buffer = '';
  };
  const walk = (node: MiniNode, depth: number): void => {
    if (node.nodeType === 3) {
      buffer += (node.textContent ?? '').replace(/[\r\n]+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      buffer += '\n';
      return;
    }
    if (depth > MAX_DEPTH) {
      buffer += ` ${node.textContent ?? ''} `;
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (name === 'PRE') {
      buffer += node.textContent ?? '';
    } else {
      for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, depth + 1);
      if (name === 'TD' || name === 'TH') buffer += ' ';
    }
    if (block) flush();
  };
  walk(root, 0);
  flush();
  return paragraphs.join('\n\n');
}

/** Parses an HTML string (a whole page or a fragment) into a DOM document. */
export function parseHtmlDocument(html: string): Document {
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as Document;
}

/** Plain text of an HTML fragment or page body. */
export function htmlToText(html: string): string {
  const doc = parseHtmlDocument(html);
  return elementText((doc.body ?? doc.documentElement) as unknown as MiniNode);
}

export type { MiniNode };
