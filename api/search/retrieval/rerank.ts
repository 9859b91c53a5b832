/**
 * Okapi BM25 over syllables plus a bigram term: consecutive query syllables found consecutively
 * (Vietnamese words are mostly two syllables: "ma túy", "cai nghiện") count as terms of their own.
 * Used to order the candidates of ranked retrieval; the statistics (how many sections hold each
 * term, and how many sections there are) come from the index.
 */

const K1 = 1.2;
const B = 0.75;
/** Weight of a bigram against a single syllable (tuned on ALQAC 2023 train: 0.5–1 beat plain BM25). */
export const BIGRAM_WEIGHT = 1;

export interface Candidate {
  id: string;
  /** The section's tokens in the form the terms use (telex or folded); '' breaks bigrams. */
  tokens: string[];
}

export interface TermStatistics {
  sections: number;
  /** Sections holding each term and each bigram ("a b"). */
  count: ReadonlyMap<string, number>;
}

/** Okapi's inverse document frequency of a term held by `df` of `n` sections. */
export const idf = (n: number, df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));

function frequencies(
  tokens: readonly string[],
  wanted: ReadonlySet<string>,
  bigrams: ReadonlySet<string>,
): Map<string, number> {
  const tf = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (wanted.has(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
    // A bigram is made of query terms: only then is the pair worth building.
    if (i > 0 && wanted.has(t) && wanted.has(tokens[i - 1]!)) {
      const pair = `${tokens[i - 1]} ${t}`;
      if (bigrams.has(pair)) tf.set(pair, (tf.get(pair) ?? 0) + 1);
    }
  }
  return tf;
}

/** Candidate ids, best first (ties keep the retrieval order). */
export function rerank(
  candidates: readonly Candidate[],
  terms: readonly string[],
  bigrams: readonly string[],
  stats: TermStatistics,
): string[] {
  const wanted = new Set(terms.filter((t) => (stats.count.get(t) ?? 0) > 0));
  const pairs = new Set(bigrams.filter((b) => (stats.count.get(b) ?? 0) > 0));
  const length = (c: Candidate): number => c.tokens.filter((t) => t !== '').length;
  const avg = candidates.reduce((s, c) => s + length(c), 0) / Math.max(1, candidates.length) || 1;
  const scored = candidates.map((c, order) => {
    let score = 0;
    const norm = K1 * (1 - B + (B * length(c)) / avg);
    for (const [term, f] of frequencies(c.tokens, wanted, pairs)) {
      const weight = term.includes(' ') ? BIGRAM_WEIGHT : 1;
      score += weight * idf(stats.sections, stats.count.get(term) ?? 0) * ((f * (K1 + 1)) / (f + norm));
    }
    return { id: c.id, score, order };
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.id);
}
