/** Cited document numbers ("directives"): the list, one directive, and the sections citing it. */
import { Type } from 'typebox';
import { Defaulted, IdParams, Nullable, NullableString, Paging, type Static, type Validated } from './common.js';

/** A cited document as found in one document: its number's key and label, and what is known of it. */
export const DirectiveRef = Type.Object({
  key: Type.String(), label: Type.String(), type: NullableString, number: Type.String(),
  issuer: NullableString, date: NullableString, title: NullableString,
});
export type DirectiveRef = Static<typeof DirectiveRef>;

export const DirectiveListQuery = Type.Object({ q: Defaulted(Type.String({ maxLength: 200 }), ''), ...Paging }, { additionalProperties: false });
export type DirectiveListQuery = Validated<typeof DirectiveListQuery>;

export const DirectiveSummary = Type.Object({ key: Type.String(), label: Type.String(), type: NullableString, citedBy: Type.Integer() });
export type DirectiveSummary = Static<typeof DirectiveSummary>;

export const DirectiveList = Type.Object({
  total: Type.Integer(), page: Type.Integer(), perPage: Type.Integer(), directives: Type.Array(DirectiveSummary),
});
export type DirectiveList = Static<typeof DirectiveList>;

export const DirectiveParams = IdParams('key');
export type DirectiveParams = Static<typeof DirectiveParams>;

export const Citing = Type.Object({
  docId: Type.String(), sectionId: Type.String(), title: Type.String(), district: NullableString,
  province: NullableString, date: NullableString, context: Type.String({ description: 'The sentence that cites the directive' }),
});
export type Citing = Static<typeof Citing>;

export const DirectiveDetail = Type.Object({
  ...DirectiveRef.properties,
  document: Nullable(Type.Object({ docId: Type.String(), file: Type.String(), title: Type.String() }, {
    description: 'The directive itself when it is in the archive',
  })),
  citedByTotal: Type.Integer({ description: 'How many citations there are (citedBy lists at most 20000)' }),
  citedBy: Type.Array(Citing),
});
export type DirectiveDetail = Static<typeof DirectiveDetail>;
