/**
 * Building blocks of the API's TypeBox schemas. Each schema is plain JSON Schema at run time (what
 * Fastify validates and serialises with and @fastify/swagger publishes) and a TypeScript type through
 * `Static<>`, so a shape is written once for the routes, the server's code, the OpenAPI and the web.
 */
import { Type, type Static, type TObject, type TProperties, type TSchema, type TUnsafe } from 'typebox';
import { SEARCH_LIMITS } from '../../lib/schema/literals.js';

export type { Static } from 'typebox';

/** A string that is one of a literal list: `{type: "string", enum: [...]}`, as OpenAPI shows best. */
export const StringEnum = <const T extends readonly string[]>(
  values: T,
  options: { description?: string } = {},
): TUnsafe<T[number]> => Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

/** The schema or null, as `type: [..., "null"]` (OpenAPI 3.1), which Ajv and fast-json-stringify read directly. */
export function Nullable<T extends TSchema>(schema: T): TUnsafe<Static<T> | null> {
  const type = (schema as { type?: unknown }).type;
  if (typeof type !== 'string') throw new Error('Nullable needs a schema with a single type');
  return Type.Unsafe<Static<T> | null>({ ...schema, type: [type, 'null'] });
}

export const NullableString = Nullable(Type.String());
export const Strings = Type.Array(Type.String());

/** An object of any keys whose values all follow `value`: facet counts, metadata sources. */
export const MapOf = <T extends TSchema>(
  value: T,
  options: { description?: string } = {},
): TUnsafe<Record<string, Static<T>>> =>
  Type.Unsafe<Record<string, Static<T>>>({ type: 'object', additionalProperties: value, ...options });

/** Value → how many: the counts of one facet. */
export const Counts = MapOf(Type.Integer());

/** One property per member of a literal list, all of one schema. */
export const PropertiesOf = <const K extends string, T extends TSchema>(keys: readonly K[], value: T): Record<K, T> =>
  Object.fromEntries(keys.map((k) => [k, value])) as Record<K, T>;

/** Properties of a schema but some: a route built on another one's parameters. */
export function Without<P extends TProperties, const K extends keyof P>(properties: P, ...keys: K[]): Omit<P, K> {
  return Object.fromEntries(Object.entries(properties).filter(([k]) => !keys.includes(k as K))) as Omit<P, K>;
}

/** An object with one property per member of a literal list, all of one schema. */
export const ObjectOf = <const K extends string, T extends TSchema>(
  keys: readonly K[],
  value: T,
): TObject<Record<K, T>> => Type.Object(PropertiesOf(keys, value));

/**
 * The one date format of the API (YYYY-MM-DD, a real calendar day): Ajv's `date` format checks both,
 * so every route that takes a date validates it here and nowhere else.
 */
export const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });

/**
 * A parameter the client may leave out: optional in the schema and the OpenAPI, always present after
 * validation (Ajv fills in the default), which `Validated<>` tells the handler's type.
 */
export const Defaulted = <T extends TSchema>(schema: T, value: Static<T>) =>
  Type.Optional(Type.With(schema, { default: value }));

type DefaultedKeys<P extends TProperties> = { [K in keyof P]: P[K] extends { default: unknown } ? K : never }[keyof P];

/** What a handler receives for a query schema: its defaulted parameters are never missing. */
export type Validated<T extends TObject> = Static<T> & {
  [K in DefaultedKeys<T['properties']> & keyof Static<T>]-?: Exclude<Static<T>[K], undefined>;
};

export const Paging = {
  page: Defaulted(Type.Integer({ minimum: 1, maximum: SEARCH_LIMITS.maxPage }), 1),
  perPage: Defaulted(Type.Integer({ minimum: 1, maximum: SEARCH_LIMITS.maxPerPage }), SEARCH_LIMITS.perPage),
};

/** One path parameter naming a record (`docId`, a directive `key`). */
export const IdParams = <const K extends string>(name: K) =>
  Type.Object({ [name]: Type.String({ minLength: 1, maxLength: 200 }) } as Record<K, ReturnType<typeof Type.String>>);

/** Where a page of a listing stands: how many in all, which page, how many a page. */
export const PageFields = { total: Type.Integer(), page: Type.Integer(), perPage: Type.Integer() };

/** The metadata every view of a document shows (lib/schema/records.ts DOCUMENT_META), with its file. */
export const DocumentMetaFields = {
  docId: Type.String(),
  file: Type.String(),
  title: Type.String(),
  docType: Type.String(),
  date: NullableString,
  issuer: NullableString,
  district: NullableString,
  province: NullableString,
};
