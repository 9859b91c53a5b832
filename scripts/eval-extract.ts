/**
 * Extraction evaluation: runs the indexer's pure pipeline (normalise → split → extract) over the
 * hand-labelled set in test/fixtures/extract (the five seeds and VietNews articles labelled by reading
 * them) and prints per-field accuracy and citation precision / recall / F1.
 *   npm run eval:extract            the table
 *   npm run eval:extract -- --errors the table and every mismatch
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../indexer/pipeline.js';
import type { DocumentMetadata } from '../indexer/types.js';
import { mergeByKey, same, type LabelledCitation } from './eval/compare.js';

interface Label {
  id: string; file: string; docType: string; title: string; date: string | null; issuer: string | null;
  issuerLevel: string | null; district: string | null; province: string | null; period: string | null;
  signer: { name: string | null; position: string | null } | null; recipients: string[]; citations: LabelledCitation[];
}

const ROOT = path.resolve(import.meta.dirname, '..');
const labels = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/extract/labels.json'), 'utf8')) as Label[];
const showErrors = process.argv.includes('--errors');

const FIELDS = ['docType', 'title', 'date', 'issuer', 'issuerLevel', 'district', 'province', 'period', 'signer', 'recipients'] as const;
type Field = typeof FIELDS[number];

function fieldValue(m: DocumentMetadata | Label, field: Field): string | null {
  if (field === 'signer') return m.signer ? `${m.signer.name ?? ''} | ${m.signer.position ?? ''}` : null;
  if (field === 'recipients') return m.recipients.join(' ¦ ') || null;
  return (m as unknown as Record<string, string | null>)[field] ?? null;
}

const score = new Map<string, { ok: number; total: number }>();
const errors: string[] = [];
function tally(name: string, ok: boolean, detail: string): void {
  const s = score.get(name) ?? { ok: 0, total: 0 };
  s.total++;
  if (ok) s.ok++;
  else errors.push(`${name.padEnd(16)} ${detail}`);
  score.set(name, s);
}

let tp = 0;
let fp = 0;
let fn = 0;
for (const label of labels) {
  const text = fs.readFileSync(path.join(ROOT, label.file), 'utf8');
  const parsed = parseDocument(label.file, 'eval', text);
  for (const field of FIELDS) {
    const want = fieldValue(label, field);
    const got = fieldValue(parsed.metadata, field);
    tally(field, same(want, got), `${label.id}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
  }
  const found = mergeByKey(parsed.citations);
  const wanted = new Map(label.citations.map((c) => [c.key, c]));
  for (const [key, want] of wanted) {
    const got = found.get(key);
    if (!got) { fn++; errors.push(`${'citation FN'.padEnd(16)} ${label.id}: ${key}`); continue; }
    tp++;
    for (const attr of ['type', 'date', 'issuer', 'title'] as const) {
      tally(`citation.${attr}`, same(want[attr], got[attr]), `${label.id} ${key}: want ${JSON.stringify(want[attr])} got ${JSON.stringify(got[attr])}`);
    }
  }
  for (const key of found.keys()) {
    if (!wanted.has(key)) { fp++; errors.push(`${'citation FP'.padEnd(16)} ${label.id}: ${key}`); }
  }
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const out: string[] = [`Extraction evaluation: ${labels.length} documents (${labels.filter((l) => l.id.startsWith('seed-')).length} seeds), ${tp + fn} labelled citations`, ''];
out.push(`${'field'.padEnd(18)}${'correct'.padStart(9)}${'accuracy'.padStart(10)}  target 0.90`);
for (const [name, s] of score) {
  const acc = s.ok / s.total;
  out.push(`${name.padEnd(18)}${`${s.ok}/${s.total}`.padStart(9)}${pct(acc).padStart(10)}  ${acc >= 0.9 ? 'ok' : 'BELOW'}`);
}
const precision = tp / (tp + fp || 1);
const recall = tp / (tp + fn || 1);
const f1 = (2 * precision * recall) / (precision + recall || 1);
out.push('', `citations  TP ${tp}  FP ${fp}  FN ${fn}`);
out.push(`precision ${pct(precision)}  recall ${pct(recall)}  F1 ${pct(f1)}  (target F1 0.95: ${f1 >= 0.95 ? 'ok' : 'BELOW'})`);
if (showErrors) out.push('', 'Mismatches:', ...errors);
process.stdout.write(`${out.join('\n')}\n`);
