/** /api/export: the search's parameters but paging, and the format. */
import { Type } from 'typebox';
import { EXPORT_FORMATS } from '../../lib/schema/literals.js';
import { Defaulted, StringEnum, Without, type Validated } from './common.js';
import { SearchHit, SearchQuery } from './search.js';

export const ExportQuery = Type.Object(
  {
    ...Without(SearchQuery.properties, 'page', 'perPage'),
    format: Defaulted(StringEnum(EXPORT_FORMATS), 'csv'),
  },
  { additionalProperties: false },
);
export type ExportQuery = Validated<typeof ExportQuery>;

/** The JSON export: every hit with its section's whole text. */
export const ExportJson = Type.Object({
  q: Type.String(),
  total: Type.Integer(),
  truncated: Type.Boolean(),
  hits: Type.Array(Type.Object({ ...SearchHit.properties, text: Type.String() })),
});
