import { placeKey } from '../../../../lib/gazetteer/load.js';
import { PLACE_DATE_LINE } from '../date.js';
import { NAME_WORDS, SURNAMES } from '../person-names.js';
import type { District, Gazetteer, PlaceName, Province } from '../../../../lib/gazetteer/types.js';
import { isCapitalised, wordsAt } from './words.js';

/** How a place was named: after "huyện"/"tỉnh"…, after a committee ("Huyện ủy X"), bare, in a list, in the place-date line. */
export type MentionVia = 'keyword' | 'committee' | 'bare' | 'list' | 'placeDate';

interface Base {
  via: MentionVia;
  inTitle: boolean;
  index: number;
  end: number;
  /** Size of the list the mention stands in ("Huyện ủy A, B và C": 3), when it stands in one. */
  group?: number;
}
export interface ProvinceMention extends Base {
  kind: 'province';
  names: PlaceName<Province>[];
}
export interface DistrictMention extends Base {
  kind: 'district';
  names: PlaceName<District>[];
}
export interface CommuneMention extends Base {
  kind: 'commune';
  key: string;
  districtCodes: string[];
}
export type PlaceMention = ProvinceMention | DistrictMention | CommuneMention;

type Level = 'province' | 'district' | 'city' | 'commune';

const KEYWORD =
  /(?<![\p{L}\p{N}])(btvhu|btvtu|huyện[ \t]+(?:ủy|uỷ)|quận[ \t]+(?:ủy|uỷ)|thị[ \t]+(?:ủy|uỷ)|thành[ \t]+(?:ủy|uỷ)|tỉnh[ \t]+(?:ủy|uỷ)|thị[ \t]+xã|thị[ \t]+trấn|thành[ \t]+phố|thủ[ \t]+đô|huyện|quận|tỉnh|xã|phường|tp\.?|p\.)(?:[ \t]+\((?:BTVHU|BTVTU|BTV|BCH)\)[ \t]+|[ \t]+|(?<=\.))/giu;

function levelOf(keyword: string): { level: Level; via: MentionVia } {
  const k = keyword
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace('uỷ', 'ủy')
    .replace(/^btv([ht])u$/, (_, l: string) => (l === 'h' ? 'huyện ủy' : 'tỉnh ủy'));
  if (k.endsWith(' ủy')) {
    if (k.startsWith('tỉnh')) return { level: 'province', via: 'committee' };
    return { level: k.startsWith('thành') ? 'city' : 'district', via: 'committee' };
  }
  if (k === 'tỉnh') return { level: 'province', via: 'keyword' };
  // "Thủ đô Hà Nội": the capital is a centrally-run city.
  if (k === 'thành phố' || k === 'thủ đô' || k.startsWith('tp')) return { level: 'city', via: 'keyword' };
  if (k === 'huyện' || k === 'quận' || k === 'thị xã') return { level: 'district', via: 'keyword' };
  return { level: 'commune', via: 'keyword' };
}

/** Longest place name of the level starting at `start`; null when none. */
function nameAt(
  text: string,
  start: number,
  level: Level,
  g: Gazetteer,
  via: MentionVia,
  inTitle: boolean,
): PlaceMention | null {
  const run = wordsAt(text, start, g.maxWords);
  if (run.words.length === 0 || !isCapitalised(run.words[0]!)) return null;
  for (let n = run.words.length; n >= 1; n--) {
    const key = placeKey(run.words.slice(0, n).join(' '));
    const base = { via, inTitle, index: start, end: run.ends[n - 1]! };
    const provinces = g.provincesByKey.get(key);
    const districts = g.districtsByKey.get(key);
    if (level === 'province' && provinces) return { kind: 'province', names: provinces, ...base };
    if (level === 'city') {
      const central = provinces?.filter((p) => p.place.centrallyRun);
      if (central && central.length > 0) return { kind: 'province', names: central, ...base };
      const cities = districts?.filter((d) => d.place.type === 'Thành phố');
      if (cities && cities.length > 0) return { kind: 'district', names: cities, ...base };
    }
    if (level === 'district' && districts) return { kind: 'district', names: districts, ...base };
    if (level === 'commune') {
      const codes = g.communesByKey.get(key);
      if (codes) return { kind: 'commune', key, districtCodes: codes, ...base };
    }
  }
  return null;
}

const LINKS: Record<'commune' | 'district' | 'province', RegExp> = {
  commune: /(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+)(?:(?:xã|phường|thị[ \t]+trấn)[ \t]+)?/uy,
  district:
    /(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+)(?:(?:huyện|quận|thị[ \t]+xã|(?:huyện|thị|quận)[ \t]+(?:ủy|uỷ))[ \t]+)?/iuy,
  province: /(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+)(?:tỉnh[ \t]+)?/uy,
};

