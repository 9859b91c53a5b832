/**
 * The statistics the scripts report (bench, soak, eval-*): percentiles and medians of timings,
 * means of per-query scores, and ratios of counts. Where a figure has no data (no values, a zero
 * denominator) it is NaN, never a made-up 0, so a table shows it as missing.
 */

/**
 * Nearest-rank percentile of values sorted ascending: the smallest value with at least p % of the
 * values at or below it (p50 of 1, 2, 3, 4 is 2; p100 is the largest). NaN when there are none.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Values sorted ascending, as a new array (the input is left as it is). */
export function sortedAscending(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** The nearest-rank median (p50) of values in any order. */
export function median(values: readonly number[]): number {
  return percentile(sortedAscending(values), 50);
}

/** Arithmetic mean; NaN when there are no values. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, x) => sum + x, 0) / values.length;
}

/** part ÷ whole; NaN when the whole is 0. */
export function ratio(part: number, whole: number): number {
  return whole === 0 ? Number.NaN : part / whole;
}

/** True positives, false positives and false negatives of a comparison with a reference. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 (micro, over summed counts); each NaN when its denominator is 0. */
export function precisionRecallF1(c: Counts): { precision: number; recall: number; f1: number } {
  return {
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
  };
}
