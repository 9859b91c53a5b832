import { gazetteer } from '../../../lib/gazetteer/load.js';
import type { DocumentMetadata, MetadataSources } from '../types.js';
import { findSourcedDate } from './document-date.js';
import { applyAuthority, completeIssuer, findIssuer, issuerBranch, issuerLevel } from './issuer.js';
import { findOwnNumber } from './own-number.js';
import { extractPeriod } from './period.js';
import { findPlaces } from './places/index.js';
import { findRecipients } from './recipients.js';
import { findSignature } from './signer.js';
import { extractTitle } from './title.js';

/** Signs of a Party or state document (as opposed to a news report), even without its type line. */
function looksOfficial(text: string): boolean {
  const head = text.split('\n').slice(0, 15).join('\n');
  return (
    /Nơi[ \t]+nhận[ \t]*:/iu.test(text) ||
    /^[ \t]*(?:T\/M|K\/T|T\/L|TM\.|KT\.|TL\.)[ \t]+\p{Lu}/mu.test(text) ||
    /ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG H[OÒ]À? XÃ HỘI CHỦ NGHĨA|^[ \t]*Số[ \t]*:/mu.test(head)
  );
}

/** Document metadata from the normalised text. Unknown values stay null, never guessed. */
export function extractMetadata(text: string): DocumentMetadata {
  return extractMetadataWithSources(text).metadata;
}

/** The metadata and, for the fields facets stand on, which evidence gave each value (its provenance). */
export function extractMetadataWithSources(text: string): { metadata: DocumentMetadata; sources: MetadataSources } {
  const g = gazetteer();
  const { title, docType, docTypeSource, bodyStart, subject, lead } = extractTitle(text, looksOfficial(text));
  const isNews = docType === 'tin_bai';
  const ownNumber = findOwnNumber(text, docType);
  const dated = findSourcedDate(text, bodyStart, docType, ownNumber);
  const date = dated?.date ?? null;
  const signature = isNews ? { signer: null, authority: null } : findSignature(text);
  const written = applyAuthority(findIssuer(text, title, subject, isNews), signature.authority);
  const places = findPlaces(text, title, bodyStart, issuerLevel(written, g), date, lead === true);
  const issuer = written ? completeIssuer(written, places.district, places.province) : null;
  const sources: MetadataSources = {
    docType: docTypeSource,
    ...(dated ? { date: dated.source } : {}),
    ...(places.district && places.source ? { district: places.source } : {}),
    ...(places.province && places.source ? { province: places.source } : {}),
  };
  const metadata: DocumentMetadata = {
    title,
    docType,
    date,
    issuer,
    issuerLevel: issuerLevel(issuer, g),
    issuerBranch: issuerBranch(issuer),
    district: places.district,
    province: places.province,
    period: extractPeriod(title, date),
    ownNumber,
    signer: signature.signer,
    recipients: isNews ? [] : (findRecipients(text)?.items ?? []),
  };
  return { metadata, sources };
}
