/** Documents: the paged list, one document with its sections, and the document id in paths. */
import { Type } from 'typebox';
import { SEARCH_LIMITS } from '../../lib/schema/literals.js';
import {
  Defaulted,
  DocumentMetaFields,
  PageFields,
  IdParams,
  MapOf,
  Nullable,
  NullableString,
  Paging,
  Strings,
  type Static,
  type Validated,
} from './common.js';
import { DocumentDirective } from './directives.js';

export const DocumentListQuery = Type.Object(Paging, { additionalProperties: false });
export type DocumentListQuery = Validated<typeof DocumentListQuery>;

export const DocumentParams = IdParams('docId');
export type DocumentParams = Static<typeof DocumentParams>;

export const DocumentSummary = Type.Object({
  ...DocumentMetaFields,
  directives: Strings,
  sectionCount: Type.Integer(),
});
export type DocumentSummary = Static<typeof DocumentSummary>;

export const DocumentList = Type.Object({
  ...PageFields,
  documents: Type.Array(DocumentSummary),
});
export type DocumentList = Static<typeof DocumentList>;

/** `q`: a search query, whose matches each section of the answer carries as `marks`. */
export const DocumentQuery = Type.Object({
  q: Defaulted(
    Type.String({
      maxLength: SEARCH_LIMITS.queryChars,
      description: 'A search query: each section gets its matches as `marks`',
    }),
    '',
  ),
});
export type DocumentQuery = Validated<typeof DocumentQuery>;

/** [start, end) of a text, in UTF-16 offsets. */
const Span = Type.Unsafe<[start: number, end: number]>({
  type: 'array',
  items: { type: 'integer' },
  minItems: 2,
  maxItems: 2,
});

export const DocumentSection = Type.Object({
  sectionId: Type.String(),
  heading: NullableString,
  path: Strings,
  text: Type.String(),
  directives: Strings,
  marks: Type.Array(Span, {
    description: 'Spans [start, end) of `text` matching the query `q` (UTF-16 offsets), in order',
  }),
});
export type DocumentSection = Static<typeof DocumentSection>;

export const Signer = Type.Object({ name: NullableString, position: NullableString });

export const DocumentDetail = Type.Object({
  ...DocumentSummary.properties,
  ownNumber: NullableString,
  ownKey: NullableString,
  issuerLevel: NullableString,
  period: NullableString,
  signer: Nullable(Signer),
  recipients: Strings,
  directives: Type.Array(DocumentDirective),
  ocr: Type.Boolean({ description: 'The text was read from a scan by OCR' }),
  ocrConfidence: Nullable(Type.Number({ description: 'Mean OCR word confidence (0-100)' })),
  ocrPages: Nullable(Type.Integer({ description: 'Pages read by OCR' })),
  fileUrl: Type.String({
    description: 'Where the original file can be downloaded (the scan itself for an OCRed document)',
  }),
  metadataSource: MapOf(Type.String(), { description: 'How each of type, date, district, province was found' }),
  sections: Type.Array(DocumentSection),
});
export type DocumentDetail = Static<typeof DocumentDetail>;
