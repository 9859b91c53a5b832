/**
 * Extraction evaluation: runs the indexer's pure pipeline (normalise → split → extract) over the
 * hand-labelled set in test/fixtures/extract and prints per-field accuracy and citation precision /
 * recall / F1. The "dev" set (the five seeds and 49 VietNews articles) is the one the rules were
 * developed against; the "holdout" set (16 more articles) was labelled afterwards and only measured.
 *   npm run eval:extract               the table
 *   npm run eval:extract -- --errors   the table and every mismatch
 */
import fs from 'node:fs';
import path from 'node:path';
import { evaluate, prf, type Label, type Score } from './eval/score.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const labels = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/extract/labels.json'), 'utf8')) as Label[];
const sets: [string, Label[]][] = [
  ['dev', labels.filter((l) => l.set === 'dev')],
  ['holdout', labels.filter((l) => l.set === 'holdout')],
  ['all', labels],
];
const scores: [string, Score][] = sets.map(([name, list]) => [name, evaluate(list, ROOT)]);

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const cell = (s: Score, field: string): string => {
  const f = s.fields.get(field);
  return f ? `${f.ok}/${f.total} ${pct(f.ok / f.total)}`.padStart(17) : ''.padStart(17);
};
const out: string[] = [
  `Extraction evaluation: ${sets.map(([n, l]) => `${n} ${l.length} documents, ${l.reduce((a, d) => a + d.citations.length, 0)} citations`).join('; ')}`,
  '',
  `${'field'.padEnd(18)}${sets.map(([n]) => n.padStart(17)).join('')}   all ≥ 0.90?`,
];
const all = scores[2]![1];
for (const field of all.fields.keys()) {
  const f = all.fields.get(field)!;
  out.push(`${field.padEnd(18)}${scores.map(([, s]) => cell(s, field)).join('')}   ${f.ok / f.total >= 0.9 ? 'ok' : 'BELOW'}`);
}
out.push('');
for (const [name, s] of scores) {
  const { precision, recall, f1 } = prf(s);
  out.push(`citations ${name.padEnd(8)} TP ${s.tp}  FP ${s.fp}  FN ${s.fn}  precision ${pct(precision)}  recall ${pct(recall)}  F1 ${pct(f1)}`);
}
out.push(`target F1 ≥ 0.95 (all): ${prf(all).f1 >= 0.95 ? 'ok' : 'BELOW'}`);
if (process.argv.includes('--errors')) out.push('', 'Mismatches:', ...all.errors);
process.stdout.write(`${out.join('\n')}\n`);
