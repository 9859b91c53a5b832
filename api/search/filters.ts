/**
 * Meilisearch filter expressions built from validated parameters only. Every value is quoted
 * and escaped, so user text can never change the expression's structure.
 */

import type { FacetName } from '../../lib/schema/literals.js';
import type { FacetFilters } from '../schemas/search.js';

export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** field IN ["a", "b"]: values of one filter are OR-ed. */
export function anyOf(field: string, values: readonly string[]): string | null {
  if (values.length === 0) return null;
  return `${field} IN [${values.map(quoteFilterValue).join(', ')}]`;
}

export type { FacetFilters } from '../schemas/search.js';

/** Facet parameter → attribute in the sections index (every name of the literal list, checked by the type). */
export const FACET_FIELDS: Readonly<Record<FacetName, string>> & {
  readonly directive: 'directives';
} = {
  district: 'district',
  province: 'province',
  docType: 'docType',
  issuer: 'issuer',
  directive: 'directives',
  year: 'year',
};

const toNum = (iso: string): number => Number(iso.replaceAll('-', ''));

/** A facet whose own filter is left out when counting it; `year` stands for the date range. */
export type { FacetName };

/** All filters AND-ed; `except` leaves one facet out (for disjunctive facet counts). */
export function buildFilter(f: FacetFilters, except?: keyof FacetFilters | 'year'): string[] {
  const parts: (string | null)[] = [
    except === 'district' ? null : anyOf(FACET_FIELDS.district, f.district),
    except === 'province' ? null : anyOf(FACET_FIELDS.province, f.province),
    except === 'docType' ? null : anyOf(FACET_FIELDS.docType, f.docType),
    except === 'issuer' ? null : anyOf(FACET_FIELDS.issuer, f.issuer),
    except === 'directive' ? null : anyOf(FACET_FIELDS.directive, f.directive),
    f.from && except !== 'year' ? `dateNum >= ${toNum(f.from)}` : null,
    f.to && except !== 'year' ? `dateNum <= ${toNum(f.to)}` : null,
    // `!=` also matches records written before the field existed: those were all read from text.
    f.ocr === true ? 'ocr = true' : f.ocr === false ? 'ocr != true' : null,
  ];
  return parts.filter((p): p is string => p !== null);
}
