/** Scoring of the extraction evaluation: per-field accuracy and citation counts (precision / recall / F1: scripts/shared/stats.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../indexer/steps/pipeline.js';
import type { DocumentMetadata } from '../../indexer/steps/types.js';
import { mergeByKey, same, type LabelledCitation } from './compare.js';

export interface Label {
  id: string;
  set: 'dev' | 'holdout';
  file: string;
  docType: string;
  title: string;
  date: string | null;
  issuer: string | null;
  issuerLevel: string | null;
  district: string | null;
  province: string | null;
  period: string | null;
  signer: { name: string | null; position: string | null } | null;
  recipients: string[];
  citations: LabelledCitation[];
}

export const FIELDS = [
  'docType',
  'title',
  'date',
  'issuer',
  'issuerLevel',
  'district',
  'province',
  'period',
  'signer',
  'recipients',
] as const;
type Field = (typeof FIELDS)[number];
export const CITATION_ATTRIBUTES = ['type', 'date', 'issuer', 'title'] as const;

export interface Score {
  fields: Map<string, { ok: number; total: number }>;
  tp: number;
  fp: number;
  fn: number;
  errors: string[];
}

function fieldValue(m: DocumentMetadata | Label, field: Field): string | null {
  if (field === 'signer') return m.signer ? `${m.signer.name ?? ''} | ${m.signer.position ?? ''}` : null;
  if (field === 'recipients') return m.recipients.join(' ¦ ') || null;
  return (m as unknown as Record<string, string | null>)[field] ?? null;
}

export function evaluate(labels: Label[], root: string): Score {
  const score: Score = { fields: new Map(), tp: 0, fp: 0, fn: 0, errors: [] };
  const tally = (name: string, ok: boolean, detail: string): void => {
    const s = score.fields.get(name) ?? { ok: 0, total: 0 };
    s.total++;
    if (ok) s.ok++;
    else score.errors.push(`${name.padEnd(16)} ${detail}`);
    score.fields.set(name, s);
  };
  for (const label of labels) {
    const parsed = parseDocument(label.file, 'eval', fs.readFileSync(path.join(root, label.file), 'utf8'));
    for (const field of FIELDS) {
      const want = fieldValue(label, field);
      const got = fieldValue(parsed.metadata, field);
      tally(field, same(want, got), `${label.id}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
    }
    const found = mergeByKey(parsed.citations);
    const wanted = new Map(label.citations.map((c) => [c.key, c]));
    for (const [key, want] of wanted) {
      const got = found.get(key);
      if (!got) {
        score.fn++;
        score.errors.push(`${'citation FN'.padEnd(16)} ${label.id}: ${key}`);
        continue;
      }
      score.tp++;
      for (const attr of CITATION_ATTRIBUTES) {
        tally(
          `citation.${attr}`,
          same(want[attr], got[attr]),
          `${label.id} ${key}: want ${JSON.stringify(want[attr])} got ${JSON.stringify(got[attr])}`,
        );
      }
    }
    for (const key of found.keys()) {
      if (!wanted.has(key)) {
        score.fp++;
        score.errors.push(`${'citation FP'.padEnd(16)} ${label.id}: ${key}`);
      }
    }
  }
  return score;
}
