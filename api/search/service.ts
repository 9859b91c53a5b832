import type { Meilisearch, MultiSearchQuery } from 'meilisearch';
import type { FacetName } from './filters.js';
import { searchNotice, toSearchHits } from './presentation/index.js';
import {
  buildPlan, fallbackParts, isQuestion, itemWords, MAX_QUERY_TERMS, parseQuery, partOf, withoutInterrogatives,
  type Answered, type ParsedQuery, type QueryPart, type SearchPlan,
} from './query/index.js';
import {
  attemptsFor, countQueries, documentExclusionFilter, HIT_FIELDS, itemQuery, keepInformative, periodCounts, rankedSearch, rankedTerms,
  readCounts, TermStats, type Attempt, type Counts, type PeriodCount, type PeriodRange, type SectionHit, type StrictAttempt,
} from './retrieval/index.js';
import type { SearchParams, SearchResponse } from './types.js';

function sortFor(p: SearchParams, hasText: boolean): string[] | undefined {
  if (p.sort === 'date_desc' || (p.sort === 'relevance' && !hasText)) return ['dateNum:desc'];
  if (p.sort === 'date_asc') return ['dateNum:asc'];
  return undefined;
}

interface Prepared {
  parsed: ParsedQuery;
  question: boolean;
  long: boolean;
  plan: SearchPlan;
}

interface Outcome {
  attempt: Attempt;
  counts: Counts;
  hits: SectionHit[];
  /** Sections that match only once accents are ignored (strict accent-exact attempt). */
  foldedOnly: number;
}

/**
 * Section search over Meilisearch, made for Vietnamese: accent-exact matches (folded ones only when
 * no exact one exists), document numbers through the citation field, abbreviations, long queries
 * ranked on their informative terms, visible fallbacks, disjunctive facets.
 */
export class SearchService {
  private readonly stats = new TermStats();

  constructor(private readonly client: () => Promise<Meilisearch>, private readonly sectionsIndex: string) {}

  /** `withText`: each hit also carries its section's whole text (for the export). */
  async search(p: SearchParams, withText = false): Promise<SearchResponse> {
    const started = performance.now();
    const client = await this.client();
    let prepared = await this.prepare(client, p, 'all');
    let o = await this.answer(client, p, prepared);
    let part: QueryPart = 'all';
    const asked = prepared.parsed.directives;
    const retries = o.counts.total > 0 ? [] : fallbackParts(prepared.parsed, prepared.plan.hasText, prepared.question);
    for (const next of retries) {
      const alt = await this.prepare(client, p, next);
      const retried = await this.answer(client, p, alt);
      if (retried.counts.total > 0) {
        [o, prepared, part] = [retried, alt, next];
        break;
      }
    }
    const { parsed, long, plan } = prepared;
    const unmatched = part === 'words' ? asked : [];
    const wordsSetAside = part === 'numbers' ? parsed.directives : [];
    const fallback = o.counts.total > 0 ? o.attempt.fallback : null;
    return {
      q: p.q, total: o.counts.total, page: p.page, perPage: p.perPage,
      tookMs: Math.round(performance.now() - started),
      hits: toSearchHits(o.hits, plan.items, parsed.directives, withText), facets: o.counts.facets,
      fallback, notice: searchNotice(plan, { fallback, foldedOnly: o.foldedOnly, question: long, unmatchedNumbers: unmatched, numbersWithoutWords: wordsSetAside }),
      interpretation: {
        directives: [...parsed.directives, ...unmatched],
        unmatchedDirectives: unmatched,
        wordsSetAside: wordsSetAside.length > 0,
        abbreviations: plan.items.flatMap((i) => (i.kind === 'abbr' ? [i.abbr.abbr] : [])),
        ignoredTerms: plan.dropped.map((i) => itemWords(i).join(' ')),
      },
    };
  }

  /** The first attempt, strictest first, that finds something (else the last one tried). */
  private async answer(client: Meilisearch, p: SearchParams, { parsed, long, plan }: Prepared): Promise<Outcome> {
    let o: Outcome | null = null;
    for (const attempt of attemptsFor(plan, long)) {
      o = attempt.kind === 'strict' ? await this.strict(client, p, plan, attempt) : await this.ranked(client, p, parsed, plan);
      if (o.counts.total > 0) break;
    }
    return o!;
  }

