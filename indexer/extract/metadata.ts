import { gazetteer } from '../gazetteer/load.js';
import type { DocumentMetadata } from '../types.js';
import { findDocumentDate } from './document-date.js';
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
  return /Nơi[ \t]+nhận[ \t]*:/iu.test(text)
    || /^[ \t]*(?:T\/M|K\/T|T\/L|TM\.|KT\.|TL\.)[ \t]+\p{Lu}/mu.test(text)
    || /ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG H[OÒ]À? XÃ HỘI CHỦ NGHĨA|^[ \t]*Số[ \t]*:/mu.test(head);
}

/** Document metadata from the normalised text. Unknown values stay null, never guessed. */
export function extractMetadata(text: string): DocumentMetadata {
  const g = gazetteer();
  const { title, docType, bodyStart, subject } = extractTitle(text, looksOfficial(text));
  const isNews = docType === 'tin_bai';
  const ownNumber = findOwnNumber(text, docType);
  const date = findDocumentDate(text, bodyStart, docType, ownNumber);
  const signature = isNews ? { signer: null, authority: null } : findSignature(text);
  const written = applyAuthority(findIssuer(text, title, subject, isNews), signature.authority);
  const places = findPlaces(text, title, bodyStart, issuerLevel(written, g), date);
  const issuer = written ? completeIssuer(written, places.district, places.province) : null;
  return {
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
    recipients: isNews ? [] : findRecipients(text)?.items ?? [],
  };
}
