import type { SearchPlan, TierQuery } from '../query/index.js';
import type { Fallback } from '../types.js';

/** One strict way to run the query: every word must match. */
export interface StrictAttempt {
  kind: 'strict';
  /** The query; its matches are counted and listed. */
  tier: TierQuery;
  fallback: Fallback | null;
}

/** Ranked retrieval: sections with most of the words, best first (see ranked.ts). */
export interface RankedAttempt {
  kind: 'ranked';
  fallback: 'partial';
}

export type Attempt = StrictAttempt | RankedAttempt;

/**
 * The strictest reading first: accent-exact words without typos; then, only when that finds nothing,
 * folded accents; then typos on long words; then sections with most (not all) of the words.
 * A question typed in full goes straight to ranked retrieval.
 */
export function attemptsFor(plan: SearchPlan, long: boolean): Attempt[] {
  const ranked: RankedAttempt = { kind: 'ranked', fallback: 'partial' };
  if (long) return [ranked];
  const out: Attempt[] = [];
  if (plan.exact) out.push({ kind: 'strict', tier: plan.exact, fallback: null });
  out.push({ kind: 'strict', tier: plan.plain, fallback: plan.exact ? 'accents' : null });
  if (plan.typos) out.push({ kind: 'strict', tier: plan.typos, fallback: 'typos' });
  if (plan.items.length > 1) out.push(ranked);
  return out;
}
