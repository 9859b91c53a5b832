import type { CitationRelation, DocType, Signer } from '../../lib/schema/records.js';
import type { OcrSummary } from './read/result.js';

/** A file that goes through the pipeline: its name in the index and where to read it. */
export interface SourceFile {
  /** Path relative to the corpus root, with forward slashes. */
  file: string;
  absPath: string;
}

/** One section as the splitter finds it, before ids are given. */
export interface RawSection {
  heading: string | null;
  /** Heading numbers from the outermost level down, e.g. ["3.", "3.7."]. */
  path: string[];
  text: string;
  /**
   * Body text, or a recognised non-body block kept as metadata: the administrative header above the
   * title, the signature block, the `Nơi nhận` recipients list.
   */
  kind: 'body' | 'header' | 'recipients' | 'signature';
}

/** A citation as extracted from the text. */
export interface ExtractedCitation {
  key: string;
  label: string;
  number: string;
  type: string | null;
  issuer: string | null;
  date: string | null;
  title: string | null;
  /** The citing sentence. */
  context: string;
  /** How the citing document relates to the cited one (indexer/steps/extract/citation-relation.ts). */
  relation: CitationRelation;
  /** Index of the section (in the splitter's list) that cites it. */
  sectionIndex: number;
}

export interface DocumentMetadata {
  title: string;
  docType: DocType;
  date: string | null;
  issuer: string | null;
  /** trung_uong, tinh, huyen or xa. */
  issuerLevel: string | null;
  /** dang (a Party body) or nha_nuoc (a state body). */
  issuerBranch: 'dang' | 'nha_nuoc' | null;
  district: string | null;
  province: string | null;
  period: string | null;
  ownNumber: string | null;
  signer: Signer | null;
  recipients: string[];
}

/**
 * Provenance: for each field facets stand on, the evidence that gave its value ("header",
 * "own-number", "metadata-table", "dateline", "type-line", "text", "site", "correction", …).
 * A field whose value is null has no entry.
 */
export type MetadataSources = Partial<
  Record<'docType' | 'date' | 'district' | 'province' | 'issuer' | 'signer', string>
>;

/** Everything the pipeline learns from one file; pure data, ready to be turned into records. */
export interface ParsedDocument {
  file: string;
  hash: string;
  text: string;
  sections: RawSection[];
  metadata: DocumentMetadata;
  /** How each field was found (see MetadataSources); corrected fields say "correction". */
  metadataSource?: MetadataSources;
  citations: ExtractedCitation[];
  /** Set when the text (or part of it) was read from a scan by OCR. */
  ocr?: OcrSummary | null;
}
