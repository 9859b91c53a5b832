/** /api/health: Meilisearch reachability, indexing state, counts and the last indexing run. */
import { Type } from 'typebox';
import { IndexSummary } from '../../lib/schema/indexing.js';
import { Nullable, type Static } from './common.js';
import { ErrorBody } from './errors.js';

const { indexed, unchanged, removed, failed } = IndexSummary.properties;

export const Health = Type.Object({
  status: Type.String(), meilisearch: Type.String(), indexing: Type.Boolean(),
  documents: Type.Integer(), sections: Type.Integer(),
  lastIndexing: Nullable(Type.Object({ finishedAt: Type.String(), indexed, unchanged, removed, failed })),
});
export type Health = Static<typeof Health>;

export const HealthUnavailable = Type.Object({
  status: Type.String(), meilisearch: Type.String(), indexing: Type.Boolean(), message: Type.String(),
});

/** A 503 is Meilisearch being down, or the back-pressure guard's error JSON ("overloaded") under load. */
export const HealthUnavailableOrOverloaded = Type.Union([HealthUnavailable, ErrorBody]);
export type HealthUnavailable = Static<typeof HealthUnavailable>;
