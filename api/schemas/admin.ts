/** The admin endpoints: re-index, upload, and an archivist's correction of a document's metadata. */
import { Type } from 'typebox';
import { IndexSummary } from '../../lib/schema/indexing.js';
import { DOC_TYPES } from '../../lib/schema/literals.js';
import { IsoDate, Nullable, StringEnum, Without, type Static } from './common.js';

/** What an upload's indexing run reports (the run's batch and OCR page counts stay in the log). */
export const UploadIndexing = Type.Object(Without(IndexSummary.properties, 'batches', 'ocrPages'));

export const ReindexStarted = Type.Object({ status: Type.String(), message: Type.String() });
export type ReindexStarted = Static<typeof ReindexStarted>;

export const UploadAnswer = Type.Object({
  file: Type.String({ description: 'Where the file was saved, relative to CORPUS_DIR' }),
  docId: Type.String(),
  bytes: Type.Integer(),
  indexing: UploadIndexing,
});
export type UploadAnswer = Static<typeof UploadAnswer>;

const CorrectedText = Nullable(Type.String({ minLength: 1, maxLength: 200 }));

const correctionFields = {
  docType: Type.Optional(StringEnum(DOC_TYPES)),
  date: Type.Optional(Nullable(IsoDate)),
  district: Type.Optional(CorrectedText),
  province: Type.Optional(CorrectedText),
  issuer: Type.Optional(CorrectedText),
  signer: Type.Optional(
    Nullable(
      Type.Object(
        {
          name: Nullable(Type.String({ maxLength: 200 })),
          position: Nullable(Type.String({ maxLength: 200 })),
        },
        { additionalProperties: false },
      ),
    ),
  ),
};

/** What an archivist may correct from the reader: the fields facets and citations stand on. */
export const Correction = Type.Object(correctionFields, {
  // propertyNames, not only additionalProperties: Fastify's validator drops unknown fields silently,
  // and a misspelt field must be an error, not a correction quietly lost.
  propertyNames: { enum: Object.keys(correctionFields) },
  additionalProperties: false,
  minProperties: 1,
});
export type Correction = Static<typeof Correction>;

export const CorrectionAnswer = Type.Object({
  docId: Type.String(),
  corrections: Type.String({ description: 'The corrections file, relative to CORPUS_DIR' }),
  indexedFiles: Type.Integer(),
});
export type CorrectionAnswer = Static<typeof CorrectionAnswer>;
