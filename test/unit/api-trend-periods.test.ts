import { describe, expect, it } from 'vitest';
import {
  clip,
  monthPeriod,
  monthsOfQuarter,
  periodsBetween,
  quarterPeriod,
  yearPeriod,
} from '../../api/trend/periods.js';
import { mapLimit } from '../../lib/map-limit.js';
import { placeTotals } from '../../api/trend/service.js';

describe('periods', () => {
  it('name periods like the section fields year, quarter and month', () => {
    expect(yearPeriod(2023)).toEqual({ period: '2023', from: '2023-01-01', to: '2023-12-31' });
    expect(quarterPeriod(2023, 3)).toEqual({ period: '2023-Q3', from: '2023-07-01', to: '2023-09-30' });
    expect(monthPeriod(2024, 2)).toEqual({ period: '2024-02', from: '2024-02-01', to: '2024-02-29' });
    expect(monthPeriod(2023, 2).to).toBe('2023-02-28');
    expect(monthsOfQuarter(2023, 4).map((p) => p.period)).toEqual(['2023-10', '2023-11', '2023-12']);
  });

  it('lists every period between two years', () => {
    expect(periodsBetween(2022, 2023, 'year').map((p) => p.period)).toEqual(['2022', '2023']);
    expect(periodsBetween(2022, 2023, 'quarter')).toHaveLength(8);
    const months = periodsBetween(2022, 2023, 'month');
    expect(months).toHaveLength(24);
    expect(months[0]!.period).toBe('2022-01');
    expect(months[23]!.period).toBe('2023-12');
  });

  it('clips a period to a date range', () => {
    const q3 = quarterPeriod(2023, 3);
    expect(clip(q3, null, null)).toEqual({ from: '2023-07-01', to: '2023-09-30' });
    expect(clip(q3, '2023-08-15', null)).toEqual({ from: '2023-08-15', to: '2023-09-30' });
    expect(clip(q3, '2023-01-01', '2023-07-10')).toEqual({ from: '2023-07-01', to: '2023-07-10' });
    expect(clip(q3, '2023-10-01', null)).toBeNull();
    expect(clip(q3, null, '2023-06-30')).toBeNull();
  });
});

describe('placeTotals', () => {
  it('sums places over periods, largest first', () => {
    const p = (places: Record<string, number>) => ({ ...yearPeriod(2023), total: 0, unknown: 0, places });
    expect(placeTotals([p({ 'Trà Cú': 2, 'Cái Nước': 1 }), p({ 'Cái Nước': 3 })])).toEqual([
      { name: 'Cái Nước', total: 4 },
      { name: 'Trà Cú', total: 2 },
    ]);
  });
});

describe('mapLimit', () => {
  it('keeps the order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapLimit([5, 1, 4, 2, 3, 0], 2, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setImmediate(r));
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 0]);
    expect(peak).toBe(2);
  });
});
