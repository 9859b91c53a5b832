import { findDocNumbers } from '../../../../lib/vietnamese/index.js';
import { publishedDate } from '../page-date.js';
import { gazetteer } from '../../../../lib/gazetteer/load.js';
import { bareMentions, bracketedCommunes, keywordMentions, placeDateMention, type PlaceMention } from './mentions.js';
import { appositives, bareProvinces, furnitureProvinces, headerMentions, tableMentions } from './evidence.js';
import { afterReorganisation, reorganisedProvince } from './reorganised.js';
import { resolvePlaces, type ResolvedPlaces } from './resolve.js';
import { withoutProvincialVenues } from './venue.js';
import type { Gazetteer } from '../../../../lib/gazetteer/types.js';

/** `source`: which evidence gave the places (header, metadata-table, text, site, reorganised); null when none. */
export interface Places {
  district: string | null;
  province: string | null;
  source: string | null;
}

/** A provincial body named without its province: the text speaks at the province's level. */
const UNNAMED_PROVINCIAL =
  /(?:Tỉnh[ \t]+(?:ủy|uỷ)|(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)[ \t]+tỉnh)(?![ \t]+\p{Lu})/gu;

/** A "title" that is a dateline sentence ("Sáng 8-3, đoàn công tác Tỉnh ủy …", "Ngày 17/11/2022 tại …"). */
const LEAD_AS_TITLE =
  /^(?:\(?[\p{Lu}.]{2,8}\)?[ \t]*[-–][ \t]*)?(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Hôm)(?:[ \t]+(?:nay|qua|ngày))*[ \t,(]*\d{1,2}[ \t]*[/.-][ \t]*\d{1,2}/iu;

/**
 * A title that counts the provinces meeting together ("3 tỉnh", "14 tỉnh, thành phố"). A cluster "của
 * các tỉnh …" is left alone: its host is often the province the labels give.
 */
const SEVERAL_PROVINCES = /(?<![\p{L}\p{N}])(?:[2-9]|[1-6]\d)[ \t]+tỉnh(?![ \t]*(?:ủy|uỷ))/iu;

/**
 * Places named as a cited document's issuer ("Quy định số 825/QĐ/TU … của Tỉnh ủy Gia Lai") say where
 * that document comes from, not where this one belongs: those mentions are left out.
 */
function citedIssuerSpans(text: string): [number, number][] {
  return findDocNumbers(text).map((m) => {
    const end = m.index + m.raw.length;
    const tail = text.slice(end, end + 160);
    const cut = tail.search(/[;\n]|\.\s/u);
    return [end, end + (cut >= 0 ? cut : tail.length)] as [number, number];
  });
}

function dedupe(mentions: PlaceMention[]): PlaceMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const id = `${m.inTitle}:${m.index}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function shown(resolved: ResolvedPlaces, source: string): Places {
  const district = resolved.district;
  // "Quận 1": a district named by a number is shown with its type.
  const name =
    district && /^\d+$/.test(district.display)
      ? `${district.place.type} ${district.display}`
      : (district?.display ?? null);
  const province = resolved.province?.display ?? null;
  return { district: name, province, source: name || province ? source : null };
}

const provinceOnly = (code: string | null, g: Gazetteer, source: string): Places => ({
  district: null,
  province: code ? g.provinces.get(code)!.name : null,
  source: code ? source : null,
});

/**
 * District and province of a document, from evidence about the document itself, strongest first:
 * 1. the header: issuing body ("HUYỆN ỦY HẢI HẬU", "ỦY BAN NHÂN DÂN / TỈNH LẠNG SƠN") and place-date line;
 * 2. a legal database's metadata table ("Cơ quan ban hành");
 * 3. the body: the title, "huyện X" / "Huyện ủy X", "tỉnh X", lists of them, communes, province
 *    names; a cited document's issuer is left out;
 * 4. the page furniture (the site's name), which gives the province when the body does not
 *    determine it or names no district elsewhere.
 * Null where the text does not determine them. After the 2025 reorganisation there is no district
 * and the province is one the text names, as merged.
 */
export function findPlaces(
  text: string,
  title: string,
  bodyStart: number,
  issuerLevel: string | null,
  date: string | null,
  titleIsLead = false,
): Places {
  const g = gazetteer();
  // A page without a headline gives its lead sentence as the title: the provinces it names (a visiting
  // delegation's, the host's, one of many a national decision lists) weigh as the body's; the district
  // it names keeps a title's weight.
  const headline = !titleIsLead && !LEAD_AS_TITLE.test(title);
  const titleMentions = keywordMentions(title, g, true).filter((m) => headline || m.kind !== 'province');
  const covered = (i: number): boolean => titleMentions.some((m) => i >= m.index && i < m.end);
  const keyworded = keywordMentions(text, g, false);
  const body = [...keyworded, ...appositives(text, g)];
  body.push(...bareProvinces(text, g, (i) => body.some((m) => i >= m.index && i < m.end)));
  // A bare name in a title counts when the text confirms it ("Trùng Khánh" is also Chongqing).
  const confirmed = (m: PlaceMention): boolean =>
    m.kind !== 'district' ||
    body.some(
      (b) =>
        (b.kind === 'district' && b.names.some((n) => m.names.some((x) => x.place.code === n.place.code))) ||
        (b.kind === 'province' && b.names.some((n) => m.names.some((x) => x.place.provinceCode === n.place.code))) ||
        (b.kind === 'commune' && m.names.some((x) => b.districtCodes.includes(x.place.code))),
    );
  const bare = (headline ? bareMentions(title, g) : []).filter(
    (m) =>
      !covered(m.index) &&
      (confirmed(m) ||
        titleMentions.some(
          (t) =>
            t.kind === 'commune' &&
            m.kind === 'district' &&
            m.names.some((x) => t.districtCodes.includes(x.place.code)),
        )),
  );
  const placeDate = placeDateMention(text.slice(0, bodyStart), g);
  const mentions = dedupe([
    ...titleMentions,
    ...bare,
    ...body,
    ...bracketedCommunes(text, g),
    ...(placeDate ? [placeDate] : []),
  ]);
  const cited = citedIssuerSpans(text);
  const own = withoutProvincialVenues(mentions, (m) => (m.inTitle ? title : text)).filter(
    (m) =>
      m.inTitle ||
      !cited.some(
        ([a, b]) =>
          m.index >= a &&
          m.index < b &&
          /của[ \t]+\S*[ \t]*\S*[ \t]*$/u.test(text.slice(Math.max(a, m.index - 40), m.index)),
      ),
  );
  const header = headerMentions(text, g);
  const strong = header.length > 0 ? header : tableMentions(text, g);
  const furniture = furnitureProvinces(text, g);
  const site = furniture.length === 1 ? furniture[0]! : null;
  // Without an own date, a page published after the reorganisation is read in the reorganised frame.
  if (afterReorganisation(text, date ?? publishedDate(text))) {
    const named = reorganisedProvince([...strong, ...own], g);
    return provinceOnly(named ?? site, g, named ? 'reorganised' : 'site');
  }
  if (strong.length > 0) {
    const resolved = resolvePlaces(strong, { issuerLevel, provincialRefs: 0 }, g, date);
    if (resolved.province) return shown(resolved, header.length > 0 ? 'header' : 'metadata-table');
  }
  // "Giao ban … 14 tỉnh, thành phố khu vực miền Bắc": a meeting of several provinces belongs to none of them.
  if (SEVERAL_PROVINCES.test(title)) return { district: null, province: null, source: null };
  const provincialRefs = [...text.matchAll(UNNAMED_PROVINCIAL)].length;
  const resolved = resolvePlaces(own, { issuerLevel, provincialRefs }, g, date);
  if (site && resolved.province?.code !== site && !resolved.district) return provinceOnly(site, g, 'site');
  return shown(resolved, 'text');
}
