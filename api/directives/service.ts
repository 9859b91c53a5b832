import type { Meilisearch } from 'meilisearch';
import type { IndexNames } from '../../lib/schema/indexes.js';
import type { CitationRecord, DocumentRecord } from '../../lib/schema/records.js';
import type { ActingDocument, Citing, DirectiveDetail, DirectiveList } from '../schemas/directives.js';
import { canonicalDocNumber, foldDiacritics, normalizeText } from '../../lib/vietnamese/index.js';
import { anyOf } from '../search/index.js';
import { eq, searchAll, searchOrEmpty } from '../store/read.js';
import { directiveLabel, typeFromKey } from './type-code.js';

/** At most this many citing sections are listed for one directive (citedByTotal says how many there are). */
export const MAX_CITING = 20_000;

const foldUpper = (s: string): string => foldDiacritics(s).toUpperCase();
const firstOf = <T>(values: (T | null | undefined)[]): T | null =>
  values.find((v) => v !== null && v !== undefined) ?? null;

function byDateThenPlace(a: Citing, b: Citing): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1;
  return a.docId.localeCompare(b.docId) || a.sectionId.localeCompare(b.sectionId);
}

/** The documents whose citations have the relation, once each, in citedBy's order (newest first). */
function actingBy(citedBy: readonly Citing[], relation: Citing['relation']): ActingDocument[] {
  const seen = new Map<string, ActingDocument>();
  for (const c of citedBy)
    if (c.relation === relation && !seen.has(c.docId))
      seen.set(c.docId, { docId: c.docId, title: c.title, date: c.date });
  return [...seen.values()];
}

/** Cited document numbers: how often and where they are cited, read from the citations index. */
export class DirectiveService {
  constructor(
    private readonly client: () => Promise<Meilisearch>,
    private readonly names: IndexNames,
  ) {}

  private async citations() {
    return (await this.client()).index<CitationRecord>(this.names.citations);
  }

  /** Keys matching q: by (accent-folded) number, or by the words of their labels and titles. */
  private async matchingKeys(q: string, counts: Record<string, number>): Promise<Set<string>> {
    const needle = foldUpper(canonicalDocNumber(q));
    const keys = new Set(Object.keys(counts).filter((k) => foldUpper(k).includes(needle)));
    // Without a letter or digit Meilisearch would read q as a placeholder search and match everything.
    if (!/[\p{L}\p{N}]/u.test(q)) return keys;
    const text = await searchOrEmpty(await this.citations(), normalizeText(q), {
      distinct: 'key',
      limit: 1000,
      attributesToRetrieve: ['key'],
      matchingStrategy: 'all',
    });
    for (const h of text.hits) keys.add(h.key);
    return keys;
  }

  /** Label and type of each key, preferring citations that name the type. */
  private async describe(keys: string[]): Promise<Map<string, { label: string; type: string | null }>> {
    const out = new Map<string, { label: string; type: string | null }>();
    const index = await this.citations();
    for (const extra of ['type IS NOT NULL', null]) {
      const missing = keys.filter((k) => !out.has(k));
      if (missing.length === 0) break;
      const filter = [anyOf('key', missing)!, ...(extra ? [extra] : [])];
      const res = await searchOrEmpty(index, '', {
        filter,
        distinct: 'key',
        limit: missing.length,
        attributesToRetrieve: ['key', 'label', 'type'],
      });
      for (const h of res.hits) out.set(h.key, { label: h.label, type: h.type });
    }
    return out;
  }

  async list(q: string, page: number, perPage: number): Promise<DirectiveList> {
    const all = await searchOrEmpty(await this.citations(), '', { limit: 0, facets: ['key'] });
    const counts = all.facetDistribution?.key ?? {};
    const wanted = q.trim() === '' ? null : await this.matchingKeys(q.trim(), counts);
    const ranked = Object.entries(counts)
      .filter(([key]) => !wanted || wanted.has(key))
      .sort(([ka, a], [kb, b]) => b - a || ka.localeCompare(kb));
    const slice = ranked.slice((page - 1) * perPage, page * perPage);
    const info = slice.length ? await this.describe(slice.map(([k]) => k)) : new Map();
    return {
      total: ranked.length,
      page,
      perPage,
      directives: slice.map(([key, citedBy]) => {
        const i = info.get(key);
        return {
          key,
          label: directiveLabel(key, i ? [i.label] : []),
          type: i?.type ?? typeFromKey(key)?.type ?? null,
          citedBy,
        };
      }),
    };
  }

  /** One directive (any spelling of its number) with every citing section; null when neither cited nor archived. */
  async get(rawKey: string): Promise<DirectiveDetail | null> {
    const key = canonicalDocNumber(rawKey);
    const client = await this.client();
    const [cites, docs] = await Promise.all([
      searchAll(client.index<CitationRecord>(this.names.citations), { filter: eq('key', key) }, MAX_CITING),
      searchOrEmpty(client.index<DocumentRecord>(this.names.documents), '', {
        filter: eq('ownKey', key),
        limit: 1,
        sort: ['dateNum:desc'],
        attributesToRetrieve: ['id', 'file', 'title', 'ownNumber', 'issuer', 'date', 'docType'],
      }),
    ]);
    const doc = docs.hits[0];
    if (cites.hits.length === 0 && !doc) return null;
    const c = cites.hits;
    const citedBy = c
      .map((r): Citing => ({
        docId: r.docId,
        sectionId: r.sectionId,
        title: r.docTitle,
        district: r.district ?? null,
        province: r.province ?? null,
        date: r.date ?? null,
        context: r.context,
        relation: r.relation ?? null,
      }))
      .sort(byDateThenPlace);
    const docType = doc && doc.docType !== 'khac' ? doc.docType : null;
    return {
      key,
      label: directiveLabel(
        key,
        c.map((r) => r.label),
      ),
      type: firstOf([...c.map((r) => r.type), docType, typeFromKey(key)?.type]),
      number: doc?.ownNumber ?? c[0]?.number ?? key,
      issuer: firstOf([doc?.issuer, ...c.map((r) => r.citedIssuer)]),
      date: firstOf([doc?.date, ...c.map((r) => r.citedDate)]),
      title: firstOf([doc?.title, ...c.map((r) => r.citedTitle)]),
      document: doc ? { docId: doc.id, file: doc.file, title: doc.title } : null,
      replacedBy: actingBy(citedBy, 'replaces'),
      amendedBy: actingBy(citedBy, 'amends'),
      repealedBy: actingBy(citedBy, 'repeals'),
      citedByTotal: cites.total,
      citedBy,
    };
  }
}
