/** Records stored in Meilisearch. The indexer writes them; the API reads them. */

import type { DocType } from './literals.js';

// The document types are a literal list of the API's; records keep re-exporting them for the indexer.
export { CITATION_RELATIONS, DOC_TYPES, type CitationRelation, type DocType } from './literals.js';
import type { CitationRelation } from './literals.js';

export interface Signer {
  name: string | null;
  position: string | null;
}

/** A cited document as found in one document (details merged over its citations). */
export interface DirectiveRef {
  key: string;
  label: string;
  type: string | null;
  number: string;
  issuer: string | null;
  date: string | null;
  title: string | null;
  /** The most telling relation over this document's citations of it; absent on records indexed before relations existed. */
  relation?: CitationRelation;
}

/** The metadata every view of a document shows (a hit, a summary, an export row), in display order. */
export const DOCUMENT_META = ['title', 'docType', 'date', 'issuer', 'district', 'province'] as const;

/** Metadata shared by a document and each of its sections (facets live on sections). */
export interface DocFacets {
  docId: string;
  file: string;
  title: string;
  docType: DocType;
  date: string | null;
  /** YYYYMMDD as a number, for sorting and range filters; 0 when unknown. */
  dateNum: number;
  year: string | null;
  /** "2023-09" and "2023-Q3", for trends by month and quarter. */
  month: string | null;
  quarter: string | null;
  issuer: string | null;
  district: string | null;
  province: string | null;
  /** The text was read from a scan by OCR; absent on records written before OCR existed. */
  ocr?: boolean;
}

export interface SectionRecord extends DocFacets {
  id: string;
  heading: string | null;
  path: string[];
  order: number;
  text: string;
  /** Hidden: Telex-like accent-preserving encoding of heading + text (see lib/vietnamese/telex.ts). */
  textTelex: string;
  /** Hidden: the document's own number (canonical key), so that a search for a number finds the document itself. */
  ownKey?: string | null;
  directives: string[];
  /** Id of the indexing run that wrote the record; older records of a re-indexed document are removed. */
  runId: string;
}

export interface DocumentRecord extends DocFacets {
  id: string;
  hash: string;
  /** The document's own number (its identity), canonical key, when it states one. */
  ownKey: string | null;
  ownNumber: string | null;
  /** trung_uong, tinh, huyen or xa. */
  issuerLevel: string | null;
  /** dang (a Party body) or nha_nuoc (a state body); absent on records written before it existed. */
  issuerBranch?: 'dang' | 'nha_nuoc' | null;
  period: string | null;
  signer: Signer | null;
  recipients: string[];
  directives: DirectiveRef[];
  directiveKeys: string[];
  sectionCount: number;
  indexedAt: string;
  /** Mean OCR word confidence (0-100) and OCRed pages, for a scanned document. */
  ocrConfidence?: number | null;
  ocrPages?: number | null;
  /** How each of type, date, district, province was found ("header", "dateline", "correction", …). */
  metadataSource?: Record<string, string>;
}

/** One citation: a directive cited in a section, with the citing sentence. */
export interface CitationRecord {
  id: string;
  key: string;
  label: string;
  type: string | null;
  number: string;
  citedIssuer: string | null;
  citedDate: string | null;
  citedTitle: string | null;
  docId: string;
  sectionId: string;
  docTitle: string;
  district: string | null;
  province: string | null;
  date: string | null;
  dateNum: number;
  context: string;
  /** How the citing document relates to the cited one in this sentence; absent on records indexed before relations existed. */
  relation?: CitationRelation;
  runId: string;
}
