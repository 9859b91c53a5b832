import { describe, expect, it } from 'vitest';
import { mean, median, percentile, precisionRecallF1, ratio, sortedAscending } from '../../scripts/shared/stats.js';
import { keyValueTable, markdownTable, percent } from '../../scripts/shared/table.js';

describe('scripts/shared/stats', () => {
  it('percentile is the nearest rank of sorted values', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect([0, 10, 50, 90, 95, 99, 100].map((p) => percentile(ten, p))).toEqual([1, 1, 5, 9, 10, 10, 10]);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('median sorts a copy and leaves its input as it was', () => {
    const values = [30, 10, 20];
    expect(median(values)).toBe(20);
    expect(values).toEqual([30, 10, 20]);
    expect(sortedAscending([10, 9, 100, 1])).toEqual([1, 9, 10, 100]);
    expect(median([])).toBeNaN();
  });

  it('mean and ratio say NaN where there is nothing to divide by', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([])).toBeNaN();
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(0, 0)).toBeNaN();
    expect(ratio(5, 0)).toBeNaN();
  });

  it('precision, recall and F1 of counts', () => {
    expect(precisionRecallF1({ tp: 8, fp: 2, fn: 8 })).toEqual({ precision: 0.8, recall: 0.5, f1: 16 / 26 });
    expect(precisionRecallF1({ tp: 0, fp: 3, fn: 1 })).toEqual({ precision: 0, recall: 0, f1: 0 });
    const none = precisionRecallF1({ tp: 0, fp: 0, fn: 0 });
    expect([none.precision, none.recall, none.f1].every(Number.isNaN)).toBe(true);
  });
});

describe('scripts/shared/table', () => {
  it('pads a Markdown table to its widest cells', () => {
    expect(markdownTable(['a', 'long header'], [['wide cell', 'x']])).toBe(
      '| a         | long header |\n|-----------|-------------|\n| wide cell | x           |',
    );
  });

  it('aligns named figures and shows missing percentages as a dash', () => {
    expect(
      keyValueTable([
        ['requests', '10'],
        ['p50', '3 ms'],
      ]),
    ).toBe('requests  10\np50       3 ms');
    expect(percent(0.12345, 2)).toBe('12.35%');
    expect(percent(Number.NaN)).toBe('—');
  });
});
