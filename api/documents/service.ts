import type { Meilisearch } from 'meilisearch';
import type { IndexNames } from '../../lib/schema/indexes.js';
import { DOCUMENT_META, type DocumentRecord, type SectionRecord } from '../../lib/schema/records.js';
import type { DocumentDetail, DocumentList, DocumentSection, DocumentSummary } from '../schemas/documents.js';
import { documentMeta } from '../store/document-meta.js';
import { eq, searchAll, searchOrEmpty } from '../store/read.js';
import { documentMarks, readMarkQuery, sectionCounts, type ItemCounts } from '../search/index.js';

const SUMMARY_FIELDS = ['id', 'file', ...DOCUMENT_META, 'directiveKeys', 'sectionCount'];

function summary(d: DocumentRecord): DocumentSummary {
  return {
    ...documentMeta(d.id, d),
    directives: d.directiveKeys ?? [],
    sectionCount: d.sectionCount ?? 0,
  };
}

/** Documents and their sections, read with the search-only key. */
export class DocumentService {
  private readonly counts: ItemCounts;

  constructor(
    private readonly client: () => Promise<Meilisearch>,
    private readonly names: IndexNames,
  ) {
    this.counts = sectionCounts(client, names.sections);
  }

  /** All documents in a stable order (by file path). */
  async list(page: number, perPage: number): Promise<DocumentList> {
    const index = (await this.client()).index<DocumentRecord>(this.names.documents);
    const res = await searchOrEmpty(index, '', {
      page,
      hitsPerPage: perPage,
      sort: ['file:asc'],
      attributesToRetrieve: SUMMARY_FIELDS,
    });
    return { total: res.totalHits ?? 0, page, perPage, documents: res.hits.map(summary) };
  }

  /** The path of a document's file relative to the indexed folder; null when unknown. */
  async file(docId: string): Promise<string | null> {
    return (await this.record(docId, ['file']))?.file ?? null;
  }

  /** A document's record (its chosen fields, or all); null when unknown. */
  private async record(docId: string, attributesToRetrieve?: string[]): Promise<DocumentRecord | null> {
    const index = (await this.client()).index<DocumentRecord>(this.names.documents);
    const found = await searchOrEmpty(index, '', {
      filter: eq('id', docId),
      limit: 1,
      ...(attributesToRetrieve ? { attributesToRetrieve } : {}),
    });
    return found.hits[0] ?? null;
  }

  /**
   * One document with every section in document order, each with the spans that mark the query
   * `q` in it (one matching policy for the whole document); null when unknown.
   */
  async get(docId: string, q = ''): Promise<DocumentDetail | null> {
    const d = await this.record(docId);
    if (!d) return null;
    const client = await this.client();
    const { hits } = await searchAll(client.index<SectionRecord>(this.names.sections), {
      filter: eq('docId', docId),
      sort: ['order:asc'],
      attributesToRetrieve: ['id', 'heading', 'path', 'text', 'directives', 'order'],
    });
    return {
      ...summary(d),
      ownNumber: d.ownNumber ?? null,
      ownKey: d.ownKey ?? null,
      issuerLevel: d.issuerLevel ?? null,
      period: d.period ?? null,
      signer: d.signer ?? null,
      recipients: d.recipients ?? [],
      directives: (d.directives ?? []).map((r) => ({ ...r, relation: r.relation ?? null })),
      metadataSource: d.metadataSource ?? {},
      ocr: d.ocr === true,
      ocrConfidence: d.ocrConfidence ?? null,
      ocrPages: d.ocrPages ?? null,
      fileUrl: `/api/documents/${encodeURIComponent(d.id)}/file`,
      sections: await this.sections(hits, q),
    };
  }

  private async sections(hits: readonly SectionRecord[], q: string): Promise<DocumentSection[]> {
    const query = q.trim() === '' ? { items: [], numbers: [] } : await readMarkQuery(q, this.counts);
    const marks = documentMarks(
      hits.map((s) => s.text),
      query,
    );
    return hits.map((s, i) => ({
      sectionId: s.id,
      heading: s.heading ?? null,
      path: s.path ?? [],
      text: s.text,
      directives: s.directives ?? [],
      marks: marks[i]!,
    }));
  }
}
