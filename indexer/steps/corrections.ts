import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import { DOC_TYPES, type DocType, type Signer } from '../../lib/schema/records.js';
import { canonicalDocNumber, findDocNumbers } from '../../lib/vietnamese/index.js';
import type { DocumentMetadata, ExtractedCitation, ParsedDocument } from './types.js';

/**
 * Corrections: a JSON file `<document>.meta.json` next to a document (e.g. `bao-cao.pdf.meta.json`)
 * overrides any extracted field, so that archivists can fix what the machine got wrong. It is read on
 * every run and hashed with its document, so editing it re-indexes the document and the correction
 * survives re-indexing. Keys starting with `_` or `$` are comments. An invalid file is reported (one
 * line) and the document is indexed without it.
 */

export const SIDECAR_SUFFIX = '.meta.json';

export interface MetadataOverrides {
  title?: string;
  docType?: DocType;
  date?: string | null;
  issuer?: string | null;
  issuerLevel?: string | null;
  district?: string | null;
  province?: string | null;
  period?: string | null;
  ownNumber?: string | null;
  signer?: Signer | null;
  recipients?: string[];
  /** The complete list of cited document numbers (replaces the extracted one). */
  directives?: string[];
}

export interface Sidecar {
  /** Hash of the file's bytes, part of the document's version. */
  hash: string;
  overrides: MetadataOverrides | null;
  /** Why the file was not applied, when it is invalid. */
  error: string | null;
}

const NULLABLE_TEXT = ['issuer', 'issuerLevel', 'district', 'province', 'period', 'ownNumber'] as const;
const FIELDS = ['title', 'docType', 'date', ...NULLABLE_TEXT, 'signer', 'recipients', 'directives'];

/** Reads and validates the sidecar of a document; null when there is none. */
export async function readSidecar(path: string): Promise<Sidecar | null> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return { hash: 'unreadable', overrides: null, error: `cannot read (${(err as NodeJS.ErrnoException).code})` };
  }
  const hash = crypto.createHash('sha256').update(bytes).digest('hex');
  const parsed = parseSidecar(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  return 'error' in parsed
    ? { hash, overrides: null, error: parsed.error }
    : { hash, overrides: parsed.overrides, error: null };
}

/** Validates sidecar JSON text; every problem is named in one message. */
export function parseSidecar(json: string): { overrides: MetadataOverrides } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    return { error: `not valid JSON (${(err as Error).message})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { error: 'must be a JSON object of fields to correct' };
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key.startsWith('_') || key.startsWith('$')) continue;
    if (!FIELDS.includes(key)) {
      problems.push(`unknown field "${key}" (allowed: ${FIELDS.join(', ')})`);
      continue;
    }
    const problem = checkField(key, value);
    if (problem) problems.push(`"${key}" ${problem}`);
    else out[key] = normaliseField(key, value);
  }
  return problems.length > 0 ? { error: problems.join('; ') } : { overrides: out as MetadataOverrides };
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);

function checkField(key: string, value: unknown): string | null {
  switch (key) {
    case 'title':
      return isText(value) ? null : 'must be a non-empty string';
    case 'docType':
      return DOC_TYPES.includes(value as DocType) ? null : `must be one of ${DOC_TYPES.join(', ')}`;
    case 'date':
      return value === null || (typeof value === 'string' && isCalendarDate(value))
        ? null
        : 'must be a date YYYY-MM-DD or null';
    case 'signer':
      return value === null || isSigner(value) ? null : 'must be {"name": …, "position": …} (strings or null) or null';
    case 'recipients':
      return isTextList(value) ? null : 'must be a list of strings';
    case 'directives': {
      if (!isTextList(value)) return 'must be a list of document numbers such as "10-CT/TU"';
      const bad = value.filter((v) => findDocNumbers(v).length !== 1);
      return bad.length > 0
        ? `holds values that are not document numbers: ${bad.map((b) => `"${b}"`).join(', ')}`
        : null;
    }
    default:
      return value === null || isText(value) ? null : 'must be a non-empty string or null';
  }
}

function normaliseField(key: string, value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (key === 'signer' && value) {
    const s = value as Partial<Signer>;
    return { name: s.name?.trim() || null, position: s.position?.trim() || null };
  }
  if (Array.isArray(value)) return value.map((v: string) => v.trim());
  return value;
}

function isSigner(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  const ok = (x: unknown): boolean => x === undefined || x === null || typeof x === 'string';
  return (
    keys.length > 0 &&
    keys.every((k) => k === 'name' || k === 'position') &&
    ok((v as Signer).name) &&
    ok((v as Signer).position)
  );
}

function isCalendarDate(s: string): boolean {
  const m = s.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The parsed document with the corrections applied (metadata fields, and the list of cited numbers). */
export function applyOverrides(
  parsed: ParsedDocument,
  overrides: MetadataOverrides | null | undefined,
): ParsedDocument {
  if (!overrides) return parsed;
  const { directives, ...fields } = overrides;
  const metadata: DocumentMetadata = { ...parsed.metadata, ...fields };
  const citations = directives ? correctedCitations(parsed, directives) : parsed.citations;
  const metadataSource = { ...parsed.metadataSource };
  for (const key of ['docType', 'date', 'district', 'province', 'issuer', 'signer'] as const) {
    if (!(key in fields)) continue;
    if (metadata[key] === null) delete metadataSource[key];
    else metadataSource[key] = 'correction';
  }
  return { ...parsed, metadata, metadataSource, citations };
}

/** Keeps the extracted citations the archivist listed and adds the listed numbers that were missed. */
function correctedCitations(parsed: ParsedDocument, directives: string[]): ExtractedCitation[] {
  const wanted = new Map(directives.map((d) => [canonicalDocNumber(d), d.replace(/\s+/g, '')]));
  const kept = parsed.citations.filter((c) => wanted.has(c.key));
  const firstBody = Math.max(
    0,
    parsed.sections.findIndex((s) => s.kind === 'body'),
  );
  for (const [key, label] of wanted) {
    if (kept.some((c) => c.key === key)) continue;
    const at = parsed.sections.findIndex((s) => s.kind === 'body' && findDocNumbers(s.text).some((m) => m.key === key));
    kept.push({
      key,
      label,
      number: label,
      type: null,
      issuer: null,
      date: null,
      title: null,
      context: '',
      relation: 'mentions',
      sectionIndex: at >= 0 ? at : firstBody,
    });
  }
  return kept;
}
