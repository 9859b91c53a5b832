/** JSON schemas shared by several routes (they also make up /openapi.json). */

import { CITATION_RELATIONS } from '../lib/schema/records.js';

export const nullableString = { type: ['string', 'null'] } as const;

export const errorSchema = {
  type: 'object',
  description: 'Every error: a machine code and a human message (Vietnamese or English).',
  required: ['error', 'message'],
  properties: {
    error: { type: 'string' }, message: { type: 'string' },
    parameter: { type: 'string', description: 'The failing request parameter (400 only)' },
    requestId: { type: 'string', description: 'Id of the request in the server log' },
  },
} as const;

/** Error answers every read endpoint can give. */
export const readErrors = { 400: errorSchema, 500: errorSchema, 503: errorSchema } as const;

/** How a citing document relates to a cited one (docs/relations.md); null on citations indexed before relations existed. */
export const relationSchema = {
  type: ['string', 'null'], enum: [...CITATION_RELATIONS, null],
  description: 'implements, reviews, replaces, amends, repeals, guides, basis or mentions (docs/relations.md)',
} as const;

export const directiveRefSchema = {
  type: 'object',
  properties: {
    key: { type: 'string' }, label: { type: 'string' }, type: nullableString, number: { type: 'string' },
    issuer: nullableString, date: nullableString, title: nullableString,
    relation: { ...relationSchema, description: 'The most telling relation over this document\'s citations of it' },
  },
} as const;

export const documentSummarySchema = {
  type: 'object',
  properties: {
    docId: { type: 'string' }, file: { type: 'string' }, title: { type: 'string' }, docType: { type: 'string' },
    date: nullableString, issuer: nullableString, district: nullableString, province: nullableString,
    directives: { type: 'array', items: { type: 'string' } }, sectionCount: { type: 'integer' },
  },
} as const;

export const pagingQuery = {
  page: { type: 'integer', minimum: 1, maximum: 100000, default: 1 },
  perPage: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
} as const;

/** The /api/search query parameters (filters included) minus `omit`, plus `extra`: for routes built on search. */
export function derivedSearchQuery(base: { properties: Record<string, unknown> }, omit: readonly string[], extra: Record<string, unknown>) {
  const properties = Object.fromEntries(Object.entries(base.properties).filter(([k]) => !omit.includes(k)));
  return { type: 'object', additionalProperties: false, properties: { ...properties, ...extra } } as const;
}
