import type { DocFacets } from '../../lib/schema/records.js';

/** The metadata of the API's shapes (DocumentMetaFields) read from a stored record; absent fields are null. */
export interface DocumentMeta {
  docId: string;
  file: string;
  title: string;
  docType: string;
  date: string | null;
  issuer: string | null;
  district: string | null;
  province: string | null;
}

type StoredMeta = Pick<DocFacets, 'file' | 'title' | 'docType'> &
  Partial<Pick<DocFacets, 'date' | 'issuer' | 'district' | 'province'>>;

/** `docId` is the document's id: a section record's `docId`, a document record's own `id`. */
export function documentMeta(docId: string, r: StoredMeta): DocumentMeta {
  return {
    docId,
    file: r.file,
    title: r.title,
    docType: r.docType,
    date: r.date ?? null,
    issuer: r.issuer ?? null,
    district: r.district ?? null,
    province: r.province ?? null,
  };
}
