/**
 * Extraction evaluation: runs the indexer's pure pipeline (normalise → split → extract) over the
 * hand-labelled set in test/fixtures/extract and prints per-field accuracy and citation precision /
 * recall / F1. The "dev" set (the five seeds and 49 VietNews articles) is the one the rules were
 * developed against; the "holdout" set (16 more articles) was labelled afterwards and only measured.
 *   npm run eval:extract               the table
 *   npm run eval:extract -- --errors   the table and every mismatch (party-docs: development part only)
 *   npm run eval:extract -- --holdout-errors   also the party-docs holdout's misses (read them only at the end)
 * The second table scores ../shared/datasets/party-docs-dev (real pages from 41 provinces) on type, date,
 * district, province and citations, with the values filled where the label is null ("wrongly filled").
 * The third scores the party-extra pages (labels committed, texts in the gitignored .scratch/party-extra/)
 * when that folder exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { partyDocSets, PARTY_FIELDS, scorePartyDocs, type PartyScore } from './eval/party-docs.js';
import { partyExtraTable } from './eval/party-extra.js';
import { evaluate, type Label, type Score } from './eval/score.js';
import { precisionRecallF1 as prf } from './shared/stats.js';
import { percent } from './shared/table.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const labels = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/extract/labels.json'), 'utf8')) as Label[];
const sets: [string, Label[]][] = [
  ['dev', labels.filter((l) => l.set === 'dev')],
  ['holdout', labels.filter((l) => l.set === 'holdout')],
  ['all', labels],
];
const scores: [string, Score][] = sets.map(([name, list]) => [name, evaluate(list, ROOT)]);

const pct = (x: number): string => percent(x, 1);
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
  out.push(
    `${field.padEnd(18)}${scores.map(([, s]) => cell(s, field)).join('')}   ${f.ok / f.total >= 0.9 ? 'ok' : 'BELOW'}`,
  );
}
out.push('');
for (const [name, s] of scores) {
  const { precision, recall, f1 } = prf(s);
  out.push(
    `citations ${name.padEnd(8)} TP ${s.tp}  FP ${s.fp}  FN ${s.fn}  precision ${pct(precision)}  recall ${pct(recall)}  F1 ${pct(f1)}`,
  );
}
out.push(`target F1 ≥ 0.95 (all): ${prf(all).f1 >= 0.95 ? 'ok' : 'BELOW'}`);
if (process.argv.includes('--errors')) out.push('', 'Mismatches:', ...all.errors);
out.push('', ...partyDocsTable());
out.push('', ...partyExtraTable(ROOT, process.argv.includes('--errors')));
process.stdout.write(`${out.join('\n')}\n`);

function partyDocsTable(): string[] {
  const sets = partyDocSets(ROOT);
  if (!sets) return ['party-docs-dev: not found beside the project (../shared/datasets/party-docs-dev); skipped'];
  const scored: [string, PartyScore][] = [
    ['party dev', scorePartyDocs(sets.dev, ROOT)],
    ['party holdout', scorePartyDocs(sets.holdout, ROOT)],
  ];
  const lines = [
    `party-docs-dev: dev ${sets.dev.length} documents, holdout ${sets.holdout.length} (split: test/fixtures/extract/party-docs-split.json)`,
    '',
    `${'field'.padEnd(12)}${scored.map(([n]) => `${n} accuracy`.padStart(26)).join('')}${scored.map(([n]) => `${n} wrongly filled`.padStart(30)).join('')}`,
  ];
  for (const f of PARTY_FIELDS) {
    const acc = scored
      .map(([, s]) => `${s.fields[f].ok}/${s.fields[f].total} ${pct(s.fields[f].ok / s.fields[f].total)}`.padStart(26))
      .join('');
    const wrong = scored
      .map(([, s]) =>
        `${s.fields[f].wronglyFilled}/${s.fields[f].total} ${pct(s.fields[f].wronglyFilled / s.fields[f].total)}`.padStart(
          30,
        ),
      )
      .join('');
    lines.push(`${f.padEnd(12)}${acc}${wrong}`);
  }
  for (const [name, s] of scored) {
    const { precision, recall, f1 } = prf(s);
    lines.push(
      `citations ${name.padEnd(14)} TP ${s.tp}  FP ${s.fp}  FN ${s.fn}  precision ${pct(precision)}  recall ${pct(recall)}  F1 ${pct(f1)}`,
    );
  }
  if (process.argv.includes('--errors')) lines.push('', 'party dev misses:', ...scored[0]![1].misses);
  if (process.argv.includes('--holdout-errors')) lines.push('', 'party holdout misses:', ...scored[1]![1].misses);
  return lines;
}
