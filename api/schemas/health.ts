/** /api/health: Meilisearch reachability, indexing state, counts and the last indexing run. */
import { Type } from 'typebox';
import { IndexSummary } from '../../lib/schema/indexing.js';
import { Nullable, type Static } from './common.js';
import { ErrorBody } from './errors.js';

const { indexed, unchanged, removed, failed } = IndexSummary.properties;

export const Health = Type.Object({
  status: Type.String(),
  meilisearch: Type.String(),
  indexing: Type.Boolean(),
  documents: Type.Integer(),
  sections: Type.Integer(),
  searchCache: Type.Object(
    {
      enabled: Type.Boolean(),
      hits: Type.Integer(),
      misses: Type.Integer(),
      hitRate: Type.Number(),
      entries: Type.Integer(),
      bytes: Type.Integer(),
      maxBytes: Type.Integer(),
    },
    {
      description:
        'The cache of search answers and counts since start: hits, misses, hit rate (0–1), entries, estimated bytes held and their bound',
    },
  ),
  lastIndexing: Nullable(Type.Object({ finishedAt: Type.String(), indexed, unchanged, removed, failed })),
});
export type Health = Static<typeof Health>;

export const HealthUnavailable = Type.Object({
  status: Type.String(),
  meilisearch: Type.String(),
  indexing: Type.Boolean(),
  message: Type.String(),
});

/** A 503 is Meilisearch being down, or the back-pressure guard's error JSON ("overloaded") under load. */
export const HealthUnavailableOrOverloaded = Type.Union([HealthUnavailable, ErrorBody]);
export type HealthUnavailable = Static<typeof HealthUnavailable>;
