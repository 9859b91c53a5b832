import { abbreviations } from '../../lib/search/abbreviations.js';
import { foldKey, hasDiacritics, telexWord } from '../../lib/vietnamese/index.js';

const words = (t: string): string[] => t.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

/**
 * The words a hit must hold to match a query exactly: accented words with their accents (telex),
 * unaccented ones in any accent. Only for short queries of plain words and phrases (no `-`, no
 * document number): null otherwise.
 */
export function exactWords(q: string, kind: string): string[] | null {
  if (!['topic', 'accent-collision', 'place', 'phrase', 'mixed-diacritics', 'tone-placement'].includes(kind))
    return null;
  const ws = words(q);
  return ws.some(hasDiacritics) ? ws : null;
}

const sameWord = (typed: string, token: { telex: string; folded: string }): boolean =>
  hasDiacritics(typed) ? token.telex === telexWord(typed) : token.folded === foldKey(typed);

/**
 * True when the text holds every word exactly as exactWords means it; a written-out form may also
 * be present as its abbreviation ("Ủy ban Kiểm tra" as "UBKT"), which is an exact match too.
 */
export function holdsExactly(text: string, wanted: readonly string[]): boolean {
  const tokens = words(text).map((w) => ({ telex: telexWord(w), folded: foldKey(w) }));
  const satisfied = wanted.map((w) => tokens.some((t) => sameWord(w, t)));
  const folded = ` ${tokens.map((t) => t.folded).join(' ')} `;
  for (const a of abbreviations()) {
    if (a.ambiguous || !folded.includes(` ${words(a.abbr).map(foldKey).join(' ')} `)) continue;
    for (const e of a.expansions.map(words)) {
      for (let i = 0; i + e.length <= wanted.length; i++) {
        if (e.every((w, k) => telexWord(w) === telexWord(wanted[i + k]!)))
          e.forEach((_, k) => {
            satisfied[i + k] = true;
          });
      }
    }
  }
  return satisfied.every(Boolean);
}
