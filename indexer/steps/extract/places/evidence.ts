import { foldKey } from '../../../../lib/vietnamese/index.js';
import { placeKey } from '../../../../lib/gazetteer/load.js';
import type { Gazetteer } from '../../../../lib/gazetteer/types.js';
import { NAME_WORDS, SURNAMES } from '../person-names.js';
import { keywordMentions, type PlaceMention } from './mentions.js';
import { wordsAt } from './words.js';

/**
 * Evidence about the document itself, by source, strongest first: the header (issuing body and the
 * place-date line), a legal database's metadata table, the page furniture (the site's name). Body
 * mentions (./mentions.ts) come last. Scraper escapes ("\r\n" written out) read as line breaks.
 */

const clean = (text: string): string => text.replace(/\\r\\n|\\n/g, '\n');
const OFFICIAL = /^(?:dang cong san viet nam|cong hoa xa hoi)/u;

/** The header of a document: its first lines up to the type line or the first long line; '' for a news page. */
export function headerText(text: string): string {
  const lines = clean(text)
    .split('\n')
    .slice(0, 25)
    .map((l) => l.replace(/^[\s|]+|[\s|]+$/g, ''));
  if (!lines.some((l) => OFFICIAL.test(foldKey(l)))) return '';
  const end = lines.findIndex(
    (l) =>
      l.length > 120 ||
      /^(?:Căn cứ|Thực hiện|Kính gửi)(?![\p{L}])/u.test(l) ||
      (/^[A-ZĐ\p{Lu} ]{6,}$/u.test(l) &&
        /^(?:NGHỊ QUYẾT|KẾ HOẠCH|QUYẾT ĐỊNH|BÁO CÁO|CHỈ THỊ|THÔNG BÁO|KẾT LUẬN|CHƯƠNG TRÌNH|HƯỚNG DẪN|QUY ĐỊNH|TỜ TRÌNH|ĐỀ ÁN)/u.test(
          l,
        )),
  );
  return lines.slice(0, end >= 0 ? end : lines.length).join('\n');
}

const PLACE_DATE = /(?:^|\n)(\p{Lu}[\p{L} ]{1,30}),[ \t]*ngày[ \t]+\d{1,2}(?![\p{N}])/u;

function nameMention(name: string, index: number, g: Gazetteer, via: PlaceMention['via']): PlaceMention | null {
  const key = placeKey(name.trim());
  const base = { via, inTitle: false, index, end: index + name.length };
  const districts = g.districtsByKey.get(key);
  if (districts) return { kind: 'district', names: districts, ...base };
  const provinces = g.provincesByKey.get(key);
  return provinces ? { kind: 'province', names: provinces, ...base } : null;
}

/** The header's issuing body ("ĐẢNG BỘ TỈNH NAM ĐỊNH / HUYỆN UỶ HẢI HẬU", "ỦY BAN NHÂN DÂN / TỈNH LẠNG SƠN") and place-date line, even broken over lines. */
export function headerMentions(text: string, g: Gazetteer): PlaceMention[] {
  const header = headerText(text);
  if (header === '') return [];
  const out = keywordMentions(header, g, false)
    .filter((m) => m.kind !== 'commune')
    .map((m) => ({ ...m, via: 'committee' as const }));
  const pd = header.match(PLACE_DATE);
  const place = pd ? nameMention(pd[1]!, 0, g, 'placeDate') : null;
  return place ? [...out, place] : out;
}

/** A legal database's table: "Cơ quan ban hành | Ủy ban nhân dân tỉnh Tuyên Quang", "Nơi ban hành: …". */
export function tableMentions(text: string, g: Gazetteer): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of clean(text).matchAll(
    /(?:Cơ[ \t]+quan[ \t]+ban[ \t]+hành|Nơi[ \t]+ban[ \t]+hành)[ \t]*[:|\t][ \t]*([^|\n]{3,80})/giu,
  )) {
    out.push(...keywordMentions(m[1]!, g, false).filter((x) => x.kind !== 'commune'));
  }
  return out;
}

const SITE =
  /^(?:Cổng[ \t]+(?:thông[ \t]+tin[ \t]+điện[ \t]+tử|TTĐT)|Trang[ \t]+(?:thông[ \t]+tin[ \t]+điện[ \t]+tử|TTĐT)|Báo[ \t]+điện[ \t]+tử|Báo)[ \t]+(?:(?:Đảng[ \t]+bộ[ \t]+)?(?:tỉnh|thành[ \t]+phố|TP\.?)[ \t]+)?([\p{L} ]{3,30})$/iu;

/** A provincial paper speaking in its own text: "Báo Ninh Thuận trân trọng giới thiệu toàn văn …", "(Báo Quảng Ngãi)- …". */
const PAPER_SPEAKS =
  /(?<![\p{L}])Báo[ \t]+((?:\p{Lu}[\p{L}]*[ \t]+){1,3}?)(?:điện[ \t]+tử[ \t]+)?(?:trân[ \t]+trọng|xin|giới[ \t]+thiệu|đăng)(?![\p{L}])|^\(Báo[ \t]+((?:\p{Lu}[\p{L}]*[ \t]*){1,3}?)\)[ \t]*[-–]/gmu;

