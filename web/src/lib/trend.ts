/**
 * The trend endpoint's answer, read defensively into one shape for the chart:
 * `{ by, interval, total, undated, places: [{name, total}], periods: [{period, total, places: {name: n}, unknown}] }`.
 */

export const UNKNOWN_PLACE = 'Chưa rõ nơi';

export interface TrendCell {
  place: string;
  period: string;
  count: number;
}

export interface TrendData {
  total: number;
  undated: number;
  /** Places, busiest first; the unknown place (if any) last. */
  places: string[];
  /** Periods in time order, gaps included. */
  periods: string[];
  cells: TrendCell[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

export function readTrend(raw: unknown): TrendData {
  const body = isRecord(raw) ? raw : {};
  const periodsRaw = Array.isArray(body.periods) ? body.periods.filter(isRecord) : [];
  const cells: TrendCell[] = [];
  const totals = new Map<string, number>();
  let unknownTotal = 0;
  const periods = periodsRaw.map((p) => String(p.period ?? p.key ?? ''));
  periodsRaw.forEach((p, i) => {
    const period = periods[i]!;
    for (const [place, n] of Object.entries(isRecord(p.places) ? p.places : {})) {
      if (num(n) <= 0) continue;
      cells.push({ place, period, count: num(n) });
      totals.set(place, (totals.get(place) ?? 0) + num(n));
    }
    if (num(p.unknown) > 0) {
      cells.push({ place: UNKNOWN_PLACE, period, count: num(p.unknown) });
      unknownTotal += num(p.unknown);
    }
  });
  const places = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi')).map(([name]) => name);
  if (unknownTotal > 0) places.push(UNKNOWN_PLACE);
  return { total: num(body.total), undated: num(body.undated), places, periods, cells };
}

/** Count of one place in one period (0 when absent). */
export function cellCount(data: TrendData, place: string, period: string): number {
  return data.cells.find((c) => c.place === place && c.period === period)?.count ?? 0;
}

/** The calendar dates a period covers: 2023 → whole year, 2023-Q3 → Jul–Sep, 2023-09 → September. */
export function periodRange(period: string): { from: string; to: string } | null {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
  let m = /^(\d{4})$/.exec(period);
  if (m) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (m) {
    const y = Number(m[1]);
    const end = Number(m[2]) * 3;
    return { from: `${y}-${pad(end - 2)}-01`, to: `${y}-${pad(end)}-${pad(lastDay(y, end))}` };
  }
  m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) {
    const y = Number(m[1]);
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { from: `${y}-${m[2]}-01`, to: `${y}-${m[2]}-${pad(lastDay(y, month))}` } : null;
  }
  return null;
}
