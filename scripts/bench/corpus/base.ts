import fs from 'node:fs';
import path from 'node:path';
import { readJsonl, phapdienFile, vietnewsFile, type NewsArticle, type PhapdienArticle } from './sources.js';

/** "Điều 36.3.LQ.1. Thanh niên" → "Thanh niên". */
export function articleHeading(title: string): string {
  return title.replace(/^Điều\s+\S*\.\s+/u, '').trim() || title;
}

export function slug(text: string, max = 60): string {
  const folded = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd');
  return folded.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, max) || 'x';
}

/** One Pháp điển topic as a document: the topic line, then its articles as numbered `Điều` sections. */
export function topicDocument(topic: string, articles: PhapdienArticle[]): string {
  const parts = [topic.toLocaleUpperCase('vi'), 'Bộ Pháp điển'];
  articles.forEach((a, i) => {
    parts.push(`Điều ${i + 1}. ${articleHeading(a.title)}\n${a.source}\n${a.text.replace(/\s*\n\s*/g, ' ').trim()}`);
  });
  return `${parts.join('\n\n')}\n`;
}

/** One news article as a document: headline, lead, body paragraphs separated by blank lines. */
export function newsDocument(a: NewsArticle): string {
  const body = a.body.split('\n').map((l) => l.trim()).filter(Boolean);
  return `${[a.title.trim(), a.summary.trim(), ...body].join('\n\n')}\n`;
}

/**
 * Writes the real documents behind the benchmark: one file per Pháp điển topic (its `Điều`
 * sections) and one per news article. Streams both datasets; holds one topic at a time.
 */
export async function writeBaseCorpus(outDir: string): Promise<{ files: number; bytes: number }> {
  const lawDir = path.join(outDir, 'phap-dien');
  const newsDir = path.join(outDir, 'tin-bai');
  fs.mkdirSync(lawDir, { recursive: true });
  fs.mkdirSync(newsDir, { recursive: true });
  let files = 0;
  let bytes = 0;
  const write = (file: string, text: string): void => {
    fs.writeFileSync(file, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  let topic: string | null = null;
  let articles: PhapdienArticle[] = [];
  const flushTopic = (): void => {
    if (topic !== null && articles.length > 0) write(path.join(lawDir, `${slug(topic)}.txt`), topicDocument(topic, articles));
    articles = [];
  };
  for await (const a of readJsonl<PhapdienArticle>(phapdienFile)) {
    if (a.topic !== topic) {
      flushTopic();
      topic = a.topic;
    }
    articles.push(a);
  }
  flushTopic();
  for await (const a of readJsonl<NewsArticle>(vietnewsFile)) write(path.join(newsDir, `${slug(a.id)}.txt`), newsDocument(a));
  return { files, bytes };
}
