import { gazetteer } from '../../gazetteer/load.js';
import { bareMentions, bracketedCommunes, keywordMentions, placeDateMention, type PlaceMention } from './mentions.js';
import { resolvePlaces } from './resolve.js';

export interface Places { district: string | null; province: string | null }

/** A provincial body named without its province: the text speaks at the province's level. */
const UNNAMED_PROVINCIAL = /(?:Tỉnh[ \t]+(?:ủy|uỷ)|(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)[ \t]+tỉnh)(?![ \t]+\p{Lu})/gu;

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
  const bare = bareMentions(title, g).filter((m) => !covered(m.index));
  const placeDate = placeDateMention(text.slice(0, bodyStart), g);
  const mentions = dedupe([
    ...titleMentions, ...bare, ...keywordMentions(text, g, false), ...bracketedCommunes(text, g),
    ...(placeDate ? [placeDate] : []),
  ]);
  const provincialRefs = [...text.matchAll(UNNAMED_PROVINCIAL)].length;
  const resolved = resolvePlaces(mentions, { issuerLevel, provincialRefs }, g, date);
  return { district: resolved.district?.display ?? null, province: resolved.province?.display ?? null };
}
