/** Cited document numbers ("directives"): the list, one directive, and the sections citing it. */
import { Type } from 'typebox';
import { CITATION_RELATIONS, type CitationRelation } from '../../lib/schema/literals.js';
import {
  Defaulted,
  PageFields,
  IdParams,
  Nullable,
  NullableString,
  Paging,
  type Static,
  type Validated,
} from './common.js';

/** How a citing document relates to a cited one (docs/relations.md); null on citations indexed before relations existed. */
const Relation = (description: string) =>
  Type.Unsafe<CitationRelation | null>({ type: ['string', 'null'], enum: [...CITATION_RELATIONS, null], description });

/** A cited document as found in one document: its number's key and label, and what is known of it. */
export const DirectiveRef = Type.Object({
  key: Type.String(),
  label: Type.String(),
  type: NullableString,
  number: Type.String(),
  issuer: NullableString,
  date: NullableString,
  title: NullableString,
});
export type DirectiveRef = Static<typeof DirectiveRef>;

/** A cited document in a document's view: the reference and this document's most telling relation to it. */
export const DocumentDirective = Type.Object({
  ...DirectiveRef.properties,
  relation: Relation(
    "The most telling relation over this document's citations of it (implements, reviews, replaces, amends, repeals, guides, basis, mentions)",
  ),
});
export type DocumentDirective = Static<typeof DocumentDirective>;

export const DirectiveListQuery = Type.Object(
  { q: Defaulted(Type.String({ maxLength: 200 }), ''), ...Paging },
  { additionalProperties: false },
);
export type DirectiveListQuery = Validated<typeof DirectiveListQuery>;

export const DirectiveSummary = Type.Object({
  key: Type.String(),
  label: Type.String(),
  type: NullableString,
  citedBy: Type.Integer(),
});
export type DirectiveSummary = Static<typeof DirectiveSummary>;

export const DirectiveList = Type.Object({
  ...PageFields,
  directives: Type.Array(DirectiveSummary),
});
export type DirectiveList = Static<typeof DirectiveList>;

export const DirectiveParams = IdParams('key');
export type DirectiveParams = Static<typeof DirectiveParams>;

export const Citing = Type.Object({
  docId: Type.String(),
  sectionId: Type.String(),
  title: Type.String(),
  district: NullableString,
  province: NullableString,
  date: NullableString,
  context: Type.String({ description: 'The sentence that cites the directive' }),
  relation: Relation('How the citing document relates to this directive in that sentence (docs/relations.md)'),
});
export type Citing = Static<typeof Citing>;

/** A document in the archive that acts on this directive (replaces, amends or repeals it). */
export const ActingDocument = Type.Object({ docId: Type.String(), title: Type.String(), date: NullableString });
export type ActingDocument = Static<typeof ActingDocument>;

export const DirectiveDetail = Type.Object({
  ...DirectiveRef.properties,
  replacedBy: Type.Array(ActingDocument, {
    description: 'Documents in the archive whose citation of this directive replaces it, newest first',
  }),
  amendedBy: Type.Array(ActingDocument, {
    description: 'Documents in the archive that amend or supplement it, newest first',
  }),
  repealedBy: Type.Array(ActingDocument, { description: 'Documents in the archive that repeal it, newest first' }),
  document: Nullable(
    Type.Object(
      { docId: Type.String(), file: Type.String(), title: Type.String() },
      {
        description: 'The directive itself when it is in the archive',
      },
    ),
  ),
  citedByTotal: Type.Integer({ description: 'How many citations there are (citedBy lists at most 20000)' }),
  citedBy: Type.Array(Citing),
});
export type DirectiveDetail = Static<typeof DirectiveDetail>;
