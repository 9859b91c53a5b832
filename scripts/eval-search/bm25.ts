/**
 * Plain Okapi BM25 over syllables (lower-cased, accents kept, no other processing): the baseline
 * system (c) of the evaluation, written here so that nothing of the product's search is in it.
 */

export const syllables = (text: string): string[] =>
  text
    .normalize('NFC')
    .toLowerCase()
    .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

export interface Bm25Doc {
  id: string;
  text: string;
}

export class Bm25 {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: number[] = [];
  private readonly ids: string[] = [];
  private readonly avgdl: number;

  constructor(
    docs: readonly Bm25Doc[],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    docs.forEach((d, n) => {
      const tokens = syllables(d.text);
      this.ids.push(d.id);
      this.lengths.push(tokens.length);
      const tf = new Map<string, number>();
      for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [t, f] of tf) {
        if (!this.postings.has(t)) this.postings.set(t, []);
        this.postings.get(t)!.push({ doc: n, tf: f });
      }
    });
    this.avgdl = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length);
  }

  /** Ids of the best `k` documents for the query, best first. */
  search(query: string, k = 10): string[] {
    const scores = new Map<number, number>();
    const n = this.ids.length;
    for (const term of new Set(syllables(query))) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const { doc, tf } of list) {
        const norm = (tf * (this.k1 + 1)) / (tf + this.k1 * (1 - this.b + (this.b * this.lengths[doc]!) / this.avgdl));
        scores.set(doc, (scores.get(doc) ?? 0) + idf * norm);
      }
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, k)
      .map(([doc]) => this.ids[doc]!);
  }
}
