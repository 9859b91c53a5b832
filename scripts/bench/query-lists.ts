import type { Meilisearch } from 'meilisearch';
import { searchParams, type SearchParams } from '../../api/search/index.js';
import { foldKey } from '../../lib/vietnamese/index.js';
import { Random } from './corpus/random.js';
import type { BenchQuery, FacetPicks } from './queries.js';

const base: SearchParams = searchParams();

/**
 * Two- and three-syllable phrases as they occur in the indexed text (most Vietnamese words are
 * two syllables), read from a sample of sections, deduplicated and shuffled with a fixed seed.
 */
export async function indexPhrases(client: Meilisearch, index: string, seed: number, sample = 600): Promise<string[]> {
  const res = await client
    .index(index)
    .search('', { limit: sample, attributesToRetrieve: ['text'], sort: ['docId:asc'] });
  const seen = new Set<string>();
  for (const hit of res.hits) {
    const words = String(hit.text ?? '')
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 1);
    for (let i = 0; i + 2 < words.length; i += 2) {
      seen.add(`${words[i]} ${words[i + 1]}`);
      if (i % 6 === 0) seen.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
    }
  }
  const random = new Random(seed);
  const out = [...seen];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Distinct queries, every fourth typed without accents: no cache can answer one from another. */
export function distinctQueries(phrases: readonly string[]): BenchQuery[] {
  return phrases.map((p, i) => {
    const q = i % 4 === 3 ? foldKey(p) : p;
    return { label: q, params: { ...base, q } };
  });
}

/**
 * A researcher's session, recorded-style: a query, its pages 2 and 3, a click on a province,
 * grouping by document on then off, and back to the first page.
 */
export function sessionOf(q: string, province: string): BenchQuery[] {
  const first: SearchParams = { ...base, q };
  const clicked: SearchParams = { ...first, province: [province] };
  return [
    { label: `${q} · page 1`, params: first },
    { label: `${q} · page 2`, params: { ...first, page: 2 } },
    { label: `${q} · page 3`, params: { ...first, page: 3 } },
    { label: `${q} · province=${province}`, params: clicked },
    { label: `${q} · province=${province} · group=document`, params: { ...clicked, group: 'document' } },
    { label: `${q} · province=${province} · group=section`, params: clicked },
    { label: `${q} · back to page 1`, params: first },
  ];
}

/** Sessions over distinct queries, the province clicked taken in turn from the commonest ones. */
export function sessions(phrases: readonly string[], picks: FacetPicks): BenchQuery[][] {
  const provinces = picks.provinces.slice(0, 5);
  return phrases.map((p, i) => sessionOf(p, provinces[i % Math.max(1, provinces.length)] ?? 'Hà Nội'));
}
