/** /api/stats/trend: the search's query and filters, what to count per, and the counts per period. */
import { Type } from 'typebox';
import { TREND_BY, TREND_INTERVALS } from '../../lib/schema/literals.js';
import { Defaulted, MapOf, StringEnum, Without, type Static, type Validated } from './common.js';
import { SearchQuery } from './search.js';

export const TrendQuery = Type.Object(
  {
    ...Without(SearchQuery.properties, 'page', 'perPage', 'group', 'sort'),
    by: Defaulted(StringEnum(TREND_BY), 'district'),
    interval: Defaulted(StringEnum(TREND_INTERVALS), 'year'),
  },
  { additionalProperties: false },
);
export type TrendQuery = Validated<typeof TrendQuery>;

export const TrendPeriod = Type.Object({
  period: Type.String({ description: '"2023", "2023-Q3" or "2023-09"' }),
  from: Type.String(),
  to: Type.String(),
  total: Type.Integer({ description: 'Matching sections dated in this period' }),
  places: MapOf(Type.Integer(), {
    description: 'Place → matching sections; those whose place is unknown are counted in `unknown`',
  }),
  unknown: Type.Integer({ description: 'Sections whose place is unknown' }),
});
export type TrendPeriod = Static<typeof TrendPeriod>;

export const TrendResponse = Type.Object({
  q: Type.String(),
  by: StringEnum(TREND_BY),
  interval: StringEnum(TREND_INTERVALS),
  total: Type.Integer({ description: 'Matching sections (the same number /api/search reports)' }),
  undated: Type.Integer({ description: 'Matching sections of documents without a known date' }),
  places: Type.Array(Type.Object({ name: Type.String(), total: Type.Integer() })),
  periods: Type.Array(TrendPeriod, {
    description: 'Every period from the first to the last with a match, empty ones included',
  }),
});
export type TrendResponse = Static<typeof TrendResponse>;
