import { createRequire } from 'node:module';
import path from 'node:path';
import type WordExtractor from 'word-extractor';
import { footnoteMarker, readDocx } from './docx.js';
import { ReadError } from './errors.js';
import { readHtml } from './html.js';
import { readOdt, zipEntryNames } from './odt.js';
import { looksLikeRtf, readRtf } from './rtf.js';
import { decodeTextBytes } from './text-decode.js';

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const require = createRequire(import.meta.url);
/** Private-use stand-ins for Word's cell mark and note reference, which word-extractor would drop. */
const CELL = '\uE000';
const NOTE_REF = '\uE001';
let extractor: typeof WordExtractor | undefined;

/**
 * Loads word-extractor with two fixes. Its text cleaner turns cell marks into tabs and deletes note
 * references: it is wrapped (before the extractor module captures it) to keep both as markers, so cells
 * become paragraphs and footnotes get `⁽¹⁾` markers as in a .docx. And it follows a sector chain until it
 * meets a free sector: a damaged file whose chain loops (A → B → A) would grow an array until the process
 * runs out of memory; the chain walk is replaced by one that stops at a loop or past the table's end.
 */
function wordExtractor(): typeof WordExtractor {
  if (extractor) return extractor;
  const filters = require('word-extractor/lib/filters.js') as { clean: (s: string) => string; keepsMarks?: boolean };
  if (!filters.keepsMarks) {
    // test runners may load this module again in the same process
    const clean = filters.clean;
    filters.clean = (text: string) => clean(text.replace(/\x07/g, CELL).replace(/\x02/g, NOTE_REF));
    filters.keepsMarks = true;
  }
  const table = require('word-extractor/lib/ole-allocation-table.js') as {
    prototype: { _table?: number[]; getSecIdChain(start: number): number[] };
  };
  table.prototype.getSecIdChain = function getSecIdChain(start: number): number[] {
    const entries = this._table ?? [];
    const chain: number[] = [];
    const seen = new Set<number>();
    for (let id = start; id >= 0; id = entries[id] ?? -2) {
      if (seen.has(id) || id >= entries.length)
        throw new Error('a sector chain of the file loops or points past its end');
      seen.add(id);
      chain.push(id);
    }
    return chain;
  };
  extractor = require('word-extractor') as typeof WordExtractor;
  return extractor;
}

type OfficeKind = 'ole2' | 'rtf' | 'zip' | 'html' | 'unknown';

/** What the bytes are, whatever the file is called: archives hold many .doc files that are RTF, .docx or HTML. */
export function sniffOfficeKind(bytes: Uint8Array): OfficeKind {
  if (OLE2_MAGIC.every((b, i) => bytes[i] === b)) return 'ole2';
  if (looksLikeRtf(bytes)) return 'rtf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  const head = Buffer.from(bytes.subarray(0, 1024))
    .toString('latin1')
    .replace(/^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();
  if (/^<(?:!doctype html|html[\s>]|\?xml[^>]*>\s*<html[\s>])/.test(head)) return 'html';
  return 'unknown';
}

/**
 * Reads a .doc, .rtf or .odt by what its bytes are: a Word 97-2003 binary (through word-extractor, which
 * reads the UTF-16 text pieces, so Vietnamese survives), RTF, a ZIP (.docx or .odt) or a Word "web page".
 */
export async function readOfficeDocument(bytes: Uint8Array, file: string): Promise<string> {
  const ext = path.extname(file).toLowerCase() || '.doc';
  switch (sniffOfficeKind(bytes)) {
    case 'ole2':
      return readWordBinary(bytes);
    case 'rtf':
      return readRtf(bytes);
    case 'zip':
      return zipEntryNames(bytes)?.includes('word/document.xml') ? readDocx(bytes) : readOdt(bytes);
    case 'html':
      return readHtml(bytes);
    default: {
      if (ext === '.rtf') return readRtf(bytes);
      if (ext === '.odt') return readOdt(bytes);
      try {
        return decodeTextBytes(bytes); // old archives also hold plain (often TCVN3) text named .doc
      } catch {
        throw new ReadError(
          'not a Word .doc file (it is neither a Word 97-2003 document, RTF, .docx, .odt nor text)',
          'corrupt',
        );
      }
    }
  }
}

/** Word 97-2003: body text, then footnotes and endnotes as paragraphs of their own. */
async function readWordBinary(bytes: Uint8Array): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const problem = oleProblem(buffer);
  if (problem) throw new ReadError(`the .doc file is damaged or truncated (${problem})`, 'corrupt');
  let doc: WordExtractor.Document;
  try {
    doc = await new (wordExtractor())().extract(buffer);
  } catch (err) {
    const reason = ((err as Error)?.message ?? String(err)).split('\n')[0]!.slice(0, 120);
    if (/magic number: a5dc/.test(reason)) {
      throw new ReadError(
        'a Word 6.0/95 document, which is not read: open it in Word or LibreOffice and save it as .docx',
        'unsupported',
      );
    }
    throw new ReadError(`the .doc file is damaged or truncated (${reason})`, 'corrupt');
  }
  // filterUnicode: false keeps dashes and curly quotes as they are (the default turns them into ASCII).
  type Part = (options: { filterUnicode: boolean }) => string;
  const [body, ...noteParts] = [doc.getBody, doc.getFootnotes, doc.getEndnotes].map((get) =>
    (get as Part).call(doc, { filterUnicode: false }).replace(/\r\n?/g, '\n').replaceAll(CELL, '\n'),
  );
  let refs = 0;
  const bodyText = body!.replaceAll(NOTE_REF, () => footnoteMarker(++refs));
  const notes = noteParts
    .flatMap((part) => part.split(NOTE_REF))
    .map((n) => n.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return [bodyText, ...notes.map((n, i) => `${footnoteMarker(i + 1)} ${n}`)]
    .map((p) => p.replace(/[ \t]+\n/g, '\n').trim())
    .filter(Boolean)
    .join('\n\n');
}

/**
 * What is wrong with an OLE2 compound file's frame, if anything: its allocation table names the sectors in
 * use, and a truncated file ends before the last of them (word-extractor would read zeros there and say nothing).
 */
function oleProblem(buffer: Buffer): string | null {
  if (buffer.length < 512) return 'shorter than its header';
  const shift = buffer.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return 'its header is not a Word header';
  const secSize = 1 << shift;
  const perSector = secSize / 4;
  let lastUsed = -1;
  const tableSectors = Math.min(buffer.readUInt32LE(0x2c), 109);
  for (let t = 0; t < tableSectors; t++) {
    const sector = buffer.readInt32LE(0x4c + t * 4);
    if (sector < 0) continue;
    const offset = (sector + 1) * secSize;
    if (offset + secSize > buffer.length) return 'its allocation table lies past the end of the file';
    for (let k = 0; k < perSector; k++) {
      if (buffer.readInt32LE(offset + k * 4) !== -1) lastUsed = Math.max(lastUsed, t * perSector + k);
    }
  }
  const missing = (lastUsed + 2) * secSize - buffer.length;
  return missing > 0 ? `${missing} bytes at its end are missing` : null;
}
