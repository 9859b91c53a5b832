/**
 * Relation evaluation: the indexer's pipeline over the sources of the hand-labelled citing sentences
 * (test/fixtures/relations/labels.json, labelled before the classifier existed; docs/relations.md),
 * then accuracy and a confusion table (rows: label, columns: what the indexer said).
 *   npm run eval:relations                  the development set
 *   npm run eval:relations -- --errors      and every development mismatch
 *   npm run eval:relations -- --holdout     also the holdout (measure it once, at the end)
 */
import fs from 'node:fs';
import path from 'node:path';
import { CITATION_RELATIONS } from '../../lib/schema/records.js';
import { citationsBySource, sharedDir } from './sources.js';

interface RelationLabel {
  source: string;
  title: string;
  key: string;
  sentence: string;
  relation: string;
  set: 'dev' | 'holdout';
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const { labels } = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/relations/labels.json'), 'utf8')) as {
  labels: RelationLabel[];
};
const shared = sharedDir(ROOT);
if (!shared) {
  process.stderr.write('eval:relations: ../shared/datasets not found beside the project (set SHARED_DIR)\n');
  process.exit(1);
}
const sets = process.argv.includes('--holdout') ? (['dev', 'holdout'] as const) : (['dev'] as const);
const wanted = labels.filter((l) => (sets as readonly string[]).includes(l.set));
const citations = citationsBySource(shared, [...new Set(wanted.map((l) => l.source))]);
const NOT_FOUND = 'not found';
const columns = [...CITATION_RELATIONS, NOT_FOUND];

function predict(l: RelationLabel): string {
  const found = citations.get(l.source)?.find((c) => c.key === l.key && c.context === l.sentence);
  return found?.relation ?? NOT_FOUND;
}

const out: string[] = [];
for (const set of sets) {
  const list = wanted.filter((l) => l.set === set);
  const confusion = new Map<string, Map<string, number>>();
  let ok = 0;
  const errors: string[] = [];
  for (const l of list) {
    const got = predict(l);
    if (got === l.relation) ok++;
    else errors.push(`  ${l.relation} → ${got}  ${l.source}  <${l.key}>  ${l.sentence.slice(0, 220)}`);
    const row = confusion.get(l.relation) ?? new Map<string, number>();
    row.set(got, (row.get(got) ?? 0) + 1);
    confusion.set(l.relation, row);
  }
  const documents = new Set(list.map((l) => l.source)).size;
  out.push(
    `${set}: ${list.length} citations in ${documents} documents, accuracy ${ok}/${list.length} = ${(ok / list.length).toFixed(3)}${set === 'holdout' ? `  (target ≥ 0.9: ${ok / list.length >= 0.9 ? 'ok' : 'BELOW'})` : ''}`,
  );
  out.push(`${'label \\ said'.padEnd(14)}${columns.map((c) => c.slice(0, 10).padStart(11)).join('')}`);
  for (const r of CITATION_RELATIONS) {
    const row = confusion.get(r);
    if (!row) continue;
    out.push(`${r.padEnd(14)}${columns.map((c) => String(row.get(c) ?? '·').padStart(11)).join('')}`);
  }
  if (set === 'dev' && process.argv.includes('--errors')) out.push('', 'dev mismatches:', ...errors);
  out.push('');
}
process.stdout.write(`${out.join('\n')}\n`);
