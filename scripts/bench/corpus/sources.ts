import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const sharedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared');
export const phapdienFile = path.join(sharedDir, 'datasets/phapdien/articles.jsonl.gz');
export const vietnewsFile = path.join(sharedDir, 'datasets/vietnews-party/articles.jsonl.gz');
export const districtsFile = path.join(sharedDir, 'gazetteer/districts-2025-03.csv');

export interface PhapdienArticle {
  id: string;
  topic: string;
  title: string;
  source: string;
  text: string;
}

export interface NewsArticle {
  id: string;
  title: string;
  summary: string;
  body: string;
}

export interface District {
  province: string;
  provinceType: string;
  district: string;
  districtType: string;
  /** How the text names it: "Trà Cú", but "Quận 3" for numbered urban districts. */
  name: string;
}

/** Streams a gzipped JSON-lines file one object at a time (never the whole file in memory). */
export async function* readJsonl<T>(file: string): AsyncGenerator<T> {
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() !== '') yield JSON.parse(line) as T;
  }
}

/** The 696 districts of the gazetteer (the file has no quoted commas). */
export function readDistricts(file = districtsFile): District[] {
  const [header, ...rows] = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const cols = header!.split(',').map((cell) => cell.trim());
  const at = (name: string): number => cols.indexOf(name);
  return rows.map((row) => {
    const c = row.split(',').map((cell) => cell.trim());
    const district = c[at('district')]!;
    const name = /^\d+$/.test(district) ? c[at('district_full_name')]! : district;
    return { province: c[at('province')]!, provinceType: c[at('province_type')]!, district, districtType: c[at('district_type')]!, name };
  });
}
