import { queryPartOf, type Answered, type SearchService } from '../search/index.js';
import type { SearchParams } from '../schemas/search.js';
import type { TrendPeriod, TrendResponse } from '../schemas/trend.js';
import {
  clip,
  monthsOfQuarter,
  periodsBetween,
  quarterPeriod,
  yearPeriod,
  type Interval,
  type Period,
} from './periods.js';
import type { TrendBy } from '../../lib/schema/literals.js';
import { mapLimit } from '../../lib/map-limit.js';

export type TrendFilters = Omit<SearchParams, 'page' | 'perPage' | 'group' | 'sort'>;

const PARALLEL = 4;
const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);

/**
 * Counts of matching sections per place and period. Every count comes from the search service
 * (one search per period, read from its facets), so the trend counts exactly what /api/search finds.
 */
export class TrendService {
  constructor(private readonly search: SearchService) {}

  /** Total and place counts of the matching sections dated within one period. */
  private async count(f: TrendFilters, by: TrendBy, p: Period): Promise<TrendPeriod> {
    const range = clip(p, f.from, f.to);
    if (!range) return emptyPeriod(p);
    const res = await this.search.search(
      { ...f, ...range, page: 1, perPage: 1, group: 'section', sort: 'relevance' },
      { notice: false },
    );
    return trendPeriod(p, res.total, res.facets[by] ?? {}, f[by]);
  }

  /** Every period in one multi-search (null when the query was answered by ranked retrieval). */
  private async countAtOnce(
    p: SearchParams,
    answered: Answered,
    by: TrendBy,
    periods: Period[],
  ): Promise<TrendPeriod[] | null> {
    const ranges = periods.map((period) => clip(period, p.from, p.to));
    const wanted = ranges.flatMap((r) => (r ? [r] : []));
    const counts = await this.search.periodCounts(p, answered, by, wanted);
    if (!counts) return null;
    let next = 0;
    return periods.map((period, i) => {
      if (!ranges[i]) return emptyPeriod(period);
      const c = counts[next++]!;
      return trendPeriod(period, c.total, c.values, p[by]);
    });
  }

  async trend(f: TrendFilters, by: TrendBy, interval: Interval): Promise<TrendResponse> {
    const overall = await this.search.search(
      { ...f, page: 1, perPage: 1, group: 'section', sort: 'relevance' },
      { notice: false },
    );
    const years = Object.keys(overall.facets.year ?? {})
      .map(Number)
      .filter(Number.isInteger)
      .sort((a, b) => a - b);
    const counted = new Map<string, TrendPeriod>();
    const search = { ...f, page: 1, perPage: 1, group: 'section' as const, sort: 'relevance' as const };
    const answered: Answered = { fallback: overall.fallback ?? null, part: queryPartOf(overall) };
    const countAll = async (periods: Period[]): Promise<TrendPeriod[]> => {
      const done =
        (await this.countAtOnce(search, answered, by, periods)) ??
        (await mapLimit(periods, PARALLEL, (p) => this.count(f, by, p)));
      for (const d of done) counted.set(d.period, d);
      return done;
    };
    if (interval === 'year') await countAll(years.map(yearPeriod));
    else {
      const quarters = await countAll(years.flatMap((y) => [1, 2, 3, 4].map((q) => quarterPeriod(y, q))));
      if (interval === 'month') {
        await countAll(
          quarters
            .filter((q) => q.total > 0)
            .flatMap((q) => monthsOfQuarter(Number(q.period.slice(0, 4)), Number(q.period.slice(-1)))),
        );
      }
    }
    const all = years.length ? periodsBetween(years[0]!, years[years.length - 1]!, interval) : [];
    const filled = all.map((p) => counted.get(p.period) ?? emptyPeriod(p));
    const first = filled.findIndex((p) => p.total > 0);
    const last = filled.findLastIndex((p) => p.total > 0);
    const periods = first < 0 ? [] : filled.slice(first, last + 1);
    return {
      q: f.q,
      by,
      interval,
      total: overall.total,
      undated: Math.max(0, overall.total - sum(overall.facets.year ?? {})),
      places: placeTotals(periods),
      periods,
    };
  }
}

const emptyPeriod = (p: Period): TrendPeriod => ({ ...p, total: 0, places: {}, unknown: 0 });

/**
 * A period's counts from its total and the place facet. The facet of a filtered field may be
 * disjunctive (it ignores its own filter): only the selected places are kept.
 */
function trendPeriod(
  p: Period,
  total: number,
  facet: Record<string, number>,
  selected: readonly string[],
): TrendPeriod {
  const keep = selected.length > 0 ? new Set(selected) : null;
  const places = Object.fromEntries(Object.entries(facet).filter(([name, n]) => n > 0 && (!keep || keep.has(name))));
  return { ...p, total, places, unknown: Math.max(0, total - sum(places)) };
}

/** Each place's total over all periods, largest first. */
export function placeTotals(periods: readonly TrendPeriod[]): { name: string; total: number }[] {
  const totals = new Map<string, number>();
  for (const p of periods)
    for (const [name, n] of Object.entries(p.places)) totals.set(name, (totals.get(name) ?? 0) + n);
  return [...totals]
    .map(([name, total]) => ({ name, total }))
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'vi'));
}
