/** Calendar periods for trend counts: "2023", "2023-Q3", "2023-09", each with its inclusive date range. */

import type { TrendPeriod } from '../schemas/trend.js';
import type { TrendInterval } from '../../lib/schema/literals.js';

export type Interval = TrendInterval;

/** A period's name and its first and last day. */
export type Period = Pick<TrendPeriod, 'period' | 'from' | 'to'>;

const pad = (n: number): string => String(n).padStart(2, '0');

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function yearPeriod(year: number): Period {
  return { period: String(year), from: `${year}-01-01`, to: `${year}-12-31` };
}

export function quarterPeriod(year: number, q: number): Period {
  const endMonth = q * 3;
  return {
    period: `${year}-Q${q}`,
    from: `${year}-${pad(endMonth - 2)}-01`,
    to: `${year}-${pad(endMonth)}-${pad(lastDay(year, endMonth))}`,
  };
}

export function monthPeriod(year: number, month: number): Period {
  return {
    period: `${year}-${pad(month)}`,
    from: `${year}-${pad(month)}-01`,
    to: `${year}-${pad(month)}-${pad(lastDay(year, month))}`,
  };
}

/** The months of a quarter. */
export function monthsOfQuarter(year: number, q: number): Period[] {
  return [1, 2, 3].map((i) => monthPeriod(year, (q - 1) * 3 + i));
}

/** Every period of an interval from the first year to the last, in order. */
export function periodsBetween(firstYear: number, lastYear: number, interval: Interval): Period[] {
  const out: Period[] = [];
  for (let y = firstYear; y <= lastYear; y++) {
    if (interval === 'year') out.push(yearPeriod(y));
    else if (interval === 'quarter') for (let q = 1; q <= 4; q++) out.push(quarterPeriod(y, q));
    else for (let m = 1; m <= 12; m++) out.push(monthPeriod(y, m));
  }
  return out;
}

/** The part of a period inside [from, to] (ISO dates compare as strings); null when they do not meet. */
export function clip(p: Period, from: string | null, to: string | null): { from: string; to: string } | null {
  const start = from && from > p.from ? from : p.from;
  const end = to && to < p.to ? to : p.to;
  return start <= end ? { from: start, to: end } : null;
}
