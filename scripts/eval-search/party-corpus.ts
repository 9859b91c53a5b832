import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** A judged query of set (1): `judgements` maps a file of the corpus to 0 (not), 1 (partly) or 2 (relevant). */
export interface PartyQuery {
  id: string;
  q: string;
  kind: string;
  need: string;
  judgements: Record<string, number>;
}

export interface PartyFile {
  file: string;
  text: string;
}

export const fixtureDir = (root: string): string => path.join(root, 'test/fixtures/search');

export function readPartyQueries(root: string): PartyQuery[] {
  return JSON.parse(fs.readFileSync(path.join(fixtureDir(root), 'party-queries.json'), 'utf8')) as PartyQuery[];
}

/** A VietNews article as a news-report text file: headline, lead, then one paragraph per line. */
export function articleText(a: { title: string; summary: string; body: string }): string {
  const paragraphs = a.body
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
  return `${a.title.trim()}\n\n${a.summary.trim()}\n\n${paragraphs.join('\n\n')}\n`;
}

/** The corpus of set (1): the five seeds of corpus/ and the VietNews articles kept in the fixture. */
export function readPartyCorpus(root: string): PartyFile[] {
  const seeds = fs
    .readdirSync(path.join(root, 'corpus'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: fs.readFileSync(path.join(root, 'corpus', file), 'utf8') }));
  const gz = fs.readFileSync(path.join(fixtureDir(root), 'party-corpus.jsonl.gz'));
  const news = zlib
    .gunzipSync(gz)
    .toString('utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as PartyFile);
  return [...seeds, ...news];
}

/** Writes the corpus as text files into a folder (for the product's indexer). */
export function writeCorpus(files: readonly PartyFile[], dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const f of files) fs.writeFileSync(path.join(dir, f.file), f.text);
}
