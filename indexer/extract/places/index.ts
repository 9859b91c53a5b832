import { findDocNumbers } from '../../../lib/vietnamese/index.js';
import { gazetteer } from '../../gazetteer/load.js';
import { bareMentions, bracketedCommunes, keywordMentions, placeDateMention, type PlaceMention } from './mentions.js';
import { resolvePlaces } from './resolve.js';

export interface Places { district: string | null; province: string | null }

/** A provincial body named without its province: the text speaks at the province's level. */
const UNNAMED_PROVINCIAL = /(?:Tỉnh[ \t]+(?:ủy|uỷ)|(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)[ \t]+tỉnh)(?![ \t]+\p{Lu})/gu;

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

/**
 * District and province of a document, resolved with the gazetteer from what the text names: the
 * place-date line, "huyện X" / "Huyện ủy X", "tỉnh X", communes, and names in the title. Null where
 * the text does not determine them. The whole text is read (the header names the issuing committee).
 */
export function findPlaces(text: string, title: string, bodyStart: number, issuerLevel: string | null, date: string | null): Places {
  const g = gazetteer();
  const titleMentions = keywordMentions(title, g, true);
  const covered = (i: number): boolean => titleMentions.some((m) => i >= m.index && i < m.end);
  const body = keywordMentions(text, g, false);
  // A bare name in a title counts when the text confirms it ("Trùng Khánh" is also Chongqing).
  const confirmed = (m: PlaceMention): boolean => m.kind !== 'district' || body.some((b) => (b.kind === 'district'
    && b.names.some((n) => m.names.some((x) => x.place.code === n.place.code)))
    || (b.kind === 'province' && b.names.some((n) => m.names.some((x) => x.place.provinceCode === n.place.code))));
  const bare = bareMentions(title, g).filter((m) => !covered(m.index) && confirmed(m));
  const placeDate = placeDateMention(text.slice(0, bodyStart), g);
  const mentions = dedupe([
    ...titleMentions, ...bare, ...body, ...bracketedCommunes(text, g),
    ...(placeDate ? [placeDate] : []),
  ]);
  const cited = citedIssuerSpans(text);
  const own = mentions.filter((m) => m.inTitle || !cited.some(([a, b]) => m.index >= a && m.index < b && /của[ \t]+\S*[ \t]*\S*[ \t]*$/u.test(text.slice(Math.max(a, m.index - 40), m.index))));
  const provincialRefs = [...text.matchAll(UNNAMED_PROVINCIAL)].length;
  const resolved = resolvePlaces(own, { issuerLevel, provincialRefs }, g, date);
  const district = resolved.district;
  // "Quận 1": a district named by a number is shown with its type.
  const name = district && /^\d+$/.test(district.display) ? `${district.place.type} ${district.display}` : district?.display ?? null;
  return { district: name, province: resolved.province?.display ?? null };
}
