/**
 * Builds test/fixtures/search/party-corpus.jsonl.gz from ../shared VietNews (run once; the result is
 * committed so the evaluation runs without ../shared). For every judged query it keeps the articles
 * that plain BM25 ranks first, accent-exact and folded, the articles holding the query as a phrase
 * (exact or only once folded), and a fixed random sample as distractors.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { foldKey, telexWord } from '../../lib/vietnamese/index.js';
import { Bm25 } from './bm25.js';
import { articleText, fixtureDir, readPartyQueries } from './party-corpus.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const shared = process.env.SHARED_DIR ?? path.resolve(root, '../shared');
const PER_QUERY = 12;
const RANDOM = 150;

interface Article {
  id: string;
  title: string;
  summary: string;
  body: string;
}
const articles = zlib
  .gunzipSync(fs.readFileSync(path.join(shared, 'datasets/vietnews-party/articles.jsonl.gz')))
  .toString('utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Article);
const words = (t: string): string[] => t.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
const texts = articles.map((a) => articleText(a));
const telexDocs = texts.map((t) => ` ${words(t).map(telexWord).join(' ')} `);
const foldedDocs = texts.map((t) => ` ${words(t).map(foldKey).join(' ')} `);
const exactBm25 = new Bm25(telexDocs.map((t, i) => ({ id: String(i), text: t })));
const foldedBm25 = new Bm25(foldedDocs.map((t, i) => ({ id: String(i), text: t })));

const keep = new Set<number>();
for (const q of readPartyQueries(root)) {
  const plain = q.q.replace(/-"[^"]*"|-\S+|["“”]/g, ' ');
  const qt = words(plain).map(telexWord).join(' ');
  const qf = words(plain).map(foldKey).join(' ');
  for (const id of exactBm25.search(qt, PER_QUERY)) keep.add(Number(id));
  for (const id of foldedBm25.search(qf, PER_QUERY)) keep.add(Number(id));
  telexDocs
    .flatMap((d, i) => (d.includes(` ${qt} `) ? [i] : []))
    .slice(0, PER_QUERY)
    .forEach((i) => keep.add(i));
  foldedDocs
    .flatMap((d, i) => (d.includes(` ${qf} `) && !telexDocs[i]!.includes(` ${qt} `) ? [i] : []))
    .slice(0, PER_QUERY)
    .forEach((i) => keep.add(i));
}
// Deterministic distractors: every k-th article.
const step = Math.floor(articles.length / RANDOM);
for (let i = 0; i < articles.length; i += step) keep.add(i);

const lines = [...keep]
  .sort((a, b) => a - b)
  .map((i) => JSON.stringify({ file: `vn-${articles[i]!.id}.txt`, text: texts[i] }));
const out = path.join(fixtureDir(root), 'party-corpus.jsonl.gz');
fs.writeFileSync(out, zlib.gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
process.stdout.write(`${lines.length} articles → ${out} (${fs.statSync(out).size} bytes)\n`);
