import crypto from 'node:crypto';
import type {
  CitationRecord,
  DirectiveRef,
  DocFacets,
  DocumentRecord,
  SectionRecord,
} from '../../lib/schema/records.js';
import { canonicalDocNumber, telexText } from '../../lib/vietnamese/index.js';
import { moreTelling } from './extract/citation-relation.js';
import type { ParsedDocument } from './types.js';

export interface BuiltDocument {
  document: DocumentRecord;
  sections: SectionRecord[];
  citations: CitationRecord[];
}

/** Stable id of a document: derived from its path in the corpus, so edits keep the id. */
export function docIdFor(file: string): string {
  return crypto.createHash('sha1').update(file).digest('hex').slice(0, 16);
}

function dateNum(date: string | null): number {
  return date ? Number(date.replaceAll('-', '')) : 0;
}

/** Turns a parsed document into the records of the three indexes. */
export function buildRecords(
  parsed: ParsedDocument,
  runId: string,
  indexedAt = new Date().toISOString(),
): BuiltDocument {
  const { metadata: m } = parsed;
  const docId = docIdFor(parsed.file);
  const facets: DocFacets = {
    docId,
    file: parsed.file,
    title: m.title,
    docType: m.docType,
    date: m.date,
    dateNum: dateNum(m.date),
    year: m.date ? m.date.slice(0, 4) : null,
    month: m.date ? m.date.slice(0, 7) : null,
    quarter: m.date ? `${m.date.slice(0, 4)}-Q${Math.ceil(Number(m.date.slice(5, 7)) / 3)}` : null,
    issuer: m.issuer,
    district: m.district,
    province: m.province,
    ocr: parsed.ocr != null,
  };
  const body = parsed.sections.map((s, i) => ({ s, i })).filter(({ s }) => s.kind === 'body');
  const sectionIds = new Map<number, string>();
  const sections: SectionRecord[] = body.map(({ s, i }, order) => {
    const id = `${docId}-${String(order).padStart(4, '0')}`;
    sectionIds.set(i, id);
    const keys = [...new Set(parsed.citations.filter((c) => c.sectionIndex === i).map((c) => c.key))];
    return {
      ...facets,
      id,
      heading: s.heading,
      path: s.path,
      order,
      text: s.text,
      textTelex: telexText(`${s.heading ?? ''} ${s.text}`),
      ownKey: m.ownNumber ? canonicalDocNumber(m.ownNumber) : null,
      directives: keys,
      runId,
    };
  });

  const citations: CitationRecord[] = parsed.citations.flatMap((c, n) => {
    const sectionId = sectionIds.get(c.sectionIndex);
    if (!sectionId) return [];
    return [
      {
        id: `${sectionId}-${n}`,
        key: c.key,
        label: c.label,
        type: c.type,
        number: c.number,
        citedIssuer: c.issuer,
        citedDate: c.date,
        citedTitle: c.title,
        docId,
        sectionId,
        docTitle: m.title,
        district: m.district,
        province: m.province,
        date: m.date,
        dateNum: facets.dateNum,
        context: c.context,
        relation: c.relation,
        runId,
      },
    ];
  });

  const refs = new Map<string, DirectiveRef>();
  for (const c of parsed.citations) {
    const prev = refs.get(c.key);
    refs.set(c.key, {
      key: c.key,
      label: prev?.label && prev.label.length >= c.label.length ? prev.label : c.label,
      type: prev?.type ?? c.type,
      number: prev?.number ?? c.number,
      issuer: prev?.issuer ?? c.issuer,
      date: prev?.date ?? c.date,
      title: prev?.title ?? c.title,
      relation: moreTelling(prev?.relation ?? 'mentions', c.relation),
    });
  }
  for (const s of sections) s.directives = s.directives.filter((k) => refs.has(k));
  const directives = [...refs.values()];
  const document: DocumentRecord = {
    ...facets,
    id: docId,
    hash: parsed.hash,
    ownKey: m.ownNumber ? canonicalDocNumber(m.ownNumber) : null,
    ownNumber: m.ownNumber,
    issuerLevel: m.issuerLevel,
    issuerBranch: m.issuerBranch,
    period: m.period,
    signer: m.signer,
    recipients: m.recipients,
    directives,
    directiveKeys: directives.map((d) => d.key),
    sectionCount: sections.length,
    indexedAt,
    ocrConfidence: parsed.ocr?.confidence ?? null,
    ocrPages: parsed.ocr?.pages ?? null,
    metadataSource: parsed.metadataSource ?? {},
  };
  return { document, sections, citations };
}
