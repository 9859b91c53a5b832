import type { Meilisearch } from 'meilisearch';
import { answer } from './answer.js';
import { AnswerCache, type CacheStats } from './answer-cache.js';
import { searchKey } from './cache-key.js';
import type { FacetName } from './filters.js';
import { IndexVersion } from './index-version.js';
import { prepare, type SearchContext } from './prepare.js';
import { searchNotice, toSearchHits } from './presentation/index.js';
import { fallbackParts, itemWords, type Answered, type QueryPart } from './query/index.js';
import { attemptsFor, periodCounts, TermStats, type PeriodCount, type PeriodRange } from './retrieval/index.js';
import type { SearchParams, SearchResponse } from './types.js';

/** What a caller needs of an answer beyond the hits and counts. */
export interface SearchOptions {
  /** Each hit also carries its section's whole text (for the export). */
  withText?: boolean;
  /** The count of sections matching only without accents, for the notice (default true; the UI shows it). */
  notice?: boolean;
}

export interface SearchServiceOptions {
  /** The answers and counts kept (default: none kept). */
  cache?: AnswerCache;
  /** The index version the cache keys carry (default: unknown, so nothing is cached). */
  version?: IndexVersion;
}

/**
 * Section search over Meilisearch, made for Vietnamese: accent-exact matches (folded ones only when
 * no exact one exists), document numbers through the citation field, abbreviations, long queries
 * ranked on their informative terms, visible fallbacks, disjunctive facets.
 *
 * The pipeline: the query read and planned (`query/`, through `prepare`), its attempts run strictest
 * first (`retrieval/`, through `answer`), the sections found turned into hits (`presentation/`).
 * Whole answers, and the counts behind them, are cached per index version (`AnswerCache`).
 */
export class SearchService {
  private readonly stats = new TermStats();
  private readonly cache: AnswerCache;
  private readonly version: IndexVersion;

  constructor(
    private readonly client: () => Promise<Meilisearch>,
    private readonly sectionsIndex: string,
    options: SearchServiceOptions = {},
  ) {
    this.cache = options.cache ?? new AnswerCache({ enabled: false, maxBytes: 1 });
    this.version = options.version ?? new IndexVersion(async () => null);
  }

  async search(p: SearchParams, options: SearchOptions = {}): Promise<SearchResponse> {
    const started = performance.now();
    const withText = options.withText ?? false;
    const notice = options.notice ?? true;
    const version = await this.version.current();
    // Pages with each section's whole text (an export reads each once) would only push out the
    // answers worth keeping: they reuse the counts, not the answer cache.
    const kind = notice ? 'hits+notice' : 'hits';
    const key = version === null || withText ? null : `${version}\u0000${searchKey(kind, p)}`;
    const res = await this.cache.memo(key, () => this.compute(p, version, withText, notice));
    return { ...res, tookMs: Math.round(performance.now() - started) };
  }

  private async compute(
    p: SearchParams,
    version: string | null,
    withText: boolean,
    notice: boolean,
  ): Promise<SearchResponse> {
    const c = await this.context(version);
    let prepared = await prepare(c, p, 'all');
    let o = await answer(c, p, prepared, notice);
    let part: QueryPart = 'all';
    const asked = prepared.parsed.directives;
    const retries = o.counts.total > 0 ? [] : fallbackParts(prepared.parsed, prepared.plan.hasText, prepared.question);
    for (const next of retries) {
      const alt = await prepare(c, p, next);
      const retried = await answer(c, p, alt, notice);
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
      q: p.q,
      total: o.counts.total,
      page: p.page,
      perPage: p.perPage,
      tookMs: 0,
      hits: toSearchHits(o.hits, plan.items, parsed.directives, withText),
      facets: o.counts.facets,
      fallback,
      notice: searchNotice(plan, {
        fallback,
        foldedOnly: o.foldedOnly,
        question: long,
        unmatchedNumbers: unmatched,
        numbersWithoutWords: wordsSetAside,
      }),
      interpretation: {
        directives: [...parsed.directives, ...unmatched],
        unmatchedDirectives: unmatched,
        wordsSetAside: wordsSetAside.length > 0,
        abbreviations: plan.items.flatMap((i) => (i.kind === 'abbr' ? [i.abbr.abbr] : [])),
        ignoredTerms: plan.dropped.map((i) => itemWords(i).join(' ')),
      },
    };
  }

  /**
   * Counts per period of the sections `search(p)` finds, read with the attempt that answered it
   * (its `fallback`, and the part of the query it used), all periods in one multi-search;
   * null when ranked retrieval answered.
   */
  async periodCounts(
    p: SearchParams,
    answered: Answered,
    facet: FacetName,
    ranges: readonly PeriodRange[],
  ): Promise<PeriodCount[] | null> {
    const { fallback } = answered;
    if (fallback === 'partial') return null; // ranked retrieval: no strict query to count with
    if (ranges.length === 0) return [];
    const c = await this.context(await this.version.current());
    const { long, plan } = await prepare(c, p, answered.part);
    const attempt = attemptsFor(plan, long).find((a) => a.fallback === fallback);
    if (attempt?.kind !== 'strict') return null;
    return periodCounts(c, p, plan, attempt, facet, ranges);
  }

  /** Hits, misses and size of the cache (for /api/health). */
  cacheStats(): CacheStats {
    return this.cache.stats();
  }

  /** The indexes changed (the product indexed or corrected something): cached answers no longer apply. */
  indexChanged(): void {
    this.version.bump();
  }

  private async context(version: string | null): Promise<SearchContext> {
    return {
      client: await this.client(),
      index: this.sectionsIndex,
      stats: this.stats,
      cache: this.cache.scoped(version),
    };
  }
}
