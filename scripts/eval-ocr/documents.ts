/**
 * The documents the OCR evaluation scans: the five seeds (corpus/*.txt) and a fixed subset of the real
 * pages in shared/datasets/party-docs-dev, chosen by position in the sorted file list, never by how they
 * OCR: five spread evenly over the pages whose label cites other documents (annotations.json
 * `directives`, so citation F1 has something to measure) and five spread evenly over the others.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface SourceDocument {
  id: string;
  file: string;
  text: string;
}

export const ROOT = path.resolve(import.meta.dirname, '../..');
const PER_STRATUM = 5;

export function sharedDir(): string {
  return process.env.SHARED_DIR ?? path.resolve(ROOT, '../shared');
}

function load(file: string, id: string): SourceDocument {
  return { id, file, text: fs.readFileSync(file, 'utf8') };
}

export function seedDocuments(): SourceDocument[] {
  const dir = path.join(ROOT, 'corpus');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => load(path.join(dir, f), `seed/${f.slice(0, 3)}`));
}

export function devDocuments(): SourceDocument[] {
  const dir = path.join(sharedDir(), 'datasets/party-docs-dev');
  if (!fs.existsSync(dir))
    throw new Error(`${dir} is missing: set SHARED_DIR to the folder holding datasets/party-docs-dev`);
  const labels = JSON.parse(fs.readFileSync(path.join(dir, 'annotations.json'), 'utf8')) as {
    file: string;
    directives: string[];
  }[];
  const citing = new Set(labels.filter((l) => l.directives.length > 0).map((l) => l.file));
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const spread = (list: string[]): string[] =>
    Array.from(
      { length: Math.min(PER_STRATUM, list.length) },
      (_, i) => list[Math.floor((i * list.length) / PER_STRATUM)]!,
    );
  return [...spread(files.filter((f) => citing.has(f))), ...spread(files.filter((f) => !citing.has(f)))]
    .sort()
    .map((f) => load(path.join(dir, f), `dev/${f.replace(/\.txt$/, '')}`));
}

export function evalDocuments(): SourceDocument[] {
  return [...seedDocuments(), ...devDocuments()];
}
