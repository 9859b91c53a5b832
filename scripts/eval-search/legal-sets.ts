import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** A section of an evaluation corpus and the document it belongs to. */
export interface EvalSection {
  id: string;
  docId: string;
  docTitle: string;
  heading: string | null;
  text: string;
}

export interface EvalQuery {
  id: string;
  q: string;
  /** Relevant section ids (binary relevance). */
  relevant: string[];
}

export interface EvalSet {
  name: string;
  note: string;
  sections: EvalSection[];
  queries: EvalQuery[];
}

const hash = (s: string): string => crypto.createHash('sha1').update(s).digest('hex').slice(0, 12);
const safe = (s: string): string => s.replace(/[^a-zA-Z0-9_-]/g, '_');

interface AlqacLaw {
  id: string;
  articles: { id: string; text: string }[];
}
interface AlqacQuestion {
  example_id?: string;
  question_id?: string;
  statement?: string;
  text?: string;
  legal_passages?: { law_id: string; article_id: string }[];
  relevant_articles?: { law_id: string; article_id: string }[];
}

/** ALQAC 2023: each law a document, each article (Điều) a section; the 2023 train or test questions. */
export function alqac2023(sharedDir: string, split: 'train' | 'test'): EvalSet {
  const dir = path.join(sharedDir, 'datasets/alqac');
  const laws = JSON.parse(
    fs.readFileSync(path.join(dir, 'data_new_data_102023_legal_passages.json'), 'utf8'),
  ) as AlqacLaw[];
  const sid = (law: string, article: string): string => `${hash(law)}-${safe(article)}`;
  const sections = laws.flatMap((law) =>
    law.articles.map((a) => ({
      id: sid(law.id, a.id),
      docId: hash(law.id),
      docTitle: law.id,
      heading: `Điều ${a.id}`,
      text: a.text,
    })),
  );
  const raw = JSON.parse(
    fs.readFileSync(path.join(dir, `data_new_data_102023_${split}.json`), 'utf8'),
  ) as AlqacQuestion[];
  const queries = raw.map((q, i) => ({
    id: q.example_id ?? q.question_id ?? String(i),
    q: q.statement ?? q.text ?? '',
    relevant: (q.legal_passages ?? q.relevant_articles ?? []).map((r) => sid(r.law_id, r.article_id)),
  }));
  return {
    name: `ALQAC 2023 ${split}`,
    note: `${laws.length} laws, ${sections.length} articles, ${queries.length} questions`,
    sections,
    queries,
  };
}

interface PhapdienArticle {
  id: string;
  topic: string;
  title: string;
  source: string;
  text: string;
}

/**
 * Zalo legal questions over Pháp điển: every article some question needs, plus the first articles
 * of the code in file order up to `size` (a deterministic 10,000-article subset by default).
 */
export function zaloPhapdien(sharedDir: string, size = 10_000): EvalSet {
  const dir = path.join(sharedDir, 'datasets/phapdien');
  const questions = fs
    .readFileSync(path.join(dir, 'zalo-questions.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; question: string; relevant: string[] });
  const needed = new Set(questions.flatMap((q) => q.relevant));
  const lines = zlib
    .gunzipSync(fs.readFileSync(path.join(dir, 'articles.jsonl.gz')))
    .toString('utf8')
    .trim()
    .split('\n');
  const chosen: PhapdienArticle[] = [];
  let fill = size - needed.size;
  for (const line of lines) {
    const a = JSON.parse(line) as PhapdienArticle;
    if (needed.has(a.id)) chosen.push(a);
    else if (fill > 0) {
      chosen.push(a);
      fill--;
    }
  }
  const sections = chosen.map((a) => ({
    id: safe(a.id),
    docId: hash(a.topic),
    docTitle: a.topic,
    heading: a.title,
    text: a.text,
  }));
  const queries = questions.map((q) => ({ id: q.id, q: q.question, relevant: q.relevant.map(safe) }));
  return {
    name: 'Zalo / Pháp điển',
    note: `${sections.length} of ${lines.length} articles (all ${needed.size} relevant + the first others in file order), ${queries.length} questions`,
    sections,
    queries,
  };
}