/** A source line at the page's foot: "Nguồn Hà Tĩnh: https://…", "Nguồn: Báo Lào Cai", "Theo Báo Bình Phước". */
const SOURCE_LINE =
  /^(?:Nguồn[ \t]*:?[ \t]+(?:Báo[ \t]+(?:điện[ \t]+tử[ \t]+)?)?|Theo[ \t]+Báo[ \t]+(?:điện[ \t]+tử[ \t]+)?)([\p{L} ]{3,30}?)[ \t]*(?::[ \t]*https?:\/\/\S+)?$/iu;

/** Provinces the page furniture names: a site-name line at the top or bottom ("Cổng thông tin điện tử tỉnh thanh hóa", "Báo Nam Định"), a source line at the foot. */
export function furnitureProvinces(text: string, g: Gazetteer): string[] {
  const lines = clean(text)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const out = new Set<string>();
  const speaking = lines.slice(0, 12).flatMap((l) => [...l.matchAll(PAPER_SPEAKS)].map((m) => (m[1] ?? m[2]!).trim()));
  for (const line of [...lines.slice(0, 8), ...lines.slice(-5), ...speaking]) {
    const m = speaking.includes(line)
      ? [line, line]
      : (line.match(SITE) ?? (lines.slice(-5).includes(line) ? line.match(SOURCE_LINE) : null));
    if (!m) continue;
    const words = m[1]!.trim().split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const names = g.provincesByKey.get(placeKey(words.slice(0, n).join(' ')));
      if (names) {
        names.forEach((p) => out.add(p.place.code));
        break;
      }
    }
  }
  return [...out];
}

const ABBREVIATION = /^\p{Lu}{3,6}$/u;

/**
 * Province names written without a keyword in running text ("trụ cột của Quảng Ninh", "Phú Tân (An
 * Giang)", the abbreviations "TPHCM", "BRVT"). Not inside a longer proper name ("Quốc Cường Gia Lai", "Hoàng Anh Gia Lai FC"), after a
 * person's name word, or Hồ Chí Minh alone (the President, his thought).
 */
export function bareProvinces(text: string, g: Gazetteer, covered: (i: number) => boolean): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}/gu)) {
    const start = m.index ?? 0;
    if (covered(start)) continue;
    const before = text.slice(Math.max(0, start - 30), start).match(/(\p{L}+)[ \t]+$/u)?.[1];
    if (
      before &&
      (/^\p{Lu}/u.test(before) || SURNAMES.has(before.toLowerCase()) || NAME_WORDS.has(before.toLowerCase()))
    )
      continue;
    const run = wordsAt(text, start, 5);
    // One word only as an abbreviation in capitals ("TPHCM", "BRVT"); one that embeds "TP" (thành phố) is keyworded.
    const least = run.words[0] && ABBREVIATION.test(run.words[0]) ? 1 : 2;
    for (let n = Math.min(run.words.length, 4); n >= least; n--) {
      const key = placeKey(run.words.slice(0, n).join(' '));
      const names = g.provincesByKey
        .get(key)
        ?.filter((p) => p.place.code !== '79' || /^(?:TP|HCM)/.test(run.words[0]!));
      if (!names) continue;
      const next = run.words[n];
      const via = n === 1 && /^TP/u.test(run.words[0]!) ? ('keyword' as const) : ('bare' as const);
      if (names.length > 0 && !(next && /^\p{Lu}/u.test(next)))
        out.push({ kind: 'province', names, via, inTitle: false, index: start, end: run.ends[n - 1]! });
      break;
    }
  }
  return out;
}

/** "Hải Hậu, huyện đồng bằng ven biển …", "Cao Bằng là tỉnh miền núi …": a name the next words call a district or province. */
export function appositives(text: string, g: Gazetteer): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of text.matchAll(
    /(?<![\p{L}])(\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){0,3})(?:,|[ \t]+là(?:[ \t]+một)?)[ \t]+(huyện|tỉnh|thị[ \t]+xã)[ \t]+(?!ủy|uỷ)\p{Ll}/gu,
  )) {
    // "Cao Bằng là tỉnh …" names the province though a city shares its name.
    const provinces = m[2] === 'tỉnh' ? g.provincesByKey.get(placeKey(m[1]!)) : undefined;
    const index = m.index ?? 0;
    const mention = provinces
      ? {
          kind: 'province' as const,
          names: provinces,
          via: 'keyword' as const,
          inTitle: false,
          index,
          end: index + m[1]!.length,
        }
      : nameMention(m[1]!, index, g, 'keyword');
    if (mention && (mention.kind === 'province') === (m[2] === 'tỉnh')) out.push(mention);
  }
  return out;
}
