import { Readability } from '@mozilla/readability';
import { ReadError } from './errors.js';
import { elementText, parseHtmlDocument, type MiniNode } from './html-text.js';
import { decodeTextBytes } from './text-decode.js';

/** Chrome of news sites that is not the article: menus, navigation, share bars, related links, footers. */
const NOISE_SELECTOR = [
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'menu',
  '[role=navigation]',
  '[role=banner]',
  '[role=contentinfo]',
  '[role=complementary]',
  '[aria-hidden=true]',
].join(',');
const NOISE_NAME =
  /(^|[-_\s])(menu|nav|navbar|footer|header|sidebar|breadcrumbs?|share|social|comments?|related|banner|advert|ads?|cookie|popup|tags?)($|[-_\s])/i;
const MIN_ARTICLE_CHARS = 140;

/**
 * Reads a saved news page: the main article text (headline first), without menus, navigation and footers.
 * Uses Mozilla Readability (the Firefox Reader View algorithm) over a linkedom DOM; when it finds no
 * article, falls back to the page body with navigation-like elements removed.
 */
export function readHtml(bytes: Uint8Array): string {
  const html = decodeHtmlBytes(bytes);
  if (!/<[a-z!/]/i.test(html)) throw new ReadError('the file holds no HTML markup', 'corrupt');
  const article = readabilityText(html);
  if (article) return article;
  return fallbackText(html);
}

/** The declared charset (`<meta charset>` or http-equiv), else UTF-8/UTF-16 detection as for .txt. */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i)?.[1]?.toLowerCase();
  const isBom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  if (declared && !isBom && !/^utf-?8$/.test(declared)) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // Unknown label: fall through to detection.
    }
  }
  return decodeTextBytes(bytes);
}

function readabilityText(html: string): string | null {
  const doc = parseHtmlDocument(html);
  let article: { title?: string | null; content?: string | null } | null = null;
  try {
    article = new Readability(doc, { charThreshold: MIN_ARTICLE_CHARS }).parse();
  } catch {
    return null;
  }
  if (!article?.content) return null;
  const content = parseHtmlDocument(article.content);
  removeNoise(content);
  const body = elementText(bodyOf(content));
  if (body.replace(/\s+/g, '').length < MIN_ARTICLE_CHARS / 2) return null;
  return withHeadline(body, bestHeadline(article.title ?? null, headlineOf(html)));
}

function fallbackText(html: string): string {
  const doc = parseHtmlDocument(html);
  removeNoise(doc);
  return withHeadline(elementText(bodyOf(doc)), headlineOf(html));
}

/** Removes navigation-like elements (Readability keeps them when a page has little text). */
function removeNoise(doc: Document): void {
  for (const el of [...doc.querySelectorAll(NOISE_SELECTOR)]) el.remove();
  for (const el of [...doc.querySelectorAll('[class],[id]')]) {
    if (NOISE_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) el.remove();
  }
}

function bodyOf(doc: Document): MiniNode {
  return (doc.body ?? doc.documentElement) as unknown as MiniNode;
}

/** The page's own headline: its first `<h1>`, else its `<title>`. */
function headlineOf(html: string): string | null {
  const doc = parseHtmlDocument(html);
  const h1 = doc.querySelector('h1')?.textContent?.trim();
  return h1 || doc.querySelector('title')?.textContent?.trim() || null;
}

/** Readability's title drops site names but may cut the headline short; the page's h1 may be a logo. */
function bestHeadline(readable: string | null, h1: string | null): string | null {
  if (!readable || !h1) return readable ?? h1;
  const a = readable.trim().toLowerCase();
  const b = h1.trim().toLowerCase();
  return b.includes(a) || a.includes(b) ? h1 : readable;
}

/** Puts the headline on the first line unless the article text already starts with it. */
function withHeadline(body: string, headline: string | null): string {
  const title = headline?.replace(/\s+/g, ' ').trim();
  if (!title) return body;
  const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const firstPara = squash(body.split('\n\n', 1)[0] ?? '');
  if (firstPara.startsWith(squash(title)) || (firstPara.length > 0 && squash(title).startsWith(firstPara))) return body;
  return `${title}\n\n${body}`;
}
