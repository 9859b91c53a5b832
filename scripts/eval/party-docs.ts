/**
 * The party-docs-dev set (../shared/datasets/party-docs-dev: real pages from many provinces and source
 * kinds, labelled by hand) scored on the four fields every facet stands on, citations, and the values
 * filled where the label says the text does not determine them. Its split into development and holdout
 * parts is fixed in test/fixtures/extract/party-docs-split.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../indexer/steps/pipeline.js';
import { canonicalDocNumber } from '../../lib/vietnamese/index.js';
import { same } from './compare.js';

export interface Annotation {
  file: string;
  doc_type: string;
  date: string | null;
  province: string | null;
  district: string | null;
  issuing_body?: string | null;
  directives?: string[];
}

export const PARTY_FIELDS = ['docType', 'date', 'district', 'province'] as const;
type PartyField = (typeof PARTY_FIELDS)[number];

export interface PartyScore {
  documents: number;
  fields: Record<PartyField, { ok: number; total: number; wronglyFilled: number; nullLabels: number }>;
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
}

export function partyDocsDir(root: string): string {
  return path.join(process.env.SHARED_DIR ?? path.resolve(root, '../shared'), 'datasets/party-docs-dev');
}

/** The development and holdout parts, or null when the dataset is not beside the project. */
export function partyDocSets(root: string): { dev: Annotation[]; holdout: Annotation[] } | null {
  const file = path.join(partyDocsDir(root), 'annotations.json');
  if (!fs.existsSync(file)) return null;
  const all = JSON.parse(fs.readFileSync(file, 'utf8')) as Annotation[];
  const split = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/extract/party-docs-split.json'), 'utf8')) as {
    holdout: string[];
  };
  const holdout = new Set(split.holdout);
  return { dev: all.filter((a) => !holdout.has(a.file)), holdout: all.filter((a) => holdout.has(a.file)) };
}

/** Scores `list` against the texts in `dir` (party-docs-dev by default); citations only where labelled. */
export function scorePartyDocs(list: Annotation[], root: string, dir = partyDocsDir(root)): PartyScore {
  const fields = Object.fromEntries(
    PARTY_FIELDS.map((f) => [f, { ok: 0, total: 0, wronglyFilled: 0, nullLabels: 0 }]),
  ) as PartyScore['fields'];
  const score: PartyScore = { documents: list.length, fields, tp: 0, fp: 0, fn: 0, misses: [] };
  for (const a of list) {
    const text = fs.readFileSync(path.join(dir, a.file), 'utf8');
    const parsed = parseDocument(a.file, 'eval', text);
    const m = parsed.metadata;
    const want: Record<PartyField, string | null> = {
      docType: a.doc_type,
      date: a.date,
      district: a.district,
      province: a.province,
    };
    for (const f of PARTY_FIELDS) {
      const got = m[f];
      const s = fields[f];
      s.total++;
      if (want[f] === null) s.nullLabels++;
      if (same(want[f], got)) s.ok++;
      else {
        if (want[f] === null) s.wronglyFilled++;
        score.misses.push(`${f.padEnd(9)} ${a.file}: want ${JSON.stringify(want[f])} got ${JSON.stringify(got)}`);
      }
    }
    if (!a.directives) continue;
    const wanted = new Set(a.directives.map(canonicalDocNumber));
    const found = new Set(parsed.citations.map((c) => c.key));
    for (const k of wanted) {
      if (found.has(k)) score.tp++;
      else {
        score.fn++;
        score.misses.push(`citation  ${a.file}: missed ${k}`);
      }
    }
    for (const k of found) {
      if (!wanted.has(k)) {
        score.fp++;
        score.misses.push(`citation  ${a.file}: extra ${k}`);
      }
    }
  }
  return score;
}
