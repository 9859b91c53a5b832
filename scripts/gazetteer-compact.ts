/**
 * Compacts the General Statistics Office gazetteer (../shared/gazetteer/*.csv, 2025-03) into the two
 * files the indexer ships with (lib/gazetteer/data). Run once when the source lists change:
 *   npx tsx scripts/gazetteer-compact.ts ../shared/gazetteer
 */
import fs from 'node:fs';
import path from 'node:path';

const source = process.argv[2] ?? '../shared/gazetteer';
const target = path.join('lib', 'gazetteer', 'data');

function rows(file: string): string[][] {
  return fs
    .readFileSync(path.join(source, file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
}

const districts = rows('districts-2025-03.csv').map(([pc, p, pt, dc, d, dt]) => [pc, p, pt, dc, d, dt].join('\t'));
const TYPE: Record<string, string> = { Xã: 'X', Phường: 'P', 'Thị trấn': 'T' };
const byDistrict = new Map<string, string[]>();
for (const [, dc, , name, type] of rows('communes-2025-03.csv')) {
  const list = byDistrict.get(dc!) ?? [];
  list.push(`${TYPE[type!] ?? 'X'}:${name}`);
  byDistrict.set(dc!, list);
}
const communes = [...byDistrict].map(([dc, list]) => `${dc}\t${list.join('|')}`);

fs.mkdirSync(target, { recursive: true });
fs.writeFileSync(path.join(target, 'districts.tsv'), `${districts.join('\n')}\n`);
fs.writeFileSync(path.join(target, 'communes.tsv'), `${communes.join('\n')}\n`);
process.stdout.write(`districts: ${districts.length}, districts with communes: ${communes.length}\n`);
