import type { CitationRelation } from '../../../lib/schema/literals.js';
import type { DocumentDirective } from '../../../api/schemas/directives.js';

/**
 * Short Vietnamese names of how a document relates to a document it cites (docs/relations.md), as
 * the reader shows them beside a citation link. A plain mention gets no name.
 */
export const RELATION_NAMES: Record<Exclude<CitationRelation, 'mentions'>, string> = {
  implements: 'thực hiện',
  reviews: 'sơ kết, tổng kết',
  replaces: 'thay thế',
  amends: 'sửa đổi, bổ sung',
  repeals: 'bãi bỏ',
  guides: 'hướng dẫn',
  basis: 'căn cứ',
};

export function relationName(relation: CitationRelation | null | undefined): string | null {
  return relation && relation !== 'mentions' ? RELATION_NAMES[relation] : null;
}

/** Key → name of this document's relation to each document it cites, for the ones that have a name. */
export function relationNamesByKey(
  directives: readonly Pick<DocumentDirective, 'key' | 'relation'>[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of directives) {
    const name = relationName(d.relation);
    if (name) out.set(d.key, name);
  }
  return out;
}
