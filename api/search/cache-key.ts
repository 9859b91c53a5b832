import { FILTER_KEYS } from '../../lib/schema/literals.js';
import type { SearchParams } from './types.js';

const sorted = (values: readonly string[]): string[] => [...new Set(values)].sort();

/**
 * The request as the cache keys it: validated parameters in a fixed order, each filter's values
 * (every filter of the literal list, so a new one cannot be left out of the key) deduplicated and sorted (`IN [a, b]` and `IN [b, a]` match the same sections). The query text
 * stays as typed: the answer echoes it. `kind` tells apart what is cached for the same request
 * (a whole answer, an answer with each section's text, ...).
 */
export function searchKey(kind: string, p: SearchParams): string {
  return JSON.stringify([
    kind,
    p.q,
    p.page,
    p.perPage,
    p.group,
    p.sort,
    ...FILTER_KEYS.map((k) => sorted(p[k])),
    p.from ?? null,
    p.to ?? null,
    p.ocr ?? null,
  ]);
}

/** A key for any JSON-able description of a Meilisearch request (counts, facet distributions). */
export function requestKey(kind: string, request: unknown): string {
  return JSON.stringify([kind, request]);
}
