import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { telexText } from '../vietnamese/index.js';
import { DISTRICT_ALIASES, PROVINCE_ALIASES } from './history.js';
import type { District, DistrictType, Gazetteer, PlaceName, Province } from './types.js';

const DATA = new URL('./data/', import.meta.url);

/**
 * Key for comparing place names: case, tone-mark placement (Hoà/Hòa), punctuation and apostrophes
 * (R'Lấp, R’lấp) folded, accents kept. Highland syllables written several ways fold to one:
 * Đăk/Đắk/Đắc, Lăk/Lắc/Lắk, Pắc/Pắk.
 */
export function placeKey(name: string): string {
  return telexText(name)
    .split(' ')
    .map((w) => w.replace(/^(dd|l|p)aw[ck]s?$/, '$1awks'))
    .join(' ');
}

function add<T>(map: Map<string, PlaceName<T>[]>, name: string, entry: PlaceName<T>): void {
  const key = placeKey(name);
  const list = map.get(key) ?? [];
  list.push(entry);
  map.set(key, list);
}

function readLines(file: string): string[][] {
  return fs
    .readFileSync(fileURLToPath(new URL(file, DATA)), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split('\t'));
}

/** Builds the look-up tables from the compacted GSO lists in ./data (see scripts/gazetteer-compact.ts). */
export function buildGazetteer(): Gazetteer {
  const provinces = new Map<string, Province>();
  const districts = new Map<string, District>();
  const provincesByKey = new Map<string, PlaceName<Province>[]>();
  const districtsByKey = new Map<string, PlaceName<District>[]>();
  for (const [pc, pName, pType, dc, dName, dType] of readLines('districts.tsv')) {
    if (!provinces.has(pc!)) {
      const province = { code: pc!, name: pName!, centrallyRun: pType === 'Thành phố Trung ương' };
      provinces.set(pc!, province);
      add(provincesByKey, pName!, { place: province, display: pName!, until: null });
    }
    const district: District = { code: dc!, provinceCode: pc!, name: dName!, type: dType as DistrictType };
    districts.set(dc!, district);
    add(districtsByKey, dName!, { place: district, display: dName!, until: null });
  }
  for (const a of PROVINCE_ALIASES)
    add(provincesByKey, a.name, { place: provinces.get(a.code)!, display: a.display, until: a.until });
  for (const a of DISTRICT_ALIASES) {
    const district: District = {
      code: `${a.provinceCode}-${placeKey(a.name).replace(/\s+/g, '-')}`,
      provinceCode: a.provinceCode,
      name: a.name,
      type: a.type,
    };
    districts.set(district.code, district);
    add(districtsByKey, a.name, { place: district, display: a.display, until: a.until });
  }
  const communesByKey = new Map<string, string[]>();
  for (const [dc, list] of readLines('communes.tsv')) {
    for (const entry of list!.split('|')) {
      const name = entry.slice(2);
      if (/^\d+$/.test(name)) continue; // "Phường 5": a number names nothing outside its district
      const key = placeKey(name);
      const codes = communesByKey.get(key) ?? [];
      if (!codes.includes(dc!)) codes.push(dc!);
      communesByKey.set(key, codes);
    }
  }
  const allKeys = [...provincesByKey.keys(), ...districtsByKey.keys(), ...communesByKey.keys()];
  const maxWords = Math.max(...allKeys.map((k) => k.split(' ').length));
  return { provinces, districts, provincesByKey, districtsByKey, communesByKey, maxWords };
}

let cached: Gazetteer | null = null;

/** The gazetteer, built once per process. */
export function gazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}
