import type { Meilisearch, SearchParams as MeiliParams } from 'meilisearch';
import { DOCUMENT_META, type SectionRecord } from '../../../lib/schema/records.js';
import { quoteFilterValue } from '../filters.js';
import type { TierQuery } from '../query/index.js';
import type { GroupMode } from '../types.js';

export const HIT_FIELDS = ['id', 'docId', 'file', ...DOCUMENT_META, 'heading', 'path', 'directives', 'text', 'ocr'];

export type MatchingStrategy = 'all' | 'last';

/** One strict search to run: its query, filters, grouping and order. */
export interface Retrieval {
  client: Meilisearch;
  index: string;
  tier: TierQuery;
  filter: string[];
  strategy: MatchingStrategy;
  group: GroupMode;
  sort: string[] | undefined;
}

export type SectionHit = Pick<
  SectionRecord,
  | 'id'
  | 'docId'
  | 'file'
  | 'title'
  | 'docType'
  | 'date'
  | 'issuer'
  | 'district'
  | 'province'
  | 'heading'
  | 'path'
  | 'directives'
  | 'text'
  | 'ocr'
>;

export function tierParams(r: Pick<Retrieval, 'filter' | 'strategy' | 'sort'>, tier: TierQuery): MeiliParams {
  return {
    q: tier.q,
    attributesToSearchOn: tier.attributesToSearchOn,
    filter: r.filter,
    matchingStrategy: r.strategy,
    ...(r.sort ? { sort: r.sort } : {}),
  };
}

/** The given fields of the sections with these ids, in that order (ids not found are left out). */
export async function sectionFieldsById(
  r: Pick<Retrieval, 'client' | 'index'>,
  ids: readonly string[],
  fields: string[],
): Promise<Partial<SectionRecord>[]> {
  if (ids.length === 0) return [];
  const res = await r.client.index<SectionRecord>(r.index).search('', {
    filter: [`id IN [${ids.map(quoteFilterValue).join(', ')}]`],
    limit: ids.length,
    attributesToRetrieve: fields,
  });
  const byId = new Map(res.hits.map((h) => [String(h.id), h]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The records of the given section ids, in that order. */
export async function sectionsById(r: Pick<Retrieval, 'client' | 'index'>, ids: string[]): Promise<SectionHit[]> {
  return (await sectionFieldsById(r, ids, HIT_FIELDS)) as SectionHit[];
}