/** "xã A, B và thị trấn C", "Huyện ủy A, B và Thị ủy C", "3 tỉnh A, B, C": the names that follow a mention. */
function listAfter(text: string, first: PlaceMention, g: Gazetteer): PlaceMention[] {
  const out: PlaceMention[] = [];
  const link = LINKS[first.kind];
  let at = first.end;
  for (;;) {
    link.lastIndex = at;
    const l = link.exec(text);
    if (!l) break;
    const next = nameAt(text, at + l[0].length, first.kind, g, 'list', first.inTitle);
    if (!next || next.kind !== first.kind) break;
    out.push(next);
    at = next.end;
  }
  if (out.length > 0)
    [first, ...out].forEach((m) => {
      m.group = out.length + 1;
    });
  return out;
}
const communeList = (text: string, first: CommuneMention, g: Gazetteer): CommuneMention[] =>
  listAfter(text, first, g) as CommuneMention[];

/** Places named after a keyword: "huyện Trà Cú", "Huyện ủy Cái Nước", "tỉnh Hậu Giang", "xã Long Hiệp"… */
export function keywordMentions(text: string, g: Gazetteer, inTitle: boolean): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of text.matchAll(KEYWORD)) {
    const { level, via } = levelOf(m[1]!);
    const mention = nameAt(text, (m.index ?? 0) + m[0].length, level, g, via, inTitle);
    if (!mention) continue;
    out.push(mention, ...listAfter(text, mention, g));
  }
  return out;
}

/** "(Ngãi Xuyên, Kim Sơn, Hàm Tân và thị trấn Trà Cú)": a bracketed list of at least two commune names. */
export function bracketedCommunes(text: string, g: Gazetteer): CommuneMention[] {
  const out: CommuneMention[] = [];
  for (const m of text.matchAll(/\(([^()\n]{3,400})\)/g)) {
    const start = (m.index ?? 0) + 1;
    const first = nameAt(text, start, 'commune', g, 'list', false);
    if (!first || first.kind !== 'commune') continue;
    const rest = communeList(text, first, g);
    if (rest.length >= 1 && rest[rest.length - 1]!.end === start + m[1]!.trimEnd().length) out.push(first, ...rest);
  }
  return out;
}

/** Province and district names written without a keyword, in a headline or title ("Cà Mau chi 39,3 tỷ…"). */
export function bareMentions(title: string, g: Gazetteer): PlaceMention[] {
  const out: PlaceMention[] = [];
  const starts = [...title.matchAll(/(?<![\p{L}\p{N}])\p{Lu}/gu)].map((m) => m.index ?? 0);
  let covered = 0;
  for (const start of starts) {
    if (start < covered) continue;
    const before = title.slice(0, start).match(/(\p{L}+)[ \t]+$/u)?.[1];
    if (before && (SURNAMES.has(before.toLowerCase()) || NAME_WORDS.has(before.toLowerCase()))) continue;
    const run = wordsAt(title, start, g.maxWords);
    for (let n = run.words.length; n >= 2; n--) {
      const key = placeKey(run.words.slice(0, n).join(' '));
      const base = { via: 'bare' as const, inTitle: true, index: start, end: run.ends[n - 1]! };
      // Hồ Chí Minh alone is the President ("Ngày sinh Chủ tịch Hồ Chí Minh"), the city only as "TP …".
      const provinces = g.provincesByKey
        .get(key)
        ?.filter((p) => p.place.code !== '79' || /^(?:TP|HCM)/u.test(run.words[0]!));
      const districts = g.districtsByKey.get(key);
      if (provinces?.length) out.push({ kind: 'province', names: provinces, ...base });
      else if (districts) out.push({ kind: 'district', names: districts, ...base });
      else continue;
      covered = base.end;
      break;
    }
  }
  return out;
}

/** The header's place-date line: "Cái Nước, ngày 17 tháng 11 năm 2023" (`header`: the text before the title ends). */
export function placeDateMention(header: string, g: Gazetteer): PlaceMention | null {
  const m = header.match(PLACE_DATE_LINE);
  if (!m) return null;
  const key = placeKey(m[1]!.trim());
  const index = (m.index ?? 0) + m[0].indexOf(m[1]!);
  const base = { via: 'placeDate' as const, inTitle: false, index, end: index + m[1]!.length };
  const districts = g.districtsByKey.get(key);
  if (districts) return { kind: 'district', names: districts, ...base };
  const provinces = g.provincesByKey.get(key);
  return provinces ? { kind: 'province', names: provinces, ...base } : null;
}
