/** Ranking metrics over one query's ranked ids and its judgements (id → grade, 0 = not relevant). */

export function ndcgAt(ranked: readonly string[], grades: ReadonlyMap<string, number>, k = 10): number {
  const gain = (g: number): number => 2 ** g - 1;
  const dcg = ranked.slice(0, k).reduce((sum, id, i) => sum + gain(grades.get(id) ?? 0) / Math.log2(i + 2), 0);
  const ideal = [...grades.values()]
    .filter((g) => g > 0)
    .sort((a, b) => b - a)
    .slice(0, k);
  const idcg = ideal.reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
  return idcg === 0 ? 0 : dcg / idcg;
}

export function precisionAt(ranked: readonly string[], grades: ReadonlyMap<string, number>, k = 10): number {
  return ranked.slice(0, k).filter((id) => (grades.get(id) ?? 0) > 0).length / k;
}

export function recallAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) return 0;
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / relevant.size;
}

export function mrrAt(ranked: readonly string[], relevant: ReadonlySet<string>, k = 10): number {
  const i = ranked.slice(0, k).findIndex((id) => relevant.has(id));
  return i < 0 ? 0 : 1 / (i + 1);
}
