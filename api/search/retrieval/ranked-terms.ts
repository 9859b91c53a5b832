import { foldKey, hasDiacritics, telexWord } from '../../../lib/vietnamese/index.js';
import { itemWords, wordsOf, type ParsedQuery, type QueryItem, type TierQuery } from '../query/index.js';

/**
 * The words of a query for ranked retrieval (a question typed in full, or a query no section
 * matches entirely). A query typed with diacritics is compared accent-exactly (telex forms on the
 * telex field); one typed without, on folded text.
 */
export interface RankedTerms {
  exact: boolean;
  /** Term forms in query order (repeats kept: consecutive pairs make the bigrams). */
  sequence: string[];
  /** Attributes a term query searches. */
  on: string[];
  /** The `-word` exclusions, appended to every retrieval query. */
  exclusions: string;
}

const TELEX_ON = ['textTelex'];
const VISIBLE_ON = ['heading', 'text'];

function wordsForRanking(item: QueryItem): string[] {
  if (item.kind !== 'abbr') return itemWords(item);
  return [...wordsOf(item.abbr.abbr), ...item.abbr.expansions.flatMap(wordsOf)];
}

/** `exact` forces the comparison (the strict attempts know whether they matched accents exactly). */
export function rankedTerms(
  parsed: ParsedQuery,
  items: readonly QueryItem[],
  exclusions: string,
  exactOverride?: boolean,
): RankedTerms {
  const words = items.flatMap(wordsForRanking);
  const exact =
    exactOverride ??
    (items.some((i) => (i.kind === 'abbr' ? i.accented : itemWords(i).some(hasDiacritics))) ||
      parsed.excluded.some((w) => w.some(hasDiacritics)));
  const sequence = words.map((w) => (exact ? telexWord(w) : foldKey(w))).filter((w) => w !== '');
  return { exact, sequence, on: exact ? TELEX_ON : VISIBLE_ON, exclusions };
}

/** The Meilisearch query counting the sections that hold one term (or one bigram, as a phrase). */
export function termQuery(t: RankedTerms, term: string): TierQuery {
  return { q: term.includes(' ') ? `"${term}" ` : `${term} `, attributesToSearchOn: t.on };
}

/** Distinct consecutive pairs of the sequence ("ma túy", "túy 18" …). */
export function bigramsOf(sequence: readonly string[]): string[] {
  return [...new Set(sequence.slice(1).map((t, i) => `${sequence[i]} ${t}`))];
}

const NUMBER = /^\d+$/;

/**
 * The terms in the order they lead retrieval rotations: words rarest first, then numbers rarest
 * first. A number in a question is rare (high IDF) but is usually a date or a detail of the case
 * asked about ("sinh ngày 03/10/2003"), which the answering text does not hold; a rotation only
 * returns sections holding its lead, so number leads crowded out the answer (ALQAC 2023 test:
 * 5 of 140 questions lost it from the candidates, 1 after this order). Numbers still rank (BM25).
 */
export function wordsBeforeNumbers(rarestFirst: readonly string[]): string[] {
  return [...rarestFirst.filter((t) => !NUMBER.test(t)), ...rarestFirst.filter((t) => NUMBER.test(t))];
}

/** Retrieval rotations: the R rarest terms each lead one query of the rarer-first terms. */
export const ROTATIONS = 5;
const MAX_TERMS = 10;

/** A retrieval query and its weight in the federated merge. */
export interface Rotation extends TierQuery {
  weight: number;
}

/**
 * Queries whose union holds every section with one of the R rarest terms; each ranks first the
 * sections that also hold the next rarest ones (Meilisearch's "last" strategy drops words from the
 * end). A rotation led by a commoner term weighs less in the merge, by the ratio of the terms' IDF
 * (measured on Zalo: equal weights let common-led rotations crowd out the answer, 254 → 270 of 300
 * questions with the answer in the top 5).
 */
export function rotationQueries(
  t: RankedTerms,
  rarestFirst: readonly string[],
  idfOf: (term: string) => number,
  rotations = ROTATIONS,
): Rotation[] {
  const out: Rotation[] = [];
  const top = idfOf(rarestFirst[0] ?? '') || 1;
  for (let j = 0; j < Math.min(rotations, rarestFirst.length); j++) {
    const q = [...rarestFirst.slice(j, j + MAX_TERMS), t.exclusions].filter(Boolean).join(' ');
    out.push({ q: `${q} `, attributesToSearchOn: t.on, weight: Math.max(0.01, idfOf(rarestFirst[j]!) / top) });
  }
  return out;
}

/**
 * Up to `cap` distinct ids from ranked lists, each list in its own order and contributing in
 * proportion to its weight (the next id comes from the list with the fewest taken per weight);
 * a list that runs out leaves its share to the others.
 */
export function interleave(lists: readonly (readonly string[])[], weights: readonly number[], cap: number): string[] {
  const out = new Set<string>();
  const next = lists.map(() => 0);
  const taken = lists.map(() => 0);
  while (out.size < cap) {
    let pick = -1;
    lists.forEach((l, j) => {
      if (next[j]! < l.length && (pick < 0 || (taken[j]! + 1) / weights[j]! < (taken[pick]! + 1) / weights[pick]!))
        pick = j;
    });
    if (pick < 0) break;
    const id = lists[pick]![next[pick]!++]!;
    if (!out.has(id)) {
      out.add(id);
      taken[pick]!++;
    }
  }
  return [...out];
}
