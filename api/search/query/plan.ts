import { plainForm } from '../../../lib/search/abbreviations.js';
import { hasDiacritics, telexText, telexWord } from '../../../lib/vietnamese/index.js';
import { quoteFilterValue } from '../filters.js';
import { wordsOf, type ParsedQuery, type QueryItem } from './parsed-query.js';

/** Meilisearch reads at most this many terms of a query; the rest is silently dropped. */
export const MAX_QUERY_TERMS = 10;

/** One Meilisearch query of the plan. */
export interface TierQuery {
  q: string;
  attributesToSearchOn: string[];
}

/**
 * How a parsed query runs on the sections index: an accent-exact query on the telex field
 * (only when the user typed diacritics) ranked above the plain query, which Meilisearch matches
 * on folded text. Document numbers become filters on the citation field.
 */
export interface SearchPlan {
  /** Accent-exact query (telex field); null when the user typed no diacritics. */
  exact: TierQuery | null;
  /** The query on folded text, without typos. */
  plain: TierQuery;
  /** The plain query with Meilisearch's typo tolerance (long words only); null when it is the same. */
  typos: TierQuery | null;
  /** Filter expressions AND-ed with the facet filters. */
  filter: string[];
  /** The items searched (after dropping uninformative terms of long queries). */
  items: QueryItem[];
  /** Items left out of a long query. */
  dropped: QueryItem[];
  /** The `-word` exclusions as query syntax. */
  exclusions: string[];
  /** True when there is text to search (else the query is a pure filter, sorted by date). */
  hasText: boolean;
}

const VISIBLE = ['heading', 'text'];
const TELEX = 'textTelex';

const quote = (words: readonly string[]): string => `"${words.join(' ')}"`;
const accented = (words: readonly string[]): boolean => words.some(hasDiacritics);

/** Words from this length get one typo in Meilisearch (settings); quoting a word turns typos off. */
const TYPO_MIN_LENGTH = 8;
const noTypo = (word: string): string => ([...word].length >= TYPO_MIN_LENGTH ? `"${word}"` : word);

/** A word or phrase as the plain query writes it: an accented phrase must match exactly (telex field). */
function plainTerm(item: QueryItem, typos: boolean): string {
  if (item.kind === 'word') return typos ? item.text : noTypo(item.text);
  if (item.kind === 'abbr') return plainForm(item.abbr.abbr);
  return accented(item.words) ? quote(item.words.map(telexWord)) : quote(item.words);
}

/** Accented words in telex (matched on the telex field only); unaccented ones match any accent. */
function exactTerm(item: QueryItem): string {
  if (item.kind === 'word') return hasDiacritics(item.text) ? telexWord(item.text) : noTypo(item.text);
  if (item.kind === 'abbr') return telexText(item.abbr.abbr);
  return accented(item.words) ? quote(item.words.map(telexWord)) : quote(item.words);
}

/** `-word`: with accents, exactly that word (telex field); without, every accent form. */
function exclusion(words: readonly string[]): string {
  const encoded = accented(words) ? words.map(telexWord) : words.map((w) => w.toLowerCase());
  return encoded.length === 1 ? `-${encoded[0]}` : `-${quote(encoded)}`;
}

/** A trailing space keeps Meilisearch from prefix-matching the last word ("Cú" must not find "của"). */
const finish = (parts: string[]): string => (parts.length === 0 ? '' : `${parts.join(' ')} `);

export function itemWords(item: QueryItem): string[] {
  if (item.kind === 'word') return [item.text];
  if (item.kind === 'phrase') return item.words;
  return wordsOf(item.abbr.abbr);
}

export function buildPlan(parsed: ParsedQuery, keep: (items: QueryItem[]) => QueryItem[] = (i) => i): SearchPlan {
  const items = keep(parsed.items);
  const dropped = parsed.items.filter((i) => !items.includes(i));
  const exclusions = parsed.excluded.map(exclusion);
  const hasText = items.length > 0 || exclusions.length > 0;
  const typedAccents = items.some((i) => (i.kind === 'abbr' ? i.accented : accented(itemWords(i))));
  const plainNeedsTelex = items.some((i) => i.kind === 'phrase' && accented(i.words)) || parsed.excluded.some(accented);
  const plainOn = plainNeedsTelex ? [...VISIBLE, TELEX] : VISIBLE;
  const plain: TierQuery = {
    q: finish([...items.map((i) => plainTerm(i, false)), ...exclusions]),
    attributesToSearchOn: plainOn,
  };
  const typosQ = finish([...items.map((i) => plainTerm(i, true)), ...exclusions]);
  const typos: TierQuery | null = typosQ === plain.q ? null : { q: typosQ, attributesToSearchOn: plainOn };
  // Unaccented words of an accented query match any accent: the exact query then also searches the visible text.
  const exactNeedsVisible =
    parsed.excluded.some((w) => !accented(w)) || items.some((i) => i.kind !== 'abbr' && !accented(itemWords(i)));
  const exact: TierQuery | null = typedAccents
    ? {
        q: finish([...items.map(exactTerm), ...exclusions]),
        attributesToSearchOn: exactNeedsVisible ? [TELEX, ...VISIBLE] : [TELEX],
      }
    : null;
  // Sections citing the number, and the opening section of the document that carries it as its own.
  const filter = parsed.directives.map((key) => {
    const k = quoteFilterValue(key);
    return `(directives = ${k} OR (ownKey = ${k} AND order = 0))`;
  });
  return { exact, plain, typos, filter, items, dropped, exclusions, hasText };
}
