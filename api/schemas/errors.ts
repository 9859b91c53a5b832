/** The one error JSON of the API, built from the one list of error codes. */
import { Type } from 'typebox';
import { ERROR_CODES } from '../../lib/schema/literals.js';
import { StringEnum, type Static } from './common.js';

export const ErrorBody = Type.Object(
  {
    error: StringEnum(ERROR_CODES, { description: 'A machine code, one of a fixed list' }),
    message: Type.String(),
    parameter: Type.Optional(Type.String({ description: 'The failing request parameter (400 only)' })),
    requestId: Type.Optional(Type.String({ description: 'Id of the request in the server log' })),
  },
  { description: 'Every error: a machine code and a human message (Vietnamese or English).' },
);
export type ErrorBody = Static<typeof ErrorBody>;

/** The error answers a route can give, for its response schema: `errorResponses(404, 409)`. */
export function errorResponses<const S extends number>(...statuses: S[]): Record<S, typeof ErrorBody> {
  return Object.fromEntries(statuses.map((s) => [s, ErrorBody])) as Record<S, typeof ErrorBody>;
}

/** Error answers every read endpoint can give. */
export const readErrors = errorResponses(400, 500, 503);
