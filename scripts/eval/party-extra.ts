/**
 * The party-extra set: more real pages (found with the stored-pages search, labelled by the
 * party-docs-dev rules before the extractor saw them). Only the labels are committed
 * (test/fixtures/extract/party-extra-labels.json); the page texts live in the gitignored
 * .scratch/party-extra/, so the table is printed only where that folder exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PARTY_FIELDS, scorePartyDocs, type Annotation } from './party-docs.js';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

export function partyExtraTable(root: string, showMisses: boolean): string[] {
  const dir = path.join(root, '.scratch/party-extra');
  const labels = JSON.parse(
    fs.readFileSync(path.join(root, 'test/fixtures/extract/party-extra-labels.json'), 'utf8'),
  ) as { documents: Annotation[] };
  if (!fs.existsSync(dir))
    return ['party-extra: .scratch/party-extra/ not found (page texts are not committed); skipped'];
  const present = labels.documents.filter((a) => fs.existsSync(path.join(dir, a.file)));
  const s = scorePartyDocs(present, root, dir);
  const lines = [
    `party-extra: ${present.length} of ${labels.documents.length} labelled pages present (labels: test/fixtures/extract/party-extra-labels.json)`,
    '',
    `${'field'.padEnd(12)}${'accuracy'.padStart(18)}${'wrongly filled'.padStart(20)}${'null labels'.padStart(14)}`,
  ];
  for (const f of PARTY_FIELDS) {
    const x = s.fields[f];
    lines.push(
      `${f.padEnd(12)}${`${x.ok}/${x.total} ${pct(x.ok / x.total)}`.padStart(18)}${`${x.wronglyFilled}/${x.total} ${pct(x.wronglyFilled / x.total)}`.padStart(20)}${String(x.nullLabels).padStart(14)}`,
    );
  }
  if (showMisses) lines.push('', 'party-extra misses:', ...s.misses);
  return lines;
}
