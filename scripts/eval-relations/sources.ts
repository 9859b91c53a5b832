/**
 * The texts behind the relation labels (test/fixtures/relations/labels.json), parsed by the indexer's
 * own pure pipeline: files of party-docs-dev and the seeds, and records of the VietNews and pháp điển
 * datasets. They live in ../shared beside the project (or SHARED_DIR).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseDocument } from '../../indexer/steps/pipeline.js';
import type { ExtractedCitation } from '../../indexer/steps/types.js';

export function sharedDir(root: string): string | null {
  const candidates = [process.env.SHARED_DIR, path.resolve(root, '../shared'), path.resolve(root, '../../shared')];
  return candidates.find((d): d is string => Boolean(d) && fs.existsSync(path.join(d!, 'datasets'))) ?? null;
}

interface JsonRecord {
  id: string;
  title?: string;
  body?: string;
  text?: string;
  source?: string;
}

function records(file: string, wanted: Set<string>): Map<string, JsonRecord> {
  const out = new Map<string, JsonRecord>();
  if (wanted.size === 0) return out;
  for (const line of zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n')) {
    if (!line) continue;
    const id = /^\{"id": ?"([^"]+)"/.exec(line)?.[1];
    if (id && wanted.has(id)) out.set(id, JSON.parse(line) as JsonRecord);
  }
  return out;
}

/** Citations of every source, by source name; a source that cannot be read maps to null. */
export function citationsBySource(shared: string, sources: string[]): Map<string, ExtractedCitation[] | null> {
  const ids = (prefix: string) =>
    new Set(sources.filter((s) => s.startsWith(`${prefix}/`)).map((s) => s.slice(prefix.length + 1)));
  const news = records(path.join(shared, 'datasets/vietnews-party/articles.jsonl.gz'), ids('vietnews-party'));
  const laws = records(path.join(shared, 'datasets/phapdien/articles.jsonl.gz'), ids('phapdien'));
  const out = new Map<string, ExtractedCitation[] | null>();
  for (const source of sources) {
    const [set, id] = [source.slice(0, source.indexOf('/')), source.slice(source.indexOf('/') + 1)];
    let text: string | null = null;
    let title: string | undefined;
    if (set === 'party-docs-dev') text = readOrNull(path.join(shared, 'datasets/party-docs-dev', id));
    else if (set === 'seeds') text = readOrNull(path.join(shared, 'corpus/seeds', id));
    else if (set === 'vietnews-party') {
      const r = news.get(id);
      text = r ? `${r.title ?? ''}\n\n${r.body ?? ''}` : null;
    } else if (set === 'phapdien') {
      const r = laws.get(id);
      text = r?.text ?? null;
      title = r?.source;
    }
    if (text === null) {
      out.set(source, null);
      continue;
    }
    // A pháp điển article has no header: the line naming its document is its title.
    out.set(source, parseDocument(source, 'eval', text, title ? { title } : null).citations);
  }
  return out;
}

function readOrNull(file: string): string | null {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}
