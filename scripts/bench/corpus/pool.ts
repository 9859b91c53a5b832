import { articleHeading } from './base.js';
import { readJsonl, phapdienFile, vietnewsFile, type NewsArticle, type PhapdienArticle } from './sources.js';

/** Real text to recombine: paragraphs, headings, subjects and citations from both datasets. */
export interface TextPool {
  /** Paragraphs of codified law (clauses of Pháp điển articles). */
  law: string[];
  /** Paragraphs of news reports about Party committees. */
  news: string[];
  /** Short headings (article names), used for section headings and subjects. */
  headings: string[];
  /** Topic names ("Thanh niên", "Báo chí"). */
  topics: string[];
  /** Full citations of real statutes: "Nghị định số 12/2011/NĐ-CP … ngày 30/01/2011 của Chính phủ". */
  citations: string[];
  newsTitles: string[];
}

const MIN_PARA = 160;
const MAX_PARA = 1600;
const ENUMERATOR = /^(?:\d{1,2}(?:\.\d{1,2})*\s*[.)]|[a-zđ]\)|[-+*•–])\s*/u;

/** Cuts a long text at sentence ends into pieces of at most MAX_PARA characters. */
export function chunkText(text: string, max = MAX_PARA): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('; '));
    const at = cut > max / 3 ? cut + 1 : max;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/** A paragraph safe to place after a heading: no leading enumerator, no line breaks, not all capitals. */
export function cleanParagraph(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' ').replace(ENUMERATOR, '').trim();
  return flat === flat.toUpperCase() ? flat.toLocaleLowerCase('vi') : flat;
}

function citationOf(source: string): string | null {
  const m = source.match(/^\(Điều\s+\S+\s+(.+?\s+ngày\s+\d{1,2}\/\d{1,2}\/\d{4}\s+của\s+[^,]+?)\s*,/u);
  return m ? m[1]!.replace(/\s+/g, ' ') : null;
}

/** Merges short lines until a paragraph is long enough to stand as a section of its own. */
function mergeShort(lines: string[]): string[] {
  const out: string[] = [];
  let pending = '';
  for (const line of lines) {
    pending = pending ? `${pending} ${line}` : line;
    if (pending.length >= MIN_PARA) {
      out.push(...chunkText(pending));
      pending = '';
    }
  }
  if (pending.length >= MIN_PARA / 2) out.push(pending);
  return out;
}

export async function loadTextPool(): Promise<TextPool> {
  const pool: TextPool = { law: [], news: [], headings: [], topics: [], citations: [], newsTitles: [] };
  const headings = new Set<string>();
  const topics = new Set<string>();
  const citations = new Set<string>();
  for await (const a of readJsonl<PhapdienArticle>(phapdienFile)) {
    topics.add(a.topic.replace(/^Đề mục\s+[\d.]+\s*/u, '').trim());
    const heading = articleHeading(a.title);
    if (heading.length >= 8 && heading.length <= 120) headings.add(heading);
    const cite = citationOf(a.source);
    if (cite && cite.length < 300) citations.add(cite);
    for (const piece of chunkText(cleanParagraph(a.text))) if (piece.length >= MIN_PARA / 2) pool.law.push(piece);
  }
  for await (const a of readJsonl<NewsArticle>(vietnewsFile)) {
    pool.newsTitles.push(a.title.trim());
    const lines = a.body.split('\n').map((l) => cleanParagraph(l)).filter((l) => l.length > 0);
    pool.news.push(...mergeShort(lines));
  }
  pool.headings = [...headings];
  pool.topics = [...topics];
  pool.citations = [...citations];
  return pool;
}
