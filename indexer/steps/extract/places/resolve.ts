import type { District, Gazetteer, PlaceName } from '../../../../lib/gazetteer/types.js';
import type { DistrictMention, PlaceMention } from './mentions.js';

export interface ResolvedPlaces {
  district: PlaceName<District> | null;
  /** Province code and the name to record. */
  province: { code: string; display: string } | null;
}

export interface ResolveOptions {
  /** The issuer's level when known: a provincial or central issuer is not tied to a district. */
  issuerLevel: string | null;
  /** How often the text names a provincial body without its province ("UBND tỉnh", "Tỉnh ủy"). */
  provincialRefs: number;
}

/** How far into the text a mention still stands in the lead paragraph. */
const LEAD_CHARS = 400;

const WEIGHT: Record<string, number> = { placeDate: 10, committee: 2, keyword: 1, bare: 1, list: 1 };

function bump(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** The single best entry of a score map, when it leads the runner-up by `factor`. */
function leader(map: Map<string, number>, factor: number, min = 0): string | null {
  const sorted = [...map].sort((a, b) => b[1] - a[1]);
  const [first, second] = sorted;
  if (!first || first[1] < min) return null;
  return !second || first[1] >= second[1] * factor ? first[0] : null;
}

function provinceScores(mentions: PlaceMention[]): Map<string, number> {
  const scores = new Map<string, number>();
  for (const m of mentions) {
    const w = (m.inTitle ? 3 : 1) * WEIGHT[m.via]!;
    if (m.kind === 'province') new Set(m.names.map((n) => n.place.code)).forEach((c) => bump(scores, c, w));
    if (m.kind === 'district') {
      const provinces = new Set(m.names.map((n) => n.place.provinceCode));
      if (provinces.size === 1) bump(scores, [...provinces][0]!, m.inTitle ? 2 : 1);
    }
  }
  return scores;
}

/** A district mention's candidates narrowed to the leading province when its name is shared. */
function narrow(m: DistrictMention, province: string | null): PlaceName<District>[] {
  if (m.names.length <= 1 || !province) return m.names;
  return m.names.filter((n) => n.place.provinceCode === province);
}

function districtScores(mentions: DistrictMention[], province: string | null): Map<string, number> {
  const scores = new Map<string, number>();
  for (const m of mentions) {
    const names = narrow(m, province);
    if (names.length === 1) bump(scores, names[0]!.place.code, (m.inTitle ? 5 : 1) * WEIGHT[m.via]!);
  }
  return scores;
}

/** The district the communes point to: the one district that holds most of the named communes. */
const SINGLE_COMMUNE_FROM = '2021-01-01';

function fromCommunes(
  mentions: PlaceMention[],
  province: string | null,
  g: Gazetteer,
  date: string | null,
): string | null {
  const keys = new Map<string, string[]>();
  for (const m of mentions) if (m.kind === 'commune') keys.set(m.key, m.districtCodes);
  const scores = new Map<string, number>();
  for (const codes of keys.values()) {
    const inProvince = codes.filter((c) => !province || g.districts.get(c)?.provinceCode === province);
    inProvince.forEach((c) => bump(scores, c, 1));
  }
  const best = leader(scores, 1.0001);
  if (!best) return null;
  if (scores.get(best)! >= 2) return best;
  // One commune name alone only for a recent document: the 2025-03 list lacks the communes merged
  // away in 2019-2021, so a name unique there may not have been unique on an older document's date.
  return keys.size === 1 && [...keys.values()][0]!.length === 1 && date !== null && date >= SINGLE_COMMUNE_FROM
    ? best
    : null;
}

function chooseDistrict(
  mentions: PlaceMention[],
  province: string | null,
  options: ResolveOptions,
  g: Gazetteer,
  date: string | null,
): string | null {
  const districts = mentions.filter((m): m is DistrictMention => m.kind === 'district');
  const placeDate = districts.filter((m) => m.via === 'placeDate');
  const title = districts.filter((m) => m.inTitle);
  if (title.length > 0) return leader(districtScores(title, province), 1.5);
  if (placeDate.length > 0 && options.issuerLevel !== 'tinh') return leader(districtScores(placeDate, province), 1.5);
  if (options.issuerLevel === 'tinh' || options.issuerLevel === 'trung_uong') return null;
  if (districts.length === 0) return fromCommunes(mentions, province, g, date);
  // "Huyện ủy A, B, C và Thị ủy D": a text about several districts together belongs to none of them.
  if (districts.some((m) => (m.group ?? 0) >= 3)) return null;
  const scores = districtScores(districts, province);
  const best = leader(scores, 2);
  if (!best) return null;
  const own = g.districts.get(best)!.provinceCode;
  const provincial = mentions
    .filter((m) => m.kind === 'province' && !m.inTitle && m.names.some((n) => n.place.code === own))
    .reduce((sum, m) => sum + WEIGHT[m.via]!, options.provincialRefs);
  return scores.get(best)! >= provincial ? best : null;
}

function provinceDisplay(code: string, mentions: PlaceMention[], g: Gazetteer, date: string | null): string {
  const named = mentions
    .flatMap((m) => (m.kind === 'province' ? m.names : []))
    .find((n) => n.place.code === code && n.until);
  if (named && (!date || date < named.until!)) return named.display;
  const former = [...g.provincesByKey.values()]
    .flat()
    .find((n) => n.place.code === code && n.until && date && date < n.until);
  return former ? former.display : g.provinces.get(code)!.name;
}

/**
 * A text that names many provinces ("… thành lập đảng bộ các tỉnh, thành mới, gồm: tỉnh A, TP. B, tỉnh C …")
 * is about all of them: its most named one is its own only when it holds a third of all the naming.
 */
function standsOut(scores: Map<string, number>): boolean {
  if (scores.size < 5) return true;
  const total = [...scores.values()].reduce((a, b) => a + b, 0);
  return Math.max(...scores.values()) * 3 >= total;
}

/** District and province from the place mentions; null where the text does not determine them. */
export function resolvePlaces(
  mentions: PlaceMention[],
  options: ResolveOptions,
  g: Gazetteer,
  date: string | null,
): ResolvedPlaces {
  // A title naming several provinces together ("Ban Thường vụ Tỉnh ủy 3 tỉnh A, B, C") has no single place.
  if (mentions.some((m) => m.inTitle && m.kind === 'province' && (m.group ?? 0) >= 2))
    return { district: null, province: null };
  const pScores = provinceScores(mentions);
  const titleProvince = leader(provinceScores(mentions.filter((m) => m.inTitle)), 2, 1);
  // A province named once counts when it is the only one named and the text speaks of "the province".
  // … or when its one keyworded mention opens the text (the lead's actor: "… Đảng bộ tỉnh X lần thứ XVI khai mạc").
  const leads = mentions.some((m) => m.kind === 'province' && m.via !== 'bare' && !m.inTitle && m.index < LEAD_CHARS);
  const alone = pScores.size === 1 && (options.provincialRefs > 0 || leads) ? leader(pScores, 1, 1) : null;
  const bodyProvince =
    options.issuerLevel === 'trung_uong' || !standsOut(pScores) ? null : (leader(pScores, 2, 3) ?? alone);
  const provinceHint = titleProvince ?? leader(pScores, 1.5, 1);
  const districtCode = chooseDistrict(mentions, provinceHint, options, g, date);
  const district = districtCode ? g.districts.get(districtCode)! : null;
  const provinceCode = district?.provinceCode ?? titleProvince ?? bodyProvince;
  const districtName = district
    ? (mentions.flatMap((m) => (m.kind === 'district' ? m.names : [])).find((n) => n.place.code === district.code) ??
      null)
    : null;
  return {
    district: districtName ?? (district ? { place: district, display: district.name, until: null } : null),
    province: provinceCode ? { code: provinceCode, display: provinceDisplay(provinceCode, mentions, g, date) } : null,
  };
}