  /**
   * The query read and planned: questions and long queries go to ranked retrieval. `part` keeps the
   * words without the document-number filters, or the filters without the words.
   */
  private async prepare(client: Meilisearch, p: SearchParams, part: QueryPart): Promise<Prepared> {
    const question = isQuestion(p.q) && parseQuery(p.q).items.length > 2;
    const read = parseQuery(question ? withoutInterrogatives(p.q) : p.q);
    const parsed = partOf(read, part);
    const long = part !== 'numbers' && (question || parsed.items.length > MAX_QUERY_TERMS);
    const built = long ? await this.longPlan(client, parsed) : buildPlan(parsed);
    const docExclusion = p.group === 'document' ? await documentExclusionFilter(client, this.sectionsIndex, parsed.excluded) : [];
    return { parsed, question, long, plan: { ...built, filter: [...built.filter, ...docExclusion] } };
  }

  /**
   * Counts per period of the sections `search(p)` finds, read with the attempt that answered it
   * (its `fallback`, and the part of the query it used), all periods in one multi-search;
   * null when ranked retrieval answered.
   */
  async periodCounts(p: SearchParams, answered: Answered, facet: FacetName, ranges: readonly PeriodRange[]): Promise<PeriodCount[] | null> {
    const { fallback } = answered;
    if (fallback === 'partial') return null; // ranked retrieval: no strict query to count with
    if (ranges.length === 0) return [];
    const client = await this.client();
    const { long, plan } = await this.prepare(client, p, answered.part);
    const attempt = attemptsFor(plan, long).find((a) => a.fallback === fallback);
    if (attempt?.kind !== 'strict') return null;
    return periodCounts(client, this.sectionsIndex, p, plan, attempt, facet, ranges);
  }

  /** A long query keeps its most informative terms (counted in the index) for display; ranking uses all. */
  private async longPlan(client: Meilisearch, parsed: ParsedQuery): Promise<SearchPlan> {
    const terms = rankedTerms(parsed, parsed.items, '');
    const counts = await this.stats.counts(client, this.sectionsIndex, parsed.items.map((i) => itemQuery(terms, i)));
    return buildPlan(parsed, (items) => keepInformative(items, counts));
  }

  /**
   * One multi-search: the first query counts (total, facets) and also returns the page of hits, so
   * Meilisearch matches the query once; then one query per active facet (disjunctive counts) and, in
   * accent-exact mode, a count of what matches only once accents are ignored.
   */
  private async strict(client: Meilisearch, p: SearchParams, plan: SearchPlan, attempt: StrictAttempt): Promise<Outcome> {
    const { queries, names } = countQueries({
      index: this.sectionsIndex, tier: attempt.tier, facets: p, queryFilter: plan.filter, strategy: 'all', group: p.group,
    });
    const sort = sortFor(p, plan.hasText);
    const main: MultiSearchQuery = { ...queries[0]!, page: p.page, hitsPerPage: p.perPage, attributesToRetrieve: HIT_FIELDS, ...(sort ? { sort } : {}) };
    const extra: MultiSearchQuery[] = attempt.tier === plan.exact
      ? [{ ...queries[0]!, facets: [], q: plan.plain.q, attributesToSearchOn: plan.plain.attributesToSearchOn }] : [];
    const res = await client.multiSearch({ queries: [main, ...queries.slice(1), ...extra] });
    const counts = readCounts(res.results.slice(0, names.length), names);
    const loose = extra.length > 0 ? (res.results[names.length]?.totalHits ?? 0) : 0;
    return { attempt, counts, hits: res.results[0]!.hits as SectionHit[], foldedOnly: Math.max(0, loose - counts.total) };
  }

  private async ranked(client: Meilisearch, p: SearchParams, parsed: ParsedQuery, plan: SearchPlan): Promise<Outcome> {
    const terms = rankedTerms(parsed, parsed.items, plan.exclusions.join(' '));
    const res = await rankedSearch({
      client, index: this.sectionsIndex, stats: this.stats, terms, facets: p, queryFilter: plan.filter, group: p.group,
      sort: p.sort === 'relevance' ? undefined : sortFor(p, true),
    }, (p.page - 1) * p.perPage, p.perPage);
    return { attempt: { kind: 'ranked', fallback: 'partial' }, counts: res.counts, hits: res.hits, foldedOnly: 0 };
  }
}
